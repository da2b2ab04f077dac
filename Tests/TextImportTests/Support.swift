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

func importLaw(_ name: String) throws -> Importer.Result {
    try Importer().importText(try lawText(name), file: name)
}
