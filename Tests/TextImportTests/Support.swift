import AkomaNtoso
import Foundation
import TextImport

/// The package root (the folder holding Package.swift), found from this file's path.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url = url.deletingLastPathComponent()
    }
    return url
}()

let sharedData = packageRoot.appendingPathComponent("../shared").standardizedFileURL
let lawsDirectory = sharedData.appendingPathComponent("laws")

/// Every law text in ../shared/laws, by file name.
let lawFiles: [String] = {
    ((try? FileManager.default.contentsOfDirectory(atPath: lawsDirectory.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()
}()

func lawText(_ name: String) throws -> String {
    try String(contentsOf: lawsDirectory.appendingPathComponent(name), encoding: .utf8)
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
