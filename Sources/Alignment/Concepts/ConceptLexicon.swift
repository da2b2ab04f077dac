/// The words one language's statutes use for the legal concepts the mapper reasons with: computer system, computer
/// data, access, interception, without right, service provider, a power-granting formula... Read from
/// `Mappings/lexicons/<language>.yaml` (see its head comment and `Mappings/README.md`).
///
/// A concept is named by a language-independent id (`computer-data`); the instrument's elements refer to concepts,
/// never to words, so a synonym added here serves every element that uses the concept.
public struct ConceptLexicon: Sendable, Hashable {
    public let language: Language
    /// In file order.
    public let concepts: [Concept]

    public init(language: Language, concepts: [Concept]) {
        self.language = language
        self.concepts = concepts
    }

    public struct Concept: Sendable, Hashable {
        /// Kebab-case id, the same in every language: `computer-system`.
        public let id: String
        /// The lexemes and terms of art, in `SignalPattern` syntax (natural word forms; the analyser stems them).
        public let terms: [String]
        /// Why the concept exists or what it covers, for the people who edit the file.
        public let note: String?

        public init(id: String, terms: [String], note: String? = nil) {
            self.id = id
            self.terms = terms
            self.note = note
        }
    }

    public func concept(_ id: String) -> Concept? {
        concepts.first { $0.id == id }
    }

    public var ids: Set<String> { Set(concepts.map(\.id)) }
}

/// The lexicons of every language the mapper reads, by language.
public struct ConceptLexicons: Sendable, Hashable {
    public let byLanguage: [Language: ConceptLexicon]

    public init(_ lexicons: [ConceptLexicon]) {
        var byLanguage: [Language: ConceptLexicon] = [:]
        for lexicon in lexicons { byLanguage[lexicon.language] = lexicon }
        self.byLanguage = byLanguage
    }

    public subscript(language: Language) -> ConceptLexicon? { byLanguage[language] }

    /// Concept ids defined in at least one language.
    public var ids: Set<String> { byLanguage.values.reduce(into: Set<String>()) { $0.formUnion($1.ids) } }

    public var languages: [Language] { byLanguage.keys.sorted { $0.rawValue < $1.rawValue } }
}
