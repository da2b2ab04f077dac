import AkomaNtoso
import Foundation
import Testing
import TextImport

let corpusManifest: CorpusManifest? = {
    guard let text = try? String(contentsOf: packageRoot.appendingPathComponent("Corpus/sources.tsv"), encoding: .utf8)
    else { return nil }
    return try? CorpusManifest(parsing: text)
}()

@Test("the corpus lists every law of ../shared/laws")
func manifestCoversLaws() throws {
    let manifest = try #require(corpusManifest)
    let inputs = Set(manifest.entries.map { URL(fileURLWithPath: $0.input).lastPathComponent })
    #expect(Set(lawFiles).isSubset(of: inputs))
    #expect(!lawFiles.isEmpty)
}

@Test("re-importing reproduces every committed Corpus file byte for byte",
    arguments: corpusManifest?.entries ?? [])
func corpusReproducible(entry: CorpusManifest.Entry) throws {
    let input = packageRoot.appendingPathComponent(entry.input)
    let result = try Importer().importText(String(contentsOf: input, encoding: .utf8), file: entry.input, fields: entry.fields)
    let committed = try String(
        contentsOf: packageRoot.appendingPathComponent("Corpus").appendingPathComponent(result.corpusPath), encoding: .utf8)
    #expect(XMLWriter(indent: "  ").string(for: result.document) == committed, "\(result.corpusPath)")
    // Nothing lost, instruments included.
    let body = try LawText(parsing: String(contentsOf: input, encoding: .utf8), fields: entry.fields).body
    #expect(squeezed(body.map(\.text).joined()) == squeezed(ReadingOrder.text(of: result.document)))
}

@Test("the Budapest Convention keeps its 48 articles under chapters, sections and titles")
func budapestStructure() throws {
    let entry = try #require(corpusManifest?.entries.first { $0.input.hasSuffix("budapest-en.txt") })
    let text = try String(contentsOf: packageRoot.appendingPathComponent(entry.input), encoding: .utf8)
    let provisions = try Importer().importText(text, fields: entry.fields).document.provisions
    #expect(provisions.map(\.num) == (1...48).map { String($0) })
    let article2 = provisions[1]
    #expect(article2.heading == "Illegal access")
    #expect(article2.ancestors.map(\.level) == ["chapter", "division", "title"])
    #expect(provisions.allSatisfy { $0.host == nil })
}
