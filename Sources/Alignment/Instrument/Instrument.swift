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
    /// The languages the mapper must read it in (ISO 639-1): every concept an element of a `signalsRequired`
    /// article refers to must have terms in the lexicon of each of them.
    public let languages: [String]
    /// Numbers of the articles whose elements must all refer to concepts found in every language of `languages`:
    /// the articles the mapper has to find in national text (for Budapest, the offences, powers and jurisdiction).
    public let signalsRequired: [String]
    /// Articles that state the general principles of a chapter (Budapest Arts. 23 and 25): a provision on one
    /// specific measure under them does not implement them as well.
    public let generalPrinciples: [String]
    /// The articles national provisions are mapped to, in instrument order.
    public let articles: [Article]
    /// Articles that are not mapped (final provisions) but that a declaration or reservation may refer to, e.g.
    /// Budapest Art. 41(1), the federal clause. They have no elements.
    public let otherArticles: [Article]
    /// The instrument's own divisions (chapters, sections, titles) with their headings, as the treaty has them.
    public let structure: [Division]
    /// Other treaties a state profile reports on beside this one (its protocols, a later convention on the same
    /// matter): the ids party files use, with their titles.
    public let relatedInstruments: [RelatedInstrument]
    /// True when declarations and reservations can be made only on signature or when a state joins (Budapest
    /// Arts. 40 and 42): a Party cannot add one later, so a remedy for it is an amendment of the law.
    public let reservesAtJoiningOnly: Bool

    public init(
        id: String, title: String, uri: String?, languages: [String] = [], signalsRequired: [String] = [],
        generalPrinciples: [String] = [], articles: [Article], otherArticles: [Article] = [], structure: [Division] = [],
        relatedInstruments: [RelatedInstrument] = [], reservesAtJoiningOnly: Bool = false
    ) {
        self.id = id
        self.title = title
        self.uri = uri
        self.languages = languages
        self.signalsRequired = signalsRequired
        self.generalPrinciples = generalPrinciples
        self.articles = articles
        self.otherArticles = otherArticles
        self.structure = structure
        self.relatedInstruments = relatedInstruments
        self.reservesAtJoiningOnly = reservesAtJoiningOnly
    }

    enum CodingKeys: String, CodingKey {
        case id, title, uri, languages, articles, structure
        case signalsRequired = "signals_required"
        case generalPrinciples = "general_principles"
        case otherArticles = "other_articles"
        case relatedInstruments = "related_instruments"
        case reservesAtJoiningOnly = "reserves_at_joining_only"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        uri = try container.decodeIfPresent(String.self, forKey: .uri)
        languages = try container.decodeIfPresent([String].self, forKey: .languages) ?? []
        signalsRequired = try container.decodeIfPresent([String].self, forKey: .signalsRequired) ?? []
        generalPrinciples = try container.decodeIfPresent([String].self, forKey: .generalPrinciples) ?? []
        articles = try container.decode([Article].self, forKey: .articles)
        otherArticles = try container.decodeIfPresent([Article].self, forKey: .otherArticles) ?? []
        structure = try container.decodeIfPresent([Division].self, forKey: .structure) ?? []
        relatedInstruments = try container.decodeIfPresent([RelatedInstrument].self, forKey: .relatedInstruments) ?? []
        reservesAtJoiningOnly = try container.decodeIfPresent(Bool.self, forKey: .reservesAtJoiningOnly) ?? false
    }

    /// A mapped article by number.
    public func article(_ number: String) -> Article? {
        articles.first { $0.number == number }
    }

    /// Any article a party's declaration or reservation may name: a mapped one or one of `otherArticles`.
    public func referableArticle(_ number: String) -> Article? {
        article(number) ?? otherArticles.first { $0.number == number }
    }

    /// Whether the elements of this article must refer to concepts with terms in every language.
    public func requiresSignals(_ article: Article) -> Bool {
        signalsRequired.contains(article.number)
    }

    /// The divisions that hold an article, outermost first (`Chapter II`, `Section 1`, `Title 5`); empty when the
    /// instrument file gives no structure.
    public func divisions(of number: String) -> [Division] {
        func path(in divisions: [Division]) -> [Division]? {
            for division in divisions {
                if division.articles.contains(number) { return [division] }
                if let inner = path(in: division.divisions) { return [division] + inner }
            }
            return nil
        }
        return path(in: structure) ?? []
    }
}

/// A chapter, section or title of an instrument: its number, its heading, and the articles or smaller divisions it
/// holds. Written in the instrument file as `chapter: "II"` (or `section:`, `title:`) with `heading`, and `articles`
/// or `sections` / `titles`.
public struct Division: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case chapter, section, title

        /// `Chapter`, `Section`, `Title`.
        public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public let level: Level
    /// As the instrument numbers it: `II`, `1`.
    public let number: String
    public let heading: String
    /// Article numbers held directly.
    public let articles: [String]
    /// Smaller divisions (a chapter's sections, a section's titles).
    public let divisions: [Division]

    public init(level: Level, number: String, heading: String, articles: [String] = [], divisions: [Division] = []) {
        self.level = level
        self.number = number
        self.heading = heading
        self.articles = articles
        self.divisions = divisions
    }

    /// `Chapter II`, `Title 5`.
    public var name: String { "\(level.label) \(number)" }

    /// Every article number held, directly or in smaller divisions, in order.
    public var allArticles: [String] { articles + divisions.flatMap(\.allArticles) }

    enum CodingKeys: String, CodingKey {
        case chapter, section, title, heading, articles, sections, titles
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try container.decodeIfPresent(String.self, forKey: .chapter) {
            (level, self.number) = (.chapter, number)
        } else if let number = try container.decodeIfPresent(String.self, forKey: .section) {
            (level, self.number) = (.section, number)
        } else {
            (level, number) = (.title, try container.decode(String.self, forKey: .title))
        }
        heading = try container.decode(String.self, forKey: .heading)
        articles = try container.decodeIfPresent([String].self, forKey: .articles) ?? []
        divisions = try container.decodeIfPresent([Division].self, forKey: .sections)
            ?? container.decodeIfPresent([Division].self, forKey: .titles) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch level {
        case .chapter: try container.encode(number, forKey: .chapter)
        case .section: try container.encode(number, forKey: .section)
        case .title: try container.encode(number, forKey: .title)
        }
        try container.encode(heading, forKey: .heading)
        if !articles.isEmpty { try container.encode(articles, forKey: .articles) }
        if !divisions.isEmpty {
            try container.encode(divisions, forKey: divisions.first?.level == .title ? .titles : .sections)
        }
    }
}

/// A treaty a state profile reports on beside the instrument (`budapest-ap1`, `un-cybercrime`).
public struct RelatedInstrument: Sendable, Hashable, Codable {
    public let id: String
    public let title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// The kinds of legal text a national document of the corpus can be. An article's implementing law is normally
/// found in some of them (`Article.foundIn`): reports call an article missing only when the corpus holds a whole
/// text of such a kind and nothing implements it.
public enum TextKind: String, Sendable, Hashable, Codable, CaseIterable {
    case cybercrimeAct = "cybercrime-act"
    case penalCodeSpecialPart = "penal-code-special-part"
    case penalCodeGeneralPart = "penal-code-general-part"
    case criminalProcedure = "criminal-procedure"
    case childProtectionLaw = "child-protection-law"
    case copyrightLaw = "copyright-law"
    case corporateLiabilityLaw = "corporate-liability-law"
    case internationalCooperationLaw = "international-cooperation-law"
    case telecommunicationsLaw = "telecommunications-law"
    case amendingAct = "amending-act"
    case treatyApproval = "treaty-approval"

    /// How a reader names it: `the criminal procedure code or law`.
    public var label: String {
        switch self {
        case .cybercrimeAct: "cybercrime act"
        case .penalCodeSpecialPart: "penal code, special part (the offences)"
        case .penalCodeGeneralPart: "penal code, general part (attempt, participation, sanctions, jurisdiction)"
        case .criminalProcedure: "criminal procedure code or law"
        case .childProtectionLaw: "child-protection law"
        case .copyrightLaw: "copyright law"
        case .corporateLiabilityLaw: "law on the liability of legal persons"
        case .internationalCooperationLaw: "law on international co-operation (mutual assistance, extradition)"
        case .telecommunicationsLaw: "telecommunications or internet law"
        case .amendingAct: "amending act"
        case .treatyApproval: "act approving a treaty"
        }
    }

    /// For a list in a sentence: `criminal procedure law`, `penal code (general part)`.
    public var shortLabel: String {
        switch self {
        case .cybercrimeAct: "cybercrime act"
        case .penalCodeSpecialPart: "penal code (special part)"
        case .penalCodeGeneralPart: "penal code (general part)"
        case .criminalProcedure: "criminal procedure law"
        case .childProtectionLaw: "child-protection law"
        case .copyrightLaw: "copyright law"
        case .corporateLiabilityLaw: "corporate liability law"
        case .internationalCooperationLaw: "international co-operation law"
        case .telecommunicationsLaw: "telecommunications law"
        case .amendingAct: "amending act"
        case .treatyApproval: "treaty approval act"
        }
    }
}

/// One article of an instrument.
public struct Article: Sendable, Hashable, Codable {
    /// As numbered in the instrument: `"2"`, `"27"`.
    public let number: String
    public let title: String
    public let section: Section
    /// The paragraphs under which a Party may make a declaration (Budapest Art. 40), e.g. `["1(b)"]` for Art. 6;
    /// `"*"` is the article as a whole (Art. 2, whose second sentence allows the declaration).
    public let declarationsAllowed: [String]
    /// The paragraphs under which a Party may make a reservation (Budapest Art. 42), e.g. `["3"]` for Art. 6(3).
    public let reservationsAllowed: [String]
    /// For an offence about the means of other offences (Budapest Art. 6: devices for committing Arts. 2-5), the
    /// articles whose offences it serves. A provision whose tools serve only other offences (the devices of a
    /// fraud) does not implement it.
    public let servesOffences: [String]
    /// True for ancillary liability (attempt, aiding or abetting): it implements the article only beside an
    /// offence of the instrument.
    public let ancillary: Bool
    /// The kinds of legal text where a state's law implementing the article is normally found (a cybercrime act,
    /// the penal code's special part, the criminal procedure code...). Only a whole text of one of these kinds
    /// lets a report call the article missing; otherwise it is not found in the corpus.
    public let foundIn: [TextKind]
    /// For an article no single provision implements (sanctions, conditions and safeguards), the articles whose
    /// implementing provisions it is assessed on: the mapper never pairs it, reports derive its status.
    public let assessedOn: [String]
    /// For an article under which a Party notifies an authority (a central authority, a 24/7 point of contact),
    /// how profiles name that authority.
    public let designation: String?
    /// Another matter: a provision that names one of its concepts, and none of the concepts that bring it back to
    /// this article, is not about this article (extradition is Art. 24's, never a mutual assistance measure of
    /// Arts. 25-34, unless the provision speaks of mutual assistance too).
    public let notWhere: OtherMatter?

    public struct OtherMatter: Sendable, Hashable, Codable {
        public let concepts: [String]
        public let unless: [String]

        public init(concepts: [String], unless: [String] = []) {
            self.concepts = concepts
            self.unless = unless
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            concepts = try container.decode([String].self, forKey: .concepts)
            unless = try container.decodeIfPresent([String].self, forKey: .unless) ?? []
        }
    }
    public let elements: [Element]

    public init(
        number: String, title: String, section: Section, declarationsAllowed: [String] = [],
        reservationsAllowed: [String] = [], servesOffences: [String] = [], ancillary: Bool = false,
        foundIn: [TextKind] = [], assessedOn: [String] = [], designation: String? = nil, notWhere: OtherMatter? = nil,
        elements: [Element]
    ) {
        self.number = number
        self.title = title
        self.section = section
        self.declarationsAllowed = declarationsAllowed
        self.reservationsAllowed = reservationsAllowed
        self.servesOffences = servesOffences
        self.ancillary = ancillary
        self.foundIn = foundIn
        self.assessedOn = assessedOn
        self.designation = designation
        self.notWhere = notWhere
        self.elements = elements
    }

    /// False for an article assessed on other articles' provisions (`assessedOn`): the mapper leaves it alone.
    public var isMapped: Bool { assessedOn.isEmpty }

    public var requiredElements: [Element] { elements.filter { $0.qualifier == .required } }

    public func element(_ id: String) -> Element? {
        elements.first { $0.id == id }
    }

    /// Whether a declaration made under `paragraph` (nil: the article as a whole) is one the instrument allows.
    public func allowsDeclaration(under paragraph: String?) -> Bool {
        Self.paragraph(paragraph, isWithin: declarationsAllowed)
    }

    /// Whether a reservation made under `paragraph` (nil: the article as a whole) is one the instrument allows.
    public func allowsReservation(under paragraph: String?) -> Bool {
        Self.paragraph(paragraph, isWithin: reservationsAllowed)
    }

    /// `"*"` allows anything; otherwise the paragraph must equal an allowed one or one of them must be a
    /// sub-paragraph of the other (`"3"` and `"3(a)"`), so a state's record may be more or less precise than the
    /// treaty's list. A paragraph-less record is allowed only by `"*"`.
    static func paragraph(_ paragraph: String?, isWithin allowed: [String]) -> Bool {
        if allowed.contains("*") { return true }
        guard let paragraph else { return false }
        return allowed.contains { candidate in
            candidate == paragraph || paragraph.hasPrefix(candidate + "(") || candidate.hasPrefix(paragraph + "(")
        }
    }

    enum CodingKeys: String, CodingKey {
        case number, title, section, elements, ancillary, designation
        case declarationsAllowed = "declarations_allowed"
        case reservationsAllowed = "reservations_allowed"
        case servesOffences = "serves_offences"
        case foundIn = "found_in"
        case assessedOn = "assessed_on"
        case notWhere = "not_where"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(String.self, forKey: .number)
        title = try container.decode(String.self, forKey: .title)
        section = try container.decode(Section.self, forKey: .section)
        declarationsAllowed = try container.decodeIfPresent([String].self, forKey: .declarationsAllowed) ?? []
        reservationsAllowed = try container.decodeIfPresent([String].self, forKey: .reservationsAllowed) ?? []
        servesOffences = try container.decodeIfPresent([String].self, forKey: .servesOffences) ?? []
        ancillary = try container.decodeIfPresent(Bool.self, forKey: .ancillary) ?? false
        foundIn = try container.decodeIfPresent([TextKind].self, forKey: .foundIn) ?? []
        assessedOn = try container.decodeIfPresent([String].self, forKey: .assessedOn) ?? []
        designation = try container.decodeIfPresent(String.self, forKey: .designation)
        notWhere = try container.decodeIfPresent(OtherMatter.self, forKey: .notWhere)
        elements = try container.decodeIfPresent([Element].self, forKey: .elements) ?? []
    }

    /// The part of the instrument an article belongs to; reports summarise readiness per section. For the
    /// Budapest Convention: Chapter I (definitions), Chapter II Sections 1-3 (substantive, procedural,
    /// jurisdiction), Chapter III (co-operation), Chapter IV (final provisions, never mapped).
    public enum Section: String, Sendable, Hashable, Codable, CaseIterable {
        case definitions, substantive, procedural, jurisdiction, cooperation
        /// Final provisions (signature, reservations, amendments): not implemented by national law.
        case final
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
        /// True when statutes often leave the element to the general part of the code (intent as the default
        /// form of guilt, "by any means"), so a provision that does not word it may still contain it: the mapper
        /// should not count its absence against coverage.
        public let implicitOK: Bool
        /// How a provision shows the element, as concepts of the lexicons (`Mappings/lexicons/`): any one of the
        /// expressions, each a concept id or concepts joined by ` + ` that must stand together in one sentence
        /// (`"input + computer-data"`). See `ConceptExpression`.
        public let concepts: [String]
        /// Concepts whose words are not this element even where they contain its words: `personal-data` for
        /// computer data (a data-protection offence is not data interference).
        public let excluding: [String]
        /// Expressions that show the element only in a narrower form than the article's (a production order for
        /// traffic data alone; the destruction of a system rather than any hindering of its functioning): the
        /// element is there, but coverage is partial and the element is named as narrower.
        public let narrower: [String]
        /// A qualifier that restricts the offence's object (security measures) and that a Party may add to this
        /// article only: an offence of another article restricted by it is narrower than that article.
        public let narrowsOthers: Bool
        /// The articles whose offences this element restricts where they do not require it (a purpose of gain,
        /// the fraud's, restricts data and system interference): such an offence is narrower than the article.
        public let narrows: [String]
        /// A condition the article requires the law to state although its kind is seldom decisive (the
        /// attribution criteria of corporate liability: a leading person, lack of supervision): its absence makes
        /// coverage partial, unless the provision takes its rule from another law it cites by number.
        public let decisive: Bool
        /// A duty drafters often state once, in a provision of its own, for measures granted in several others (an
        /// order of secrecy "for a demand made under section ..."): such a provision completes the measures it
        /// cites and implements the article in part (`Mapper.companions`); stated with one measure of the article,
        /// it completes the law's other measures of that article (`Mapper.sharingDuties`).
        public let standsApart: Bool
        /// The element lists what a designated authority does (the 24/7 point of contact's immediate assistance:
        /// technical advice, preservation of data ...): measures named among those tasks are not granted there.
        public let listsTasks: Bool

        public init(
            id: String, description: String, kind: Kind, qualifier: Qualifier, paragraph: String? = nil,
            coveredBy: String? = nil, implicitOK: Bool = false, concepts: [String], excluding: [String] = [],
            narrower: [String] = [], narrowsOthers: Bool = false, narrows: [String] = [], decisive: Bool = false,
            standsApart: Bool = false, listsTasks: Bool = false
        ) {
            self.id = id
            self.description = description
            self.kind = kind
            self.qualifier = qualifier
            self.paragraph = paragraph
            self.coveredBy = coveredBy
            self.implicitOK = implicitOK
            self.concepts = concepts
            self.excluding = excluding
            self.narrower = narrower
            self.narrowsOthers = narrowsOthers
            self.narrows = narrows
            self.decisive = decisive
            self.standsApart = standsApart
            self.listsTasks = listsTasks
        }

        /// The expressions of `concepts`, parsed.
        public var expressions: [ConceptExpression] { concepts.compactMap(ConceptExpression.init) }

        /// The expressions of `narrower`, parsed.
        public var narrowerExpressions: [ConceptExpression] { narrower.compactMap(ConceptExpression.init) }

        enum CodingKeys: String, CodingKey {
            case id, description, kind, qualifier, paragraph, concepts, excluding, narrower, narrows, decisive
            case coveredBy = "covered_by"
            case implicitOK = "implicit_ok"
            case narrowsOthers = "narrows_others"
            case standsApart = "stands_apart"
            case listsTasks = "lists_tasks"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            description = try container.decode(String.self, forKey: .description)
            kind = try container.decode(Kind.self, forKey: .kind)
            qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .required
            paragraph = try container.decodeIfPresent(String.self, forKey: .paragraph)
            coveredBy = try container.decodeIfPresent(String.self, forKey: .coveredBy)
            implicitOK = try container.decodeIfPresent(Bool.self, forKey: .implicitOK) ?? false
            concepts = try container.decodeIfPresent([String].self, forKey: .concepts) ?? []
            excluding = try container.decodeIfPresent([String].self, forKey: .excluding) ?? []
            narrower = try container.decodeIfPresent([String].self, forKey: .narrower) ?? []
            narrowsOthers = try container.decodeIfPresent(Bool.self, forKey: .narrowsOthers) ?? false
            narrows = try container.decodeIfPresent([String].self, forKey: .narrows) ?? []
            decisive = try container.decodeIfPresent(Bool.self, forKey: .decisive) ?? false
            standsApart = try container.decodeIfPresent(Bool.self, forKey: .standsApart) ?? false
            listsTasks = try container.decodeIfPresent(Bool.self, forKey: .listsTasks) ?? false
        }
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case conduct, object, mentalElement = "mental-element", withoutRight = "without-right", result
        case circumstance, power, safeguard, obligation, definition
    }

    /// Required elements must be in a provision for full coverage; optional ones are qualifiers a Party may
    /// add (Art. 40 declarations, "may require" clauses) and never make coverage partial.
    public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
        case required, optional
    }
}
