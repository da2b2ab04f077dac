import Foundation
import LexalignKit
import TextImport

/// The package root (the folder holding Package.swift), found from this file's path.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

/// The project's own data: the corpus of AKN documents and the Mappings folder.
let corpusFolder = packageRoot.appendingPathComponent("Corpus")
let mappingsFolder = packageRoot.appendingPathComponent("Mappings")

/// A committed corpus document, by its path under `Corpus/`.
func corpusFile(_ path: String) -> String { corpusFolder.appendingPathComponent(path).path }

/// Chile's Ley 21.459 (2022): a law whose provisions the mapper aligns with Arts. 2-8.
let chileLaw = corpusFile("cl/act-2022-21459.xml")

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    /// A copy of a committed folder (or file) under the scratch folder, to edit.
    @discardableResult
    func copy(_ source: URL, to name: String) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A law text with a complete header (`lexalign import`'s input), numbered `number`.
func lawText(number: Int, articles: [String]) -> String {
    var text = """
        title: Ley N° \(number / 1000).\(String(format: "%03d", number % 1000)) de prueba
        country: cl
        language: es
        date: 2020-01-01
        source: written for the lexalign tests
        completeness: complete

        """
    for (index, article) in articles.enumerated() {
        text += "\nArtículo \(index + 1)°.- \(article)\n"
    }
    return text
}

/// The drafting knowledge of the package's Mappings folder.
let drafting: DraftingKnowledge = {
    do {
        return try MappingsFolder(mappingsFolder.path).drafting()
    } catch {
        fatalError("Mappings/ must load: \(error)")
    }
}()
