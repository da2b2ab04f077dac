import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct AKNParserSampleTests {
    @Test func everyWellFormedSampleParses() throws {
        #expect(Samples.all.count >= 40)
        for url in Samples.all where url != Samples.malformed {
            let parsed: ParsedDocument
            do {
                parsed = try AKNParser().parse(contentsOf: url)
            } catch {
                Issue.record("\(url.lastPathComponent): \(error)")
                continue
            }
            #expect(parsed.document.type != nil, "\(url.lastPathComponent) has no document element")
            #expect(parsed.document.root.location == SourceLocation(line: parsed.document.root.location?.line ?? 0, column: parsed.document.root.location?.column ?? 0))
        }
    }

    @Test func finalNamespaceSamplesParseWithoutWarnings() throws {
        for url in Samples.all where Samples.strictValidFolders.contains(Samples.folder(of: url)) {
            let parsed = try AKNParser().parse(contentsOf: url)
            #expect(parsed.diagnostics.isEmpty, "\(url.lastPathComponent): \(parsed.diagnostics)")
        }
    }

    @Test func draftAndLegacyNamespacesAreReadWithAWarningNamingThem() throws {
        let draft = try AKNParser().parse(contentsOf: Samples.named("oasis-examples-v3/us_Act_2011-11-29.xml"))
        #expect(draft.diagnostics.map(\.severity) == [.warning])
        #expect(draft.diagnostics.first?.message.contains(AKNNamespace.v3WD17) == true)
        let legacy = try AKNParser().parse(contentsOf: Samples.named("legacy-akn2/Act_Kenya_2003-12-10-short.xml"))
        #expect(legacy.diagnostics.first?.message.contains(AKNNamespace.v2) == true)
        #expect(legacy.document.type == .act)
    }

    @Test func malformedLegacySampleFailsWithFileLineAndColumn() {
        #expect {
            try AKNParser().parse(contentsOf: Samples.malformed)
        } throws: { error in
            guard let error = error as? AKNParseError, error.kind == .malformed,
                let first = error.diagnostics.first(where: { $0.severity == .error })
            else { return false }
            return first.file == Samples.malformed.path && first.line == 35 && first.column != nil
                && first.description.hasPrefix("\(Samples.malformed.path):35:")
                && first.message.contains("sv")
        }
    }

    @Test func documentWithoutNamespaceIsReadWithAWarningNamingIt() throws {
        let parsed = try AKNParser().parse(contentsOf: Samples.noNamespace)
        #expect(parsed.document.type == .debate)
        #expect(parsed.diagnostics.contains { $0.message.contains("no namespace") && $0.line == 1 && $0.column == 1 })
    }

    @Test func rootThatIsNotAkomaNtosoIsRefusedWithAClearMessage() {
        let xml = #"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>"#
        #expect {
            try AKNParser().parse(Data(xml.utf8), file: "page.xml")
        } throws: { error in
            guard let error = error as? AKNParseError, error.kind == .refused, let first = error.diagnostics.first
            else { return false }
            return first.message.contains("root element is <html>") && first.file == "page.xml" && first.line == 1
        }
    }

    @Test func elementLocationsPointAtTheStartTag() throws {
        let url = Samples.named("uk-legislation-gov-uk/uk_pga_1998_29.xml")
        let document = try AKNParser().parse(contentsOf: url).document
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var checked = 0
        var walker = LocationChecker(lines: lines)
        walker.walk(document.root)
        checked = walker.checked
        #expect(checked > 10_000)
        #expect(walker.mismatches.isEmpty, "\(walker.mismatches.prefix(5))")
    }

    struct LocationChecker: DocumentWalker {
        let lines: [String]
        var checked = 0
        var mismatches: [String] = []

        mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction {
            guard let location = element.location else {
                mismatches.append("\(element.name) has no location")
                return .visitChildren
            }
            let line = Array(lines[location.line - 1].utf8)
            let tag = Array("<\(element.qualifiedName)".utf8)
            let start = location.column - 1
            if start + tag.count > line.count || Array(line[start..<(start + tag.count)]) != tag {
                mismatches.append("\(element.name) at \(location)")
            }
            checked += 1
            return .visitChildren
        }
    }
}
