import AkomaNtoso
import Foundation
import Testing
import TextImport

/// The body text with all white space removed: the comparison key for "nothing lost".
func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}

func bodyText(of input: String) throws -> String {
    try LawText(parsing: input).body.map(\.text).joined(separator: "\n")
}

@Test("every character of the body survives the import", arguments: lawFiles)
func nothingLost(file: String) throws {
    let input = try lawText(file)
    let result = try importer.importText(input, file: file)
    let expected = squeezed(try bodyText(of: input))
    let actual = squeezed(ReadingOrder.text(of: result.document))
    if expected != actual {
        let common = zip(expected, actual).prefix { $0 == $1 }.count
        Issue.record("first difference at \(common): expected …\(expected.dropFirst(max(common - 40, 0)).prefix(80))… got …\(actual.dropFirst(max(common - 40, 0)).prefix(80))…")
    }
}
