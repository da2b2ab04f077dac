import AkomaNtoso
import Foundation

/// What lexalign knows of how statutes are drafted, read from `Mappings/languages/*.yaml` (the words of each
/// language) and `Mappings/traditions/*.yaml` (the structure of each drafting tradition). A value: load it once and
/// hand it to the `Importer`; the mapper reads its drafting formulas through `formulas`.
///
/// Adding a language or a tradition is adding a file: nothing about either is written in code.
public struct DraftingKnowledge: Sendable {
    /// By ISO 639-1 code, sorted.
    public let languages: [LanguageConventions]
    /// Sorted by name.
    public let traditions: [DraftingTradition]
    /// The words of every language compiled once.
    let lexicon: Lexicon

    public init(languages: [LanguageConventions], traditions: [DraftingTradition]) {
        self.languages = languages.sorted { $0.code < $1.code }
        self.traditions = traditions.sorted { $0.name < $1.name }
        lexicon = Lexicon(languages: self.languages)
    }

    /// The tradition read when a text shows no cue of another one.
    public var defaultTradition: DraftingTradition? { traditions.first(where: \.isDefault) ?? traditions.first }

    public func tradition(named name: String) -> DraftingTradition? { traditions.first { $0.name == name } }

    /// A language by its ISO 639-1 code (`es`) or FRBR code (`spa`).
    public func language(_ code: String) -> LanguageConventions? {
        let lowered = code.lowercased()
        return languages.first { $0.code == lowered || $0.frbr == lowered }
    }

    /// Header `language:` codes and their FRBR codes: those of the language files (`es` and `spa` -> `spa`) added to
    /// the built-in table of languages with no file.
    public var languageCodes: [String: String] {
        var codes = LawText.languageCodes
        for language in languages {
            codes[language.code] = language.frbr
            codes[language.frbr] = language.frbr
        }
        return codes
    }

    /// How experts cite a transitory article after its number (`primero transitorio`), every language's qualifiers
    /// in lower case without accents.
    public var transitoryQualifiers: Set<String> {
        Set(languages.flatMap(\.transitoryQualifiers).map(DraftingFormulas.folded))
    }

    /// The drafting formulas (definitions, amendments, cross-references) of every language.
    public var formulas: DraftingFormulas { DraftingFormulas(languages: languages) }

    /// Reads `<mappings>/languages/*.yaml` and `<mappings>/traditions/*.yaml`. Throws every problem of every file.
    public static func load(mappings: String) throws(DraftingError) -> DraftingKnowledge {
        let root = URL(fileURLWithPath: mappings)
        func files(_ folder: String) throws(DraftingError) -> [(path: String, text: String)] {
            let directory = root.appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
                throw DraftingError(diagnostics: [
                    Diagnostic(.error, "no drafting knowledge here: the folder \(folder)/ is missing (give --mappings)", file: directory.path)
                ])
            }
            var result: [(String, String)] = []
            var problems: [Diagnostic] = []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = (mappings as NSString).appendingPathComponent("\(folder)/\(name)")
                do {
                    result.append((path, try String(contentsOfFile: path, encoding: .utf8)))
                } catch {
                    problems.append(Diagnostic(.error, "cannot read the file (\(error.localizedDescription))", file: path))
                }
            }
            guard problems.isEmpty else { throw DraftingError(diagnostics: problems) }
            return result
        }
        return try load(languageFiles: try files("languages"), traditionFiles: try files("traditions"))
    }

    /// Reads language and tradition files given as (path, text) pairs.
    public static func load(
        languageFiles: [(path: String, text: String)], traditionFiles: [(path: String, text: String)]
    ) throws(DraftingError) -> DraftingKnowledge {
        var diagnostics: [Diagnostic] = []
        var languages: [LanguageConventions] = []
        for (path, text) in languageFiles {
            let (language, problems) = DraftingLoader.language(text, file: path)
            diagnostics += problems
            if let language { languages.append(language) }
        }
        for (index, language) in languages.enumerated() {
            if let other = languages[..<index].first(where: { $0.frbr == language.frbr }) {
                diagnostics.append(
                    Diagnostic(.error, "frbr '\(language.frbr)' is also the code of \(other.file)", file: language.file, line: 1))
            }
        }
        let lexicon = Lexicon(languages: languages)
        var traditions: [DraftingTradition] = []
        for (path, text) in traditionFiles {
            let (tradition, problems) = DraftingLoader.tradition(text, file: path, lexicon: lexicon)
            diagnostics += problems
            if let tradition { traditions.append(tradition) }
        }
        if languageFiles.isEmpty {
            diagnostics.append(Diagnostic(.error, "no language files (languages/*.yaml)"))
        }
        if traditionFiles.isEmpty {
            diagnostics.append(Diagnostic(.error, "no tradition files (traditions/*.yaml)"))
        }
        let defaults = traditions.filter(\.isDefault)
        if defaults.count > 1 {
            for tradition in defaults.dropFirst() {
                diagnostics.append(
                    Diagnostic(
                        .error, "'default: true' is also set in \(defaults[0].file): one tradition is the default",
                        file: tradition.file, line: 1))
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DraftingError(diagnostics: diagnostics)
        }
        return DraftingKnowledge(languages: languages, traditions: traditions)
    }
}

/// Why the drafting knowledge could not be loaded: every problem, each with its position.
public struct DraftingError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
