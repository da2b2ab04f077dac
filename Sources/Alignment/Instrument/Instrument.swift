import AkomaNtoso

/// A reference instrument (the Budapest Convention, its Protocol, a model law) as the mapper needs it: each
/// article with the legal elements a national provision must contain, and the words statutes use for them.
///
/// Loaded from `Mappings/instruments/<id>.yaml`, a file experts read and correct.
public struct Instrument: Sendable, Hashable, Codable {
    /// Short identifier used on the command line and in file names: `budapest`.
    public let id: String
    public let title: String
    /// The work FRBR URI of the instrument's AKN text in `Corpus/instruments/`.
    public let uri: String?
    public let articles: [Article]

    public init(id: String, title: String, uri: String?, articles: [Article]) {
        self.id = id
        self.title = title
        self.uri = uri
        self.articles = articles
    }

    public func article(_ number: String) -> Article? {
        articles.first { $0.number == number }
    }
}

/// One article of an instrument.
public struct Article: Sendable, Hashable, Codable {
    /// As numbered in the instrument: `"2"`, `"27"`.
    public let number: String
    public let title: String
    public let section: Section
    /// The paragraphs a Party may make a declaration on (Art. 40 and article-specific clauses), e.g. `["2"]`.
    public let declarationsAllowed: [String]
    /// The paragraphs a Party may reserve (Art. 42 list), e.g. `["3"]` for Art. 6(3); `"*"` for the whole article.
    public let reservationsAllowed: [String]
    public let elements: [Element]

    public init(
        number: String, title: String, section: Section, declarationsAllowed: [String] = [],
        reservationsAllowed: [String] = [], elements: [Element]
    ) {
        self.number = number
        self.title = title
        self.section = section
        self.declarationsAllowed = declarationsAllowed
        self.reservationsAllowed = reservationsAllowed
        self.elements = elements
    }

    public var requiredElements: [Element] { elements.filter { $0.qualifier == .required } }

    enum CodingKeys: String, CodingKey {
        case number, title, section, elements
        case declarationsAllowed = "declarations_allowed"
        case reservationsAllowed = "reservations_allowed"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(String.self, forKey: .number)
        title = try container.decode(String.self, forKey: .title)
        section = try container.decode(Section.self, forKey: .section)
        declarationsAllowed = try container.decodeIfPresent([String].self, forKey: .declarationsAllowed) ?? []
        reservationsAllowed = try container.decodeIfPresent([String].self, forKey: .reservationsAllowed) ?? []
        elements = try container.decodeIfPresent([Element].self, forKey: .elements) ?? []
    }

    /// The part of the instrument an article belongs to; reports summarise readiness per section.
    public enum Section: String, Sendable, Hashable, Codable, CaseIterable {
        case definitions, substantive, procedural, jurisdiction, cooperation
        /// Articles that frame the others (e.g. Arts. 13-15: sanctions, conditions and safeguards).
        case general
    }

    /// One legal element of an article: a conduct, an object, a mental element, a qualifier...
    public struct Element: Sendable, Hashable, Codable {
        /// Unique within the article: `access`, `without-right`, `security-measures`.
        public let id: String
        public let description: String
        public let kind: Kind
        public let qualifier: Qualifier
        /// The paragraph of the article the element belongs to (`"1"`, `"2"`), when the article has several.
        public let paragraph: String?
        /// The declaration or reservation that lets a Party require or omit it, e.g. `Art. 2, second sentence
        /// (Art. 40 declaration)`; nil when no clause covers it.
        public let coveredBy: String?
        /// Words and phrasings statutes use for this element, per ISO 639-1 language (`es`, `pt`, `en`, `fr`).
        /// See `SignalPattern` for the syntax.
        public let signals: [String: [String]]

        public init(
            id: String, description: String, kind: Kind, qualifier: Qualifier, paragraph: String? = nil,
            coveredBy: String? = nil, signals: [String: [String]]
        ) {
            self.id = id
            self.description = description
            self.kind = kind
            self.qualifier = qualifier
            self.paragraph = paragraph
            self.coveredBy = coveredBy
            self.signals = signals
        }

        enum CodingKeys: String, CodingKey {
            case id, description, kind, qualifier, paragraph, signals
            case coveredBy = "covered_by"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            description = try container.decode(String.self, forKey: .description)
            kind = try container.decode(Kind.self, forKey: .kind)
            qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .required
            paragraph = try container.decodeIfPresent(String.self, forKey: .paragraph)
            coveredBy = try container.decodeIfPresent(String.self, forKey: .coveredBy)
            signals = try container.decodeIfPresent([String: [String]].self, forKey: .signals) ?? [:]
        }
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case conduct, object, mentalElement = "mental-element", withoutRight = "without-right", result
        case circumstance, power, safeguard, obligation, definition
    }

    /// Required elements must be in a provision for full coverage; optional ones are qualifiers a Party may
    /// add (Art. 40 declarations, "may require" clauses) and never make coverage partial.
    public enum Qualifier: String, Sendable, Hashable, Codable {
        case required, optional
    }
}
