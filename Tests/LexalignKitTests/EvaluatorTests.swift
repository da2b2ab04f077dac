import Alignment
import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite struct EvaluatorTests {
    let mapping: Mapping

    init() throws {
        mapping = Mapping(workspace: try Workspace.load(mappings: mappingsFolder.path, instrument: "budapest"))
    }

    @Test func aFolderWithoutGoldTablesCannotBeRead() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("provision\tarticle\n", to: "gold/x.unmapped.tsv")
        let gold = scratch.file("gold").path
        let error = try #require(throws: LexalignError.self) { try Evaluator(mapping: mapping, gold: gold).evaluate([chileLaw]) }
        #expect(error.kind == .cannotRead)
        #expect(error.messages == ["\(gold): error: no gold tables (<stem>.tsv) in this folder"])
    }

    /// A table named after the document's file scores it: two of the mapper's pairs and one it missed.
    @Test func scoresADocumentAgainstTheTableNamedAfterItsFile() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let predicted = try #require(mapping.map([chileLaw]).documents.first).alignment.alignments
        #expect(predicted.count > 3)
        let rows = predicted.prefix(2).map { "\($0.provision.num ?? $0.provision.eId)\t\($0.article)" } + ["1°\t35"]
        try scratch.write((["provision\tarticle"] + rows).joined(separator: "\n") + "\n", to: "gold/act-2022-21459.tsv")
        let other = corpusFile("ar/act-2008-26388.xml")
        let outcome = try Evaluator(mapping: mapping, gold: scratch.file("gold").path).evaluate([chileLaw, other])
        #expect(outcome.unscored == [other])
        #expect(outcome.failures.isEmpty)
        let scored = try #require(outcome.summary.documents.first)
        #expect(outcome.summary.documents.count == 1)
        #expect(scored.truePositives.count == 2)
        #expect(scored.falseNegatives.map(\.article) == ["35"])
        #expect(scored.falsePositives.count == predicted.count - 2)
    }

    @Test func aMalformedTableIsNamedWithItsLineAndTheOthersStillScore() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let table = try scratch.write("provision\tarticle\tcoverage\n2°\t2\tmost\n", to: "gold/act-2022-21459.tsv")
        let outcome = try Evaluator(mapping: mapping, gold: scratch.file("gold").path).evaluate([chileLaw])
        #expect(outcome.failures == ["\(table.path):2: error: coverage must be 'full' or 'partial', not 'most'"])
        #expect(outcome.summary.documents.isEmpty)
    }
}
