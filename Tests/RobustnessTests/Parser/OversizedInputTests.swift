import AkomaNtoso
import Foundation
import Testing

/// Inputs too large in one place (a text node, an attribute, a list of eIds): the parser keeps libxml2's limits
/// (no XML_PARSE_HUGE), so they fail at a position or are read, in bounded time; never a crash or a hang.
/// The small hostile inputs (DOCTYPE, XXE, depth, encoding, truncation) are in AkomaNtosoTests/HostileInputTests.
@Suite struct OversizedInputTests {
    @Test func fiftyMegabyteTextNodeFailsAtItsPosition() throws {
        let halves = aknAct(body: "<p>TEXT</p>").components(separatedBy: "TEXT")
        var xml = Data(halves[0].utf8)
        xml.append(Data(repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024))
        xml.append(Data(halves[1].utf8))
        let (outcome, seconds) = timed { Result { () throws(AKNParseError) in try AKNParser().parse(xml, file: "huge-text.xml") } }
        let error = try #require(outcome.failure)
        #expect(error.kind == .malformed)
        let first = try #require(error.diagnostics.first)
        #expect(first.file == "huge-text.xml" && first.line != nil && first.column != nil)
        #expect(error.diagnostics.contains { $0.message.contains("huge text node") }, "\(error.diagnostics.prefix(3))")
        #expect(seconds < 30)
    }

    @Test func tenMegabyteAttributeFailsAtItsPosition() throws {
        let value = String(repeating: "a", count: 10 * 1024 * 1024)
        let xml = Data(aknAct(body: "<p class=\"\(value)\">text</p>").utf8)
        let (outcome, seconds) = timed { Result { () throws(AKNParseError) in try AKNParser().parse(xml, file: "huge-attribute.xml") } }
        let error = try #require(outcome.failure)
        #expect(error.kind == .malformed)
        let first = try #require(error.diagnostics.first)
        #expect(first.file == "huge-attribute.xml" && first.line != nil && first.column != nil)
        #expect(seconds < 30)
    }

    @Test func hundredThousandDuplicateEIdsAreEachReportedInBoundedTime() throws {
        let count = 100_000
        let paragraphs = String(repeating: "<paragraph eId=\"para_1\"><content><p>x</p></content></paragraph>", count: count)
        let xml = Data(aknAct(body: paragraphs).utf8)
        let (report, seconds) = timed { DocumentValidator(schema: nil).validate(xml, file: "duplicates.xml") }
        #expect(report.outcome == .invalid)
        let duplicates = report.diagnostics.filter { $0.severity == .error && $0.message.hasPrefix("duplicate eId 'para_1'") }
        // Every copy after the first is a duplicate, each reported at its own line and column.
        #expect(duplicates.count == count - 1)
        #expect(duplicates.allSatisfy { $0.file == "duplicates.xml" && $0.line != nil && $0.column != nil })
        #expect(Set(duplicates.compactMap(\.column)).count == count - 1)
        #expect(seconds < 60)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
