import Alignment
import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite struct MappingTests {
    func mapping(mappings: URL = mappingsFolder, reviews: Bool = true) throws -> Mapping {
        Mapping(workspace: try Workspace.load(
            mappings: mappings.path, instrument: "budapest", including: reviews ? .reviews : []))
    }

    @Test func mapsInInputOrderAndGoesOnPastFilesThatCannotBeRead() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let truncated = try scratch.write("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act>", to: "truncated.xml").path
        let missing = scratch.file("missing.xml").path
        let good = [corpusFile("ar/act-2008-26388.xml"), chileLaw, corpusFile("br/act-2014-12965.xml")]
        let batch = try mapping().map([good[0], truncated, good[1], missing, good[2]])
        #expect(batch.documents.map(\.file) == good)
        #expect(batch.documents.map(\.facts.country) == ["ar", "cl", "br"])
        #expect(batch.documents.allSatisfy { $0.alignment.document == $0.facts.expressionURI })
        #expect(batch.failures.count == 2)
        #expect(batch.failures[0].kind == .badInput && batch.failures[0].messages.allSatisfy { $0.hasPrefix(truncated + ":1:") })
        #expect(batch.failures[1].messages.allSatisfy { $0.hasPrefix(missing + ":") })
        #expect(batch.provisionCount > 10)
    }

    @Test func aDocumentInALanguageTheMapperDoesNotKnowIsBadInput() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let text = try String(contentsOfFile: chileLaw, encoding: .utf8)
        let german = try scratch.write(text.replacingOccurrences(of: "<FRBRlanguage language=\"spa\"", with: "<FRBRlanguage language=\"deu\""), to: "deu.xml")
        let error = try #require(throws: LexalignError.self) { try Mapping.read(german.path) }
        #expect(error.messages == ["\(german.path):1:1: error: the document's language (FRBRExpression/FRBRlanguage) is missing or not one of es, pt, en, fr"])
    }

    /// The whole review cycle: a recorded rejection removes the suggested pair; once the provision's text changes
    /// the decision is stale and the suggestion comes back, marked stale.
    @Test func aRecordedRejectionHoldsUntilTheProvisionTextChanges() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let mappings = try scratch.copy(mappingsFolder, to: "Mappings")
        func pairOnArticle2(_ file: String) throws -> ProvisionAlignment? {
            let batch = try mapping(mappings: mappings).map([file])
            #expect(batch.failures.isEmpty)
            return batch.documents.first?.alignment.alignments.first { $0.provision.eId == "title_I__art_2" && $0.article == "2" }
        }
        #expect(try pairOnArticle2(chileLaw)?.origin == .suggested)

        let recorder = ReviewRecorder(workspace: try Workspace.load(mappings: mappings.path, instrument: "budapest", including: .reviews))
        _ = try recorder.record(.init(file: chileLaw, provision: "2", article: "2", verdict: .rejected, reviewer: "A. Expert", date: "2026-11-29"))
        #expect(try pairOnArticle2(chileLaw) == nil)
        // Ignoring the reviews shows the suggestion.
        #expect(try mapping(mappings: mappings, reviews: false).map([chileLaw]).documents.first?.alignment.alignments
            .contains { $0.provision.eId == "title_I__art_2" && $0.article == "2" } == true)

        let text = try String(contentsOfFile: chileLaw, encoding: .utf8)
        #expect(text.components(separatedBy: "superando barreras técnicas").count == 2)
        let amended = try scratch.write(
            text.replacingOccurrences(of: "superando barreras técnicas", with: "superando barreras técnicas u otras"), to: "amended.xml")
        let stale = try #require(try pairOnArticle2(amended.path))
        #expect(stale.stale && stale.origin == .suggested)
        let batch = try mapping(mappings: mappings).map([amended.path])
        #expect(batch.documents.first?.alignment.staleDecisions.count == 1)
    }
}
