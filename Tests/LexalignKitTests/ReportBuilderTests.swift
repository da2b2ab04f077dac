import Foundation
import LexalignKit
import Reports
import TestSupport
import Testing

/// The report on the project's own Corpus/ and Mappings/, and on broken copies of them.
@Suite(.serialized) struct ReportBuilderTests {
    func builder(corpus: URL = corpusFolder, mappings: URL = mappingsFolder) -> ReportBuilder {
        ReportBuilder(corpus: corpus, mappings: mappings.path, instrument: "budapest")
    }

    @Test func writingTwiceGivesTheSameTreeAndTheSecondRunWritesNothing() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let out = scratch.file("Reports")
        let first = try builder().write(to: out)
        let tree = try ReportTree.read(out)
        #expect(first.files == tree.count && first.written == tree.count && first.removed == 0)
        #expect(tree["states/cl.html"] != nil && tree["index.html"] != nil && tree["matrix.csv"] != nil)
        let second = try builder().write(to: out)
        #expect((second.files, second.written, second.removed) == (first.files, 0, 0))
        #expect(try ReportTree.read(out) == tree)
        // What is written is what the in-memory site holds.
        #expect(try builder().site().files == tree)
    }

    @Test func aMalformedDocumentIsBadInputNamedWithItsPositionAndNothingIsWritten() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let corpus = try scratch.copy(corpusFolder.appendingPathComponent("cl"), to: "Corpus/cl").deletingLastPathComponent()
        let broken = try scratch.write("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act>", to: "Corpus/cl/broken.xml")
        let out = scratch.file("Reports")
        let error = try #require(throws: LexalignError.self) { try builder(corpus: corpus).write(to: out) }
        #expect(error.kind == .badInput)
        #expect(error.messages.contains { $0.hasPrefix(broken.path + ":1:") })
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// All or nothing, and every problem at once: a bad party file and a bad document are named together.
    @Test func aBadPartyFileAndABadDocumentAreNamedTogether() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let corpus = try scratch.copy(corpusFolder.appendingPathComponent("cl"), to: "Corpus/cl")
        let broken = try scratch.write("not xml", to: "Corpus/cl/broken.xml")
        let mappings = try scratch.copy(mappingsFolder, to: "Mappings")
        let party = mappings.appendingPathComponent("parties/cl.yaml")
        try "state: cl\nname: Chile\ninstruments: []\ncolour: red\n".write(to: party, atomically: true, encoding: .utf8)
        let error = try #require(throws: LexalignError.self) {
            try builder(corpus: corpus.deletingLastPathComponent(), mappings: mappings).input()
        }
        #expect(error.kind == .badInput)
        #expect(error.messages.contains { $0.hasPrefix(party.path + ":") })
        #expect(error.messages.contains { $0.hasPrefix(broken.path + ":") })
    }

    @Test func anUnknownInstrumentCannotBeRead() throws {
        let error = try #require(throws: LexalignError.self) {
            try ReportBuilder(corpus: corpusFolder, mappings: mappingsFolder.path, instrument: "lanzarote").input()
        }
        #expect(error.kind == .cannotRead)
    }

    @Test func aTemplateThatDoesNotCompileIsBadInputNamingIt() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let corpus = try scratch.copy(corpusFolder.appendingPathComponent("cl"), to: "Corpus/cl").deletingLastPathComponent()
        let templates = try scratch.copy(try #require(BundledTemplates.directory), to: "templates")
        try "{{#states}} unclosed".write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let error = try #require(throws: LexalignError.self) {
            try ReportBuilder(corpus: corpus, mappings: mappingsFolder.path, instrument: "budapest", templates: templates)
                .write(to: scratch.file("Reports"))
        }
        #expect(error.kind == .badInput)
        #expect(error.messages.first?.hasPrefix(templates.path + "/index.mustache: error: ") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("Reports").path))
    }
}
