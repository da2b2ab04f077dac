import AkomaNtoso
import Alignment
import Foundation
import Testing
import TextImport

/// The gold tables of Tests/Fixtures/gold, each with the source text it annotates (`<stem>.txt` in Corpus/sources).
let goldStems: [String] = {
    let folder = packageRoot.appendingPathComponent("Tests/Fixtures/gold")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".unmapped.tsv") }.map { String($0.dropLast(4)) }.sorted()
}()

/// The provisions a gold table names, mapped and unmapped, as the expert wrote them.
func goldProvisions(_ stem: String) throws -> [String] {
    let folder = packageRoot.appendingPathComponent("Tests/Fixtures/gold")
    var provisions: [String] = []
    for name in ["\(stem).tsv", "\(stem).unmapped.tsv"] {
        let url = folder.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
        for line in text.split(separator: "\n").dropFirst() {
            if let first = line.split(separator: "\t", omittingEmptySubsequences: false).first, !first.isEmpty {
                provisions.append(String(first))
            }
        }
    }
    return provisions
}

@Test("every provision an expert cites in the gold tables is a provision of the imported law, cited alike", arguments: goldStems)
func goldProvisionsAreProvisions(stem: String) throws {
    let entry = try #require(corpusManifest?.entries.first { $0.input.hasSuffix("/\(stem).txt") }, "no source text for \(stem)")
    let text = try String(contentsOf: packageRoot.appendingPathComponent(entry.input), encoding: .utf8)
    let document = try importer.importText(text, file: entry.input, fields: entry.fields).document
    let citations = Set(document.provisions.map { ProvisionNumber.citationKey(of: $0) })
    let qualifiers = drafting.transitoryQualifiers
    for provision in try goldProvisions(stem) {
        let key = ProvisionNumber.citationKey(gold: provision, transitoryQualifiers: qualifiers)
        #expect(citations.contains(key), "\(stem): '\(provision)' is not a provision of the imported document")
    }
}
