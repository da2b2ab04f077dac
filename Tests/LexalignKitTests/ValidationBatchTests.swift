import AkomaNtoso
import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite struct ValidationBatchTests {
    func validate(_ files: [String], schema: ValidationBatch.Schema) throws
        -> (ValidationBatch.Summary, [DocumentValidator.Report])
    {
        var reports: [DocumentValidator.Report] = []
        let summary = try ValidationBatch(schema: schema).run(files) { reports.append($0) }
        return (summary, reports)
    }

    /// A committed act with its Work date cut to a bare year: what some publishers write, and what only the lenient
    /// schema accepts.
    func bareYearAct(in scratch: ScratchFolder) throws -> String {
        let text = try String(contentsOfFile: chileLaw, encoding: .utf8)
        let bareYear = text.replacingOccurrences(of: "<FRBRdate date=\"2022-06-20\" name=\"enactment\"/>", with: "<FRBRdate date=\"2022\" name=\"enactment\"/>")
        #expect(bareYear != text)
        return try scratch.write(bareYear, to: "bare-year.xml").path
    }

    @Test func everyCorpusDocumentPassesTheBundledStrictSchema() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpusFolder.path)
            .filter { $0.hasSuffix(".xml") }.sorted().map(corpusFile)
        let (summary, reports) = try validate(files, schema: .bundled(.strict))
        #expect(files.count > 20)
        #expect(summary.valid == files.count, "\(reports.flatMap(\.diagnostics).prefix(5))")
        #expect(reports.map(\.file) == files)
    }

    @Test func theLenientSchemaAcceptsABareYearTheStrictOneRejects() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = try bareYearAct(in: scratch)
        let (strict, reports) = try validate([file], schema: .bundled(.strict))
        #expect(strict.invalid == 1)
        #expect(reports[0].diagnostics.contains { $0.severity == .error && $0.description.hasPrefix(file + ":") })
        #expect(try validate([file], schema: .bundled(.lenient)).0.valid == 1)
    }

    @Test func withoutASchemaOnlyLexalignsOwnRulesRun() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        #expect(try validate([try bareYearAct(in: scratch)], schema: .none).0.valid == 1)
        let text = try String(contentsOfFile: chileLaw, encoding: .utf8)
        let duplicate = try scratch.write(text.replacingOccurrences(of: "eId=\"title_I__art_3\"", with: "eId=\"title_I__art_2\""), to: "duplicate.xml").path
        let (summary, reports) = try validate([duplicate], schema: .none)
        #expect(summary.invalid == 1)
        #expect(reports[0].diagnostics.contains { $0.message.contains("duplicate eId 'title_I__art_2'") })
    }

    @Test func theSummaryNamesTheSchemaNotAResourcePath() throws {
        let files = [chileLaw]
        #expect(try validate(files, schema: .bundled(.strict)).0.description
            == "1 file: 1 valid, 0 invalid, 0 unreadable or malformed, 0 warnings (schema: AKN 3.0 strict, bundled)")
        #expect(try validate(files, schema: .bundled(.lenient)).0.description.hasSuffix("(schema: AKN 3.0 lenient, bundled)"))
        #expect(try validate(files, schema: .none).0.description.hasSuffix(" (no schema)"))
        let path = try #require(BundledSchema.strict.path)
        #expect(try validate(files, schema: .file(path)).0.description.hasSuffix(" (schema: \(URL(fileURLWithPath: path).standardizedFileURL.path))"))
    }

    @Test func goesOnPastUnreadableFilesAndCountsEachOutcome() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let truncated = try scratch.write("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act>", to: "truncated.xml").path
        let missing = scratch.file("missing.xml").path
        let bareYear = try bareYearAct(in: scratch)
        let files = [chileLaw, truncated, bareYear, missing]
        let (summary, reports) = try validate(files, schema: .bundled(.strict))
        #expect(reports.map(\.file) == files)
        #expect(reports.map(\.outcome) == [.valid, .unreadable, .invalid, .unreadable])
        #expect((summary.files, summary.valid, summary.invalid, summary.unreadable) == (4, 1, 1, 2))
    }

    @Test func aSchemaFileThatCannotBeReadOrCompiledIsRefusedBeforeAnyFile() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let unread = try #require(throws: LexalignError.self) { try ValidationBatch(schema: .file(scratch.file("none.xsd").path)) }
        #expect(unread.kind == .cannotRead)
        #expect(unread.messages == ["\(scratch.file("none.xsd").path): error: cannot read the schema"])
        let notXSD = try scratch.write("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>", to: "bad.xsd")
        let bad = try #require(throws: LexalignError.self) { try ValidationBatch(schema: .file(notXSD.path)) }
        #expect(bad.kind == .badInput)
        #expect(!bad.messages.isEmpty)
    }
}
