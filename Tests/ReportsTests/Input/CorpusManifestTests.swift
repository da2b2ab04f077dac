import Alignment
import Foundation
import Testing
@testable import Reports

/// `Mappings/corpus.yaml`: the committed file loads, and broken copies of it are reported at `file:line:column`.
@Suite struct CorpusManifestTests {
    static let path = "Mappings/corpus.yaml"

    static var committed: String {
        get throws { try String(contentsOf: Fixture.packageRoot.appendingPathComponent(path), encoding: .utf8) }
    }

    /// The committed file with the first `original` after `anchor` replaced, and the line of the replacement.
    func broken(after anchor: String, replacing original: String, with replacement: String) throws
        -> (text: String, line: Int)
    {
        let text = try Self.committed
        let start = try #require(text.range(of: anchor)).lowerBound
        let range = try #require(text.range(of: original, range: start..<text.endIndex))
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (text.replacingCharacters(in: range, with: replacement), line)
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try CorpusManifest(yaml: text, file: Self.path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theCommittedManifestLoads() throws {
        let manifest = try CorpusManifest(yaml: try Self.committed, file: Self.path)
        let repealed = try #require(manifest.entry(for: "/akn/cl/act/1993-06-07/19223/spa@1993-06-07"))
        #expect(repealed.status == .repealed)
        #expect(repealed.supersededBy == "/akn/cl/act/2022-06-20/21459")
        #expect(repealed.kinds == [.cybercrimeAct])
        #expect(repealed.contains == .whole)
        let canada = try #require(manifest.entry(for: "/akn/ca/act/1988-12-12/criminal-code/eng@2024-01-01"))
        #expect(canada.kinds == [.penalCodeSpecialPart, .criminalProcedure])
        #expect(canada.contains == .excerpt)
        #expect(canada.parts == "ss. 184, 342.1, 342.2, 430 and 487.011-487.0199")
        #expect(manifest.comparisons == [ComparisonRequest(from: "state:cl", to: "state:pe")])
    }

    @Test func misspeltKeyIsReportedWithASuggestionAtItsLineAndColumn() throws {
        let copy = try broken(after: "work: /akn/cl/act/1993-06-07/19223", replacing: "short_title:", with: "shorttitle:")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line):5: error: unknown key 'shorttitle' in the entry of '/akn/cl/act/1993-06-07/19223' "
                + "(did you mean 'short_title'?)",
        ])
        let top = try broken(after: "documents:", replacing: "comparisons:", with: "comparison:")
        #expect(errors(top.text) == [
            "\(Self.path):\(top.line):1: error: unknown key 'comparison' in a corpus manifest (did you mean 'comparisons'?)",
        ])
    }

    @Test func valueOfTheWrongTypeIsReportedAtItsLineAndColumn() throws {
        let copy = try broken(
            after: "work: /akn/cl/act/1993-06-07/19223", replacing: "kinds: [cybercrime-act]", with: "kinds: cybercrime-act")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line):12: error: 'kinds' in the entry of '/akn/cl/act/1993-06-07/19223' must be a list",
        ])
    }

    @Test func theFormerScopeKeyIsReportedWithWhatReplacedIt() throws {
        let copy = try broken(
            after: "work: /akn/cl/act/1993-06-07/19223", replacing: "kinds: [cybercrime-act]", with: "scope: [substantive]")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line):12: error: 'scope' is no longer read: say what the entry of "
                + "'/akn/cl/act/1993-06-07/19223' contains with 'kinds' (the kinds of legal text it is) and 'contains' "
                + "(whole or excerpt, with 'parts')",
        ])
    }

    @Test func badValuesAreReportedAtTheValueWithTheChoices() throws {
        let kind = try broken(
            after: "work: /akn/ca/act/1988-12-12/criminal-code", replacing: "criminal-procedure]", with: "criminal-procedures]")
        #expect(errors(kind.text) == [
            "\(Self.path):\(kind.line):38: error: unknown kinds 'criminal-procedures' in the entry of "
                + "'/akn/ca/act/1988-12-12/criminal-code' (did you mean 'criminal-procedure'?)",
        ])
        let extent = try broken(
            after: "work: /akn/ca/act/1988-12-12/criminal-code", replacing: "contains: excerpt", with: "contains: extract")
        #expect(errors(extent.text).first?.hasPrefix(
            "\(Self.path):\(extent.line):15: error: unknown contains 'extract' in the entry of '/akn/ca/act/1988-12-12/criminal-code'") == true)
        let status = try broken(
            after: "work: /akn/cl/act/1993-06-07/19223", replacing: "status: repealed", with: "status: abrogated")
        #expect(errors(status.text) == [
            "\(Self.path):\(status.line):13: error: unknown status 'abrogated' in the entry of "
                + "'/akn/cl/act/1993-06-07/19223' (expected one of: in-force, repealed, superseded, consolidated)",
        ])
        let side = try broken(after: "comparisons:", replacing: "from: state:cl", with: "from: cl")
        #expect(errors(side.text) == [
            "\(Self.path):\(side.line):11: error: 'from' in a comparison must be state:<cc> or an AKN URI, not 'cl'",
        ])
    }

    @Test func aSupersededDocumentMustNameItsSuccessor() throws {
        let copy = try broken(
            after: "work: /akn/cl/act/2022-06-20/21459/spa@2022-06-20",
            replacing: "    superseded_by: /akn/cl/act/2022-06-20/21459/spa@2025-04-01\n", with: "")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line - 1):13: error: the entry of '/akn/cl/act/2022-06-20/21459/spa@2022-06-20' is "
                + "superseded but names no 'superseded_by'",
        ])
    }

    @Test func aDocumentListedTwiceIsReported() throws {
        let copy = try broken(
            after: "work: /akn/cl/act/2022-06-20/21459\n", replacing: "work: /akn/cl/act/2022-06-20/21459/spa@2022-06-20",
            with: "work: /akn/cl/act/2022-06-20/21459")
        #expect(errors(copy.text).count == 1)
        #expect(errors(copy.text).first?.hasPrefix(
            "\(Self.path):\(copy.line):5: error: document '/akn/cl/act/2022-06-20/21459' is listed twice (first at line ")
            == true)
    }

    @Test func anEntryWithoutWorkIsReported() {
        #expect(errors("documents:\n  - status: repealed\n") == [
            "\(Self.path):2:5: error: a document entry has no 'work'",
        ])
    }

    @Test func manifestPrefersTheMostSpecificEntry() throws {
        let manifest = try CorpusManifest(yaml: """
            documents:
              - work: /akn/cl/act/2022-06-20/21459
                kinds: [cybercrime-act]
              - work: /akn/cl/act/2022-06-20/21459/spa@2022-06-20
                status: superseded
                superseded_by: /akn/cl/act/2022-06-20/21459/spa@2025-04-01
            """)
        #expect(manifest.entry(for: "/akn/cl/act/2022-06-20/21459/spa@2022-06-20")?.inForce == false)
        #expect(manifest.entry(for: "/akn/cl/act/2022-06-20/21459/spa@2025-04-01")?.inForce == true)
        #expect(manifest.entry(for: "/akn/cl/act/2022-06-20/214590/spa@2025-04-01") == nil)
    }
}
