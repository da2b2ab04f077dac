import AkomaNtoso
import Alignment
import Foundation
import Testing
@testable import Reports

/// The builder on the project's own Corpus/ and Mappings/corpus.yaml.
@Suite struct ReportInputBuilderTests {
    static func parse(_ path: String) throws -> Document {
        try AKNParser().parse(contentsOf: Fixture.packageRoot.appendingPathComponent(path)).document
    }

    static func unmapped(_ document: Document) -> ReportInputBuilder.Mapped {
        .init(
            document: document, provisions: document.provisions,
            alignment: DocumentAlignment(document: document.expressionURI ?? "", instrument: "budapest", alignments: [], unaligned: []))
    }

    @Test func chileCorpusFollowsTheManifest() throws {
        let manifest = try CorpusManifest(yaml: String(
            contentsOf: Fixture.packageRoot.appendingPathComponent("Mappings/corpus.yaml"), encoding: .utf8))
        let documents = try ["Corpus/cl/act-1993-19223.xml", "Corpus/cl/act-2022-21459.xml", "Corpus/cl/act-2022-21459-spa-2025-04-01.xml"]
            .map { Self.unmapped(try Self.parse($0)) }
        let input = ReportInputBuilder.build(
            instrument: try Fixture.instrument(), instrumentDocuments: [try Self.parse("Corpus/instruments/act-2001-coe-ets-185.xml")],
            national: documents, parties: Fixture.catalog.parties, manifest: manifest)
        let chile = try #require(input.state("cl"))
        #expect(chile.name == "Chile")
        #expect(chile.party?.status(for: "budapest")?.status == .party)
        #expect(chile.inForce.map(\.uri) == ["/akn/cl/act/2022-06-20/21459/spa@2025-04-01"])
        #expect(chile.inForce.first?.shortTitle == "Ley 21.459")
        let repealed = try #require(chile.document("/akn/cl/act/1993-06-07/19223"))
        #expect(!repealed.inForce)
        #expect(chile.document(repealed.supersededBy!)?.uri == "/akn/cl/act/2022-06-20/21459/spa@2025-04-01")
        #expect(input.articleTexts["2"]?.hasPrefix("Each Party shall adopt such legislative and other measures") == true)
        #expect(input.articleTexts.count >= 35)
        let (comparisons, _) = VersionComparer(input: input).all()
        #expect(comparisons.map(\.id).contains("cl-ley-19-223-vs-cl-ley-21-459"))
        #expect(comparisons.map(\.id).contains("cl-ley-21-459-2022-06-20-vs-cl-ley-21-459-2025-04-01"))
    }

    @Test func shortTitlesDropTheDescriptiveTail() {
        #expect(DocumentIdentity.shortTitle("Ley N° 21.459 — Establece normas sobre delitos informáticos") == "Ley 21.459")
        #expect(DocumentIdentity.shortTitle("Ley 1273 de 2009 (enero 5) — por medio de la cual") == "Ley 1273 de 2009")
    }
}
