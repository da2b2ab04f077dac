import AkomaNtoso
import Foundation
import Testing
import TextImport

@Test(.enabled(if: ProcessInfo.processInfo.environment["LEXALIGN_DUMP"] != nil))
func dumpProvisions() throws {
    for name in lawFiles {
        let result = try importLaw(name)
        print("=== \(name)")
        for diagnostic in result.diagnostics { print("  ! \(diagnostic)") }
        for provision in result.document.provisions {
            let host = provision.host.map { " <- \($0.abbreviation ?? "?")[\($0.title ?? "")] by \($0.insertedByNum ?? "?")" } ?? ""
            print("  \(provision.num ?? "-") | \(provision.heading ?? "") | \(provision.eId)\(host) | \(provision.text.prefix(50).replacingOccurrences(of: "\n", with: "/"))")
        }
    }
}
