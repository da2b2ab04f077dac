import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

/// The review file format: what `lexalign review` writes reads back the same, and a hand-edited file's mistakes
/// are reported at their `file:line:column`.
@Suite struct ReviewFileTests {
    static let work = "/akn/cl/act/2022-06-20/21459"
    static let path = "Mappings/reviews/cl.yaml"

    /// Provision texts of Ley 21.459 as committed in Corpus/, by number (`Artículo 2°.-` is `2`).
    static let chile: Result<[String: String], any Error> = Result {
        let url = InstrumentFixtures.packageRoot.appendingPathComponent("Corpus/cl/act-2022-21459.xml")
        let provisions = try AKNParser().parse(contentsOf: url).document.provisions.filter { $0.host == nil }
        return Dictionary(
            provisions.compactMap { provision in provision.num.map { (ProvisionNumber.fold($0), provision.text) } },
            uniquingKeysWith: { first, _ in first })
    }

    static func hash(of number: String) throws -> String {
        TextFingerprint.sha256(try #require(try chile.get()[number], "no provision \(number)"))
    }

    /// One decision of every kind, with notes a hand-rolled emitter gets wrong: quotes, colons, a leading dash,
    /// non-ASCII, several lines, a value YAML would read as a number, and a decision on another document.
    static func sample() throws -> ReviewFile {
        func decision(
            _ provision: String, _ article: String, _ verdict: ReviewDecision.Verdict, _ coverage: Coverage?,
            note: String?, document: String = work
        ) throws -> ReviewDecision {
            ReviewDecision(
                document: document, provision: provision, article: article, verdict: verdict, coverage: coverage,
                note: note, reviewer: "Dra. Núñez-O'Brien", date: "2026-11-29", textSHA256: try hash(of: provision))
        }
        return ReviewFile(
            path: path, document: work,
            decisions: [
                try decision("2", "2", .confirmed, .full, note: #"Requires "security measures": Art. 40 declaration."#),
                try decision("2", "3", .rejected, nil, note: nil),
                try decision("1", "4", .confirmed, nil, note: "- starts like a list item # and has a hash"),
                try decision(
                    "12", "21", .added, .partial,
                    note: "Interceptación según el Código Procesal Penal:\n  art. 222 y siguientes.\nRevisar en 2027."),
                try decision(
                    "4", "5", .added, .full, note: "true", document: "/akn/cl/act/2022-06-20/21459/spa@2025-04-01"),
            ])
    }

    /// The content of a decision, without where it was read from.
    static func content(_ decision: ReviewDecision) -> ReviewDecision {
        ReviewDecision(
            document: decision.document, provision: decision.provision, article: decision.article,
            verdict: decision.verdict, coverage: decision.coverage, note: decision.note, reviewer: decision.reviewer,
            date: decision.date, textSHA256: decision.textSHA256)
    }

    @Test func everyKindOfDecisionRoundTripsToTheSameValuesAndTheSameBytes() throws {
        let file = try Self.sample()
        let written = file.yaml()
        let reloaded = try ReviewFile.load(written, path: Self.path)
        #expect(reloaded.document == file.document)
        #expect(reloaded.decisions.map(Self.content) == file.decisions)
        #expect(reloaded.decisions.map(\.file) == Array(repeating: Self.path, count: 5))
        #expect(reloaded.yaml() == written)
    }

    @Test func theWrittenFileIsPlainYAMLWithQuotesOnlyWhereNeeded() throws {
        let hash = try Self.hash(of: "2")
        let file = ReviewFile(
            path: Self.path, document: Self.work,
            decisions: [
                ReviewDecision(
                    document: Self.work, provision: "2", article: "2", verdict: .confirmed, coverage: .full,
                    note: "Requires overcoming security measures: Art. 40 declaration.\nSee also art. 3.",
                    reviewer: "A. Expert", date: "2026-11-29", textSHA256: hash),
            ])
        #expect(file.yaml() == """
            document: /akn/cl/act/2022-06-20/21459
            decisions:
            - provision: '2'
              article: '2'
              decision: confirmed
              coverage: full
              note: |-
                Requires overcoming security measures: Art. 40 declaration.
                See also art. 3.
              reviewer: A. Expert
              date: '2026-11-29'
              text_sha256: \(hash)

            """)
        // The first decision starts on line 3: messages about it point there.
        #expect(try ReviewFile.load(file.yaml(), path: Self.path).decisions.first?.line == 3)
    }

    // MARK: Errors in hand-edited copies

    /// The written sample with one change, and the line of the change.
    func broken(after anchor: String = "", replacing original: String, with replacement: String) throws
        -> (text: String, line: Int)
    {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try Self.sample().yaml(), named: "cl.yaml", after: anchor, replacing: original, with: replacement)
        return (copy.text, copy.line)
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try ReviewFile.load(text, path: Self.path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func misspeltKeyIsReportedWithASuggestionAtItsLineAndColumn() throws {
        let copy = try broken(replacing: "  reviewer:", with: "  reviewr:")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line):3: error: unknown key 'reviewr' in a decision (did you mean 'reviewer'?)",
            "\(Self.path):3:3: error: a decision has no 'reviewer'",
        ])
    }

    @Test func unknownKeyWithNothingCloseListsTheKeys() throws {
        let copy = try broken(replacing: "  reviewer:", with: "  colour: red\n  reviewer:")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line):3: error: unknown key 'colour' in a decision (expected: provision, document, "
                + "article, decision, coverage, note, reviewer, date, text_sha256)",
        ])
    }

    @Test func valueOfTheWrongTypeIsReportedAtItsLineAndColumn() throws {
        let copy = try broken(replacing: "  article: '3'", with: "  article: ['3', '4']")
        #expect(errors(copy.text) == [
            "\(Self.path):\(copy.line):12: error: 'article' in a decision must be a single value",
        ])
    }

    @Test func decisionsThatAreNotAListAreReported() throws {
        let text = "document: \(Self.work)\ndecisions: confirmed\n"
        #expect(errors(text) == ["\(Self.path):2:12: error: 'decisions' in a review file must be a list"])
    }

    @Test func badValuesAreReportedAtTheValue() throws {
        let verdict = try broken(replacing: "decision: rejected", with: "decision: rejeted")
        #expect(errors(verdict.text) == [
            "\(Self.path):\(verdict.line):13: error: unknown decision 'rejeted' in a decision (did you mean 'rejected'?)",
        ])
        let coverage = try broken(replacing: "coverage: full", with: "coverage: most")
        #expect(errors(coverage.text) == [
            "\(Self.path):\(coverage.line):13: error: unknown coverage 'most' in a decision (expected one of: full, partial)",
        ])
        let date = try broken(replacing: "date: '2026-11-29'", with: "date: 29/11/2026")
        #expect(errors(date.text) == [
            "\(Self.path):\(date.line):9: error: 'date' in a decision must be an ISO date (YYYY-MM-DD), not '29/11/2026'",
        ])
        let hash = try broken(after: "provision: '1'", replacing: "text_sha256: ", with: "text_sha256: abc")
        #expect(errors(hash.text) == [
            "\(Self.path):\(hash.line):16: error: 'text_sha256' in a decision must be 64 hexadecimal digits",
        ])
    }

    @Test func anAddedPairWithoutCoverageAndADecisionWithoutDocumentAreReported() throws {
        let hash = try Self.hash(of: "12")
        let text = """
            decisions:
            - provision: '12'
              article: '21'
              decision: added
              reviewer: A. Expert
              date: '2026-11-29'
              text_sha256: \(hash)

            """
        #expect(errors(text) == [
            "\(Self.path):2:3: error: an added pair needs a 'coverage' (full or partial)",
            "\(Self.path):2:3: error: decision names no document: give 'document' (an FRBR work or expression URI) "
                + "here or at the top of the file",
        ])
    }

    @Test func everyProblemOfAFileIsReportedNotJustTheFirst() throws {
        var text = try Self.sample().yaml()
        text = text.replacingOccurrences(of: "decision: rejected", with: "decision: approved")
        text = text.replacingOccurrences(of: "coverage: partial", with: "coverage: some")
        text = text.replacingOccurrences(of: "decisions:", with: "decision:")
        let messages = errors(text)
        #expect(messages == [
            "\(Self.path):2:1: error: unknown key 'decision' in a review file (did you mean 'decisions'?)",
        ])
        text = text.replacingOccurrences(of: "decision:\n", with: "decisions:\n")
        #expect(errors(text).count == 2)
        #expect(errors(text).contains { $0.contains("unknown decision 'approved' in a decision (expected one of: confirmed, rejected, added)") })
        #expect(errors(text).contains { $0.contains("unknown coverage 'some'") })
    }

    @Test func malformedYAMLIsReportedWithTheParserPosition() throws {
        let messages = errors("decisions: [\n  - {")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(Self.path):2:") == true)
        #expect(messages.first?.contains("error: bad YAML") == true)
    }

    @Test func anEmptyFileHasNoDecisions() throws {
        #expect(try ReviewFile.load("# decisions on Chile's laws\n", path: Self.path).decisions.isEmpty)
    }

    // MARK: Files in the repository

    @Test func theREADMEExampleAndEveryCommittedReviewFileLoad() throws {
        let folder = InstrumentFixtures.mappings.appendingPathComponent("reviews")
        let readme = try InstrumentFixtures.text(folder.appendingPathComponent("README.md"))
        let block = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let example = try ReviewFile.load(
            block.replacingOccurrences(of: "9f2c...", with: try Self.hash(of: "2")), path: "README.md")
        #expect(example.decisions.map(\.verdict) == [.confirmed])
        #expect(example.decisions.first?.document == Self.work)
        #expect(example.decisions.first?.note?.hasPrefix("Requires overcoming security measures: Art. 2") == true)

        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        for name in names {
            let text = try InstrumentFixtures.text(folder.appendingPathComponent(name))
            #expect(throws: Never.self) { try ReviewFile.load(text, path: "Mappings/reviews/\(name)") }
        }
    }
}
