import AkomaNtoso
import Foundation
import TestSupport
import Testing
import TextImport

let packageRoot = ProjectFolder.root

/// The official source texts of the Corpus, committed beside it: `Corpus/sources/<cc>/<stem>.txt`, the
/// international instruments in `int/`.
let sourcesDirectory = packageRoot.appendingPathComponent("Corpus/sources")

/// Every source text, as a path relative to the package root (`Corpus/sources/cl/cl-ley-21459.txt`), sorted.
let sourceTexts: [String] = {
    let enumerator = FileManager.default.enumerator(atPath: sourcesDirectory.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
        if path.hasSuffix(".txt") { paths.append("Corpus/sources/\(path)") }
    }
    return paths.sorted()
}()

/// Every national law text of Corpus/sources (the instruments left out), by file name.
let lawFiles: [String] = sourceTexts.filter { !$0.hasPrefix("Corpus/sources/int/") }
    .map { URL(fileURLWithPath: $0).lastPathComponent }.sorted()

/// The text of a national law of Corpus/sources, by file name (`cl-ley-21459.txt`).
func lawText(_ name: String) throws -> String {
    let path = try #require(sourceTexts.first { $0.hasSuffix("/\(name)") }, "no Corpus/sources/<cc>/\(name)")
    return try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
}

/// The drafting knowledge of the package's `Mappings/` (languages and traditions), loaded once.
let drafting: DraftingKnowledge = {
    do {
        return try DraftingKnowledge.load(mappings: packageRoot.appendingPathComponent("Mappings").path)
    } catch {
        fatalError("Mappings/ must load: \(error)")
    }
}()

/// An importer with the package's drafting knowledge.
let importer = Importer(drafting: drafting)

func importLaw(_ name: String) throws -> Importer.Result {
    try importer.importText(try lawText(name), file: name)
}
