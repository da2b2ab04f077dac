import Foundation
import LexalignKit
import TestSupport
import TextImport

let packageRoot = ProjectFolder.root

/// The project's own data: the corpus of AKN documents and the Mappings folder.
let corpusFolder = packageRoot.appendingPathComponent("Corpus")
let mappingsFolder = packageRoot.appendingPathComponent("Mappings")

/// A committed corpus document, by its path under `Corpus/`.
func corpusFile(_ path: String) -> String { corpusFolder.appendingPathComponent(path).path }

/// Chile's Ley 21.459 (2022): a law whose provisions the mapper aligns with Arts. 2-8.
let chileLaw = corpusFile("cl/act-2022-21459.xml")

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
