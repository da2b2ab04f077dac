import AkomaNtoso
import Foundation
import TestSupport
import TextImport

@testable import Alignment

/// Paths to the development data the tests read, all committed: the Corpus's source texts (`Corpus/sources`),
/// the gold tables (`Tests/Fixtures/gold`) and the project's own mapping files. (Named after `../shared`, where
/// such data arrives before it is copied into the project.)
enum SharedData {
    static let packageRoot = ProjectFolder.root
    static let sources = packageRoot.appendingPathComponent("Corpus/sources")
    static let gold = packageRoot.appendingPathComponent("Tests/Fixtures/gold")

    /// The national law texts of Corpus/sources (`<cc>/<stem>.txt`; the instruments in `int/` left out), by stem.
    static let laws: [String: URL] = {
        var laws: [String: URL] = [:]
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".txt"), !path.hasPrefix("int/") else { continue }
            let url = sources.appendingPathComponent(path)
            laws[url.deletingPathExtension().lastPathComponent] = url
        }
        return laws
    }()

    /// The provisions of a document committed in Corpus/ (inserted code articles included), e.g. `ca/act-1988-criminal-code.xml`.
    static func corpusProvisions(_ file: String) throws -> [Provision] {
        try AKNParser().parse(contentsOf: packageRoot.appendingPathComponent("Corpus/\(file)")).document.provisions
    }

    static func law(_ stem: String) throws -> String {
        guard let url = laws[stem] else { throw LoadFailure(description: "no Corpus/sources/<cc>/\(stem).txt") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// One mapper for all tests (compiling the lexicons of four languages takes a moment in debug builds).
    static let mapper: Result<Mapper, any Error> = Result {
        Mapper(instrument: try budapest(), lexicons: try lexicons(), drafting: try drafting())
    }

    /// The drafting formulas of the project (`Mappings/languages`, `Mappings/traditions`).
    static func drafting() throws -> DraftingFormulas {
        try DraftingKnowledge.load(mappings: packageRoot.appendingPathComponent("Mappings").path).formulas
    }

    /// The concept lexicons of the project (`Mappings/lexicons/*.yaml`).
    static func lexicons() throws -> ConceptLexicons {
        ConceptLexicons(try lexiconList())
    }

    /// The lexicons one by one, in file-name order.
    static func lexiconList() throws -> [ConceptLexicon] {
        let folder = packageRoot.appendingPathComponent("Mappings/lexicons")
        var lexicons: [ConceptLexicon] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".yaml") {
            let url = folder.appendingPathComponent(name)
            let loaded = ConceptLexiconLoader.load(try String(contentsOf: url, encoding: .utf8), file: url.path)
            guard let lexicon = loaded.lexicon else {
                throw LoadFailure(description: loaded.diagnostics.map { "\($0)" }.joined(separator: "\n"))
            }
            lexicons.append(lexicon)
        }
        return lexicons
    }

    /// The Budapest instrument file of the project, when it is there.
    static func budapest() throws -> Instrument {
        let url = packageRoot.appendingPathComponent("Mappings/instruments/budapest.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let loaded = InstrumentLoader.load(text, file: url.path, lexicons: try lexicons())
        guard let instrument = loaded.instrument else {
            throw LoadFailure(description: loaded.diagnostics.map { "\($0)" }.joined(separator: "\n"))
        }
        return instrument
    }

    struct LoadFailure: Error, CustomStringConvertible {
        let description: String
    }
}
