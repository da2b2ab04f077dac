import Alignment

/// One state's accession-readiness assessment against an instrument, laid out as a Council of Europe country
/// profile reads: the treaty facts, a short summary, what the corpus holds, then a status per article with the
/// evidence behind it, readiness per section, and the national provisions with no counterpart.
///
/// Encoded as JSON with the field names below (snake_case, sorted keys): `states/<cc>.json`.
public struct GapAnalysis: Sendable, Hashable, Codable {
    public let state: String
    public let stateName: String
    /// The name as a sentence uses it: `the Philippines`.
    public let stateNameInText: String
    public let instrument: String
    public let instrumentTitle: String
    /// The state's relation to the instrument; nil when `Mappings/parties` has no entry.
    public let partyStatus: PartyStatus.Status?
    public let profile: CountryProfile
    /// A few sentences generated from the analysis: where the state stands, the main gaps and their remedies,
    /// and what a reader should check (statements that cite repealed law, unknown reservations).
    public let summary: [String]
    public let documents: [DocumentSummary]
    public let holdings: CorpusHoldings
    public let articles: [ArticleAssessment]
    public let readiness: Readiness
    /// In-force provisions the mapper found no counterpart for (offences beyond the instrument, penalties...).
    public let unaligned: [ProvisionExcerpt]
    /// The full text of every provision the page cites, once each (evidence, offences with no counterpart).
    public let texts: [ProvisionText]
    /// How the page words each article's elements (by article number), once rather than per provision.
    public let elements: [String: [ElementWording]]

    public func article(_ number: String) -> ArticleAssessment? {
        articles.first { $0.article == number }
    }
}

/// The treaty facts an Octopus country profile opens with.
public struct CountryProfile: Sendable, Hashable, Codable {
    /// The instrument first, then its related instruments (protocols, the UN Convention), each with what the
    /// party file records ("unknown" where it records nothing).
    public let treaties: [TreatyStatus]
    /// Authorities the state notified (central authority, 24/7 point of contact), with their sources.
    public let authorities: [Authority]
    /// How complete the record of the state's declarations and reservations is; nil without a party file.
    public let reservesKnown: PartyStatus.Record?
    /// What the party file's sources leave open.
    public let notes: String?
}

public struct TreatyStatus: Sendable, Hashable, Codable {
    public let instrument: String
    public let title: String
    /// Nil when the party file records nothing about this instrument.
    public let status: PartyStatus.Status?
    public let signed: String?
    /// The deposit of the instrument of ratification or accession.
    public let joined: String?
    public let joinedBy: PartyStatus.Joining?
    public let inForce: String?
    public let approvedBy: String?
    public let notes: String?
    public let sources: [SourceCitation]
}

/// An authority a Party notified under an article with a `designation` (Arts. 24(7), 27(2), 35).
public struct Authority: Sendable, Hashable, Codable {
    /// `24/7 point of contact (Art. 35)`.
    public let designation: String
    public let article: String
    /// What the state notified, as the party file summarises it.
    public let name: String
    public let source: SourceCitation
}

/// A source as a reader sees it: the citation's words, with its web addresses as links named by their site.
/// Internal file references of the data files are left out.
public struct SourceCitation: Sendable, Hashable, Codable {
    public let parts: [Part]

    public struct Part: Sendable, Hashable, Codable {
        public let text: String
        /// The address the text links to (the text is then the site: `coe.int`).
        public let url: String?
    }

    /// The words only.
    public var text: String { parts.map(\.text).joined().trimmingCharacters(in: .whitespaces) }
}

public struct DocumentSummary: Sendable, Hashable, Codable {
    public let uri: String
    public let title: String
    public let shortTitle: String
    public let date: String
    /// The date of this text version (the expression's date).
    public let versionDate: String
    public let inForce: Bool
    public let supersededBy: String?
    /// True for an amending act whose text is consolidated into `superseded_by`.
    public let consolidated: Bool
    /// How the successor is cited (`Ley 21.459`), when it is in the corpus.
    public let supersededByTitle: String?
    /// For a document out of force, what became of it: `replaced by Ley 21.459`, `superseded by the text as of
    /// 1 April 2025`, `consolidated into Código Penal (AR)`.
    public let replacement: String?
    /// The kinds of legal text the document is (empty: undeclared).
    public let kinds: [TextKind]
    public let extent: CorpusManifest.Extent
    /// For an excerpt, the parts it holds.
    public let parts: String?
    /// The source's own statement of what is complete and what is missing.
    public let completeness: String?
    public let source: SourceCitation?
}

/// What the corpus holds for a state, and what it lacks: the texts where the articles not found would be.
public struct CorpusHoldings: Sendable, Hashable, Codable {
    /// In-force documents that are whole texts of their kinds.
    public let whole: [HeldText]
    /// In-force documents that are excerpts.
    public let excerpts: [HeldText]
    /// Kinds of text the corpus holds no whole text of, each with the articles not found that such a text would
    /// hold.
    public let lacking: [LackingText]

    public struct HeldText: Sendable, Hashable, Codable {
        public let document: String
        public let kinds: [TextKind]
        public let parts: String?
    }

    public struct LackingText: Sendable, Hashable, Codable {
        public let kind: TextKind
        public let articles: [String]
    }
}

/// What the state's law in force does with one article.
public enum ArticleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Provisions cover every required element (an optional qualifier the state added does not change this).
    case implemented
    /// Provisions exist but lack required elements that no reservation excuses; `gaps` names them.
    case partial
    /// The corpus holds a whole text where the article would be implemented, and nothing implements it.
    case missing
    /// Implemented as far as a reservation the state made permits (cited).
    case reserved
    /// Implemented with a qualifier a declaration the state made allows (cited).
    case declared
    /// The corpus holds no whole text where the article would be implemented: no finding either way, never a gap.
    case notFoundInCorpus = "not-found-in-corpus"

    public var label: String {
        switch self {
        case .implemented: "Implemented"
        case .partial: "Partial"
        case .missing: "Missing"
        case .reserved: "Reserved"
        case .declared: "Declared"
        case .notFoundInCorpus: "Not found in the corpus"
        }
    }

    /// One character for terminal and compact tables.
    public var symbol: String {
        switch self {
        case .implemented: "●"
        case .partial: "◐"
        case .missing: "○"
        case .reserved: "R"
        case .declared: "D"
        case .notFoundInCorpus: "·"
        }
    }

    /// Counts toward readiness as if implemented: the state's accepted obligations are met.
    public var meetsObligation: Bool { self == .implemented || self == .reserved || self == .declared }

    /// A finding about the law (not a statement about the corpus).
    public var isAssessed: Bool { self != .notFoundInCorpus }
}

public struct ArticleAssessment: Sendable, Hashable, Codable {
    public let article: String
    public let title: String
    public let section: Article.Section
    /// Where the treaty places it: `Chapter II, Section 1, Title 5: Ancillary liability and sanctions`.
    public let division: String
    public let status: ArticleStatus
    /// One or two sentences saying why the status is what it is.
    public let explanation: String
    /// Provisions aligned with the article, best first (full before partial, expert before suggestion, then
    /// confidence, then citation).
    public let evidence: [ProvisionEvidence]
    /// Required elements the provisions lack, and optional qualifiers they add; each with the declaration or
    /// reservation that covers it, or the remedy.
    public let gaps: [ElementGap]
    /// Every declaration and reservation the state made on the article.
    public let reserves: [ReserveCitation]
    /// True when the status rests only on mapper suggestions no expert has reviewed.
    public let suggestedOnly: Bool
    /// True when an expert decision behind the status was made on an older text of the provision.
    public let stale: Bool
    /// True when the sources do not say which declarations and reservations the state made and one could cover a
    /// gap here.
    public let reservesUnknown: Bool
    /// For an article assessed on other articles' provisions (sanctions, safeguards): those articles.
    public let assessedOn: [String]
    /// For a missing article: the whole texts in force that were read and do not implement it.
    public let searched: [String]
    /// For an article not found in the corpus: the kinds of text, none of them held whole, where it would be.
    public let lacking: [TextKind]
    /// For gaps (partial, missing): how other states implemented the article, from provisions whose alignment is
    /// full and confident or expert-confirmed.
    public let draftingExamples: [DraftingExample]
}

/// A provision offered as evidence for an article: how to cite it, the sentences that carry its elements, and
/// the element findings. Its full text is in the analysis's `texts` under `anchor`.
public struct ProvisionEvidence: Sendable, Hashable, Codable {
    /// The document's FRBR expression URI.
    public let document: String
    /// How to cite it: `Ley 21.459 art. 2`, `Código Penal art. 269A (inserted by Ley 1273 art. 1)`.
    public let citation: String
    public let eId: String
    public let num: String?
    public let heading: String?
    public let coverage: Coverage
    public let confidence: Double
    public let origin: Origin
    public let stale: Bool
    public let note: String?
    public let elements: [ElementEvidence]
    /// The statutory sentences that carry the elements found, with their words marked.
    public let quotes: [EvidenceQuote]

    /// Where its full text is on the state page (`p-ley-21-459-art-2`).
    public var anchor: String { ReaderText.anchor(citation) }
}

/// One element finding of a provision (its words are marked in the quotes; its wording is in `ElementWording`).
public struct ElementEvidence: Sendable, Hashable, Codable {
    public let id: String
    public let status: ElementFinding.Status
    /// The citation of the provision that states the element for this one (an order of secrecy made for the
    /// measures of several sections); nil when the provision states it itself.
    public let statedIn: String?

    enum CodingKeys: String, CodingKey {
        case id, status
        case statedIn = "stated_in"
    }
}

/// How reports word an element of an article.
public struct ElementWording: Sendable, Hashable, Codable {
    public let id: String
    /// A phrase for a sentence: `a definition of traffic data`, `without right`.
    public let phrase: String
    public let qualifier: Article.Qualifier
    /// Statutes may leave it to the general part (intent): its absence is no gap.
    public let mayBeImplicit: Bool

    public init(_ element: Article.Element) {
        id = element.id
        phrase = ReaderText.elementPhrase(element)
        qualifier = element.qualifier
        mayBeImplicit = element.implicitOK
    }

    /// What a provision shows, and the required elements it does not show (those the general part may supply
    /// left out), as phrases.
    static func shows(_ elements: [ElementEvidence], wording: [ElementWording]) -> (shows: [String], lacks: [String]) {
        var shows: [String] = [], lacks: [String] = []
        for finding in elements {
            guard let word = wording.first(where: { $0.id == finding.id }) else { continue }
            if finding.status == .present {
                shows.append(finding.statedIn.map { "\(word.phrase) (stated in \($0))" } ?? word.phrase)
            } else if word.qualifier == .required, !word.mayBeImplicit {
                lacks.append(word.phrase)
            }
        }
        return (shows, lacks)
    }
}

/// A sentence of a provision that carries elements of the article, with the elements' words marked.
public struct EvidenceQuote: Sendable, Hashable, Codable {
    /// The sentence as in the statute (shortened with `…` around the marks when very long).
    public let text: String
    /// [start, end) character offsets in `text` of the words that show elements.
    public let marks: [[Int]]
    /// The ids of the elements those words show.
    public let elements: [String]
}

public struct ElementGap: Sendable, Hashable, Codable {
    public let id: String
    public let description: String
    /// The element as a phrase for a sentence.
    public let phrase: String
    public let paragraph: String?
    public let kind: Kind
    /// The clause of the instrument that lets a Party add or omit it (`Art. 40 declaration (Art. 2, second
    /// sentence)`), when there is one.
    public let coveredBy: String?
    /// The declaration or reservation that covers it; nil when it stands.
    public let excusedBy: ReserveCitation?
    /// What would cure it, in a sentence (empty when excused).
    public let remedy: String

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A required element no provision shows.
        case missing
        /// An optional qualifier a provision adds, which the instrument allows with a declaration or reservation.
        case qualifier
    }
}

public struct ReserveCitation: Sendable, Hashable, Codable {
    public let kind: Kind
    public let article: String
    public let paragraph: String?
    public let summary: String
    public let source: SourceCitation
    public let elements: [String]
    public let date: String?
    /// When the statement names a law since repealed: `Ley 19.223, repealed by Ley 21.459`.
    public let citesRepealed: String?

    /// `Declaration under Art. 2`, `Reservation under Art. 6(3)`.
    public var label: String {
        let place = paragraph.map { ArticleCitation.format(article, $0) } ?? "Art. \(article)"
        return (kind == .declaration ? "Declaration under " : "Reservation under ") + place
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case declaration, reservation
    }
}

/// How another state implemented an article, offered to drafters.
public struct DraftingExample: Sendable, Hashable, Codable {
    public let state: String
    public let stateName: String
    public let status: ArticleStatus
    public let provisions: [ProvisionEvidence]
}

/// A provision with no counterpart in the instrument.
public struct ProvisionExcerpt: Sendable, Hashable, Codable {
    public let document: String
    public let citation: String
    public let eId: String
    public let heading: String?
    /// True when the provision creates an offence of its own (not a penalty rule, power or definition).
    public let offence: Bool

    public var anchor: String { ReaderText.anchor(citation) }
}

/// The full text of a provision cited on a state page, kept once per page.
public struct ProvisionText: Sendable, Hashable, Codable {
    public let citation: String
    public let heading: String?
    public let document: String
    public let text: String

    public var anchor: String { ReaderText.anchor(citation) }
}

/// Readiness per instrument section and overall, with the rule that computes it. Every state is scored over
/// the same articles (all the instrument's articles, or all of a section's), so figures compare across states.
public struct Readiness: Sendable, Hashable, Codable {
    public static let rule = """
        Readiness = points / (2 × the articles of the Convention scored), rounded down to a whole percent, over \
        the same articles for every state. An article scores 2 points when the law in the corpus implements it, \
        or implements it within a declaration or reservation the state made; 1 point when it implements it in \
        part; 0 when it is missing, and 0 when it is not found in the corpus. An article not found in the corpus \
        is not a gap: the corpus holds no whole text where it would be implemented, so the figure measures what \
        the corpus shows, and the counts beside it say how much could not be assessed.
        """

    public let rule: String
    public let sections: [SectionReadiness]
    public let overall: SectionReadiness
}

public struct SectionReadiness: Sendable, Hashable, Codable {
    public let section: ReadinessScope
    public let label: String
    /// Articles scored: the same for every state.
    public let articles: Int
    /// Articles with a finding (every status but not found in the corpus).
    public let assessed: Int
    public let implemented: Int
    public let excused: Int
    public let partial: Int
    public let missing: Int
    public let notFound: Int
    /// Twice the score: 2 per met article, 1 per partial (integers keep the figure exact).
    public let points: Int
    /// Nil when the section has no article.
    public let percent: Int?
    /// The figure in words: `9 of 35 articles implemented (2 within a declaration or reservation), 5 partly
    /// implemented, 1 missing; 20 not found in the corpus`.
    public let meaning: String

    init(section: ReadinessScope, label: String, statuses: [ArticleStatus]) {
        self.section = section
        self.label = label
        articles = statuses.count
        implemented = statuses.filter { $0 == .implemented }.count
        excused = statuses.filter { $0 == .reserved || $0 == .declared }.count
        partial = statuses.filter { $0 == .partial }.count
        missing = statuses.filter { $0 == .missing }.count
        notFound = statuses.filter { $0 == .notFoundInCorpus }.count
        assessed = articles - notFound
        points = 2 * (implemented + excused) + partial
        percent = articles == 0 ? nil : points * 100 / (2 * articles)
        meaning = Self.meaning(
            articles: articles, met: implemented + excused, excused: excused, partial: partial, missing: missing,
            notFound: notFound)
    }

    static func meaning(articles: Int, met: Int, excused: Int, partial: Int, missing: Int, notFound: Int) -> String {
        let noun = articles == 1 ? "article" : "articles"
        var text = "\(met) of \(articles) \(noun) implemented"
        if excused > 0 { text += " (\(excused) within a declaration or reservation)" }
        text += ", \(partial) partly implemented, \(missing) missing"
        if notFound > 0 { text += "; \(notFound) not found in the corpus" }
        return text
    }

    /// `73%`, or `–` for an empty section.
    public var display: String { percent.map { "\($0)%" } ?? "–" }
}

/// What a readiness figure is about: one section of the instrument, or every article in scope. Encoded as the
/// section's name or `overall`.
public enum ReadinessScope: Sendable, Hashable, Codable, RawRepresentable {
    case section(Article.Section)
    case overall

    public init?(rawValue: String) {
        if rawValue == "overall" {
            self = .overall
        } else if let section = Article.Section(rawValue: rawValue) {
            self = .section(section)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .section(let section): section.rawValue
        case .overall: "overall"
        }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let scope = ReadinessScope(rawValue: raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown readiness scope '\(raw)'"))
        }
        self = scope
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Article.Section {
    /// For narrow table headers.
    public var shortLabel: String {
        switch self {
        case .definitions: "Def."
        case .substantive: "Substantive law"
        case .procedural: "Procedural law"
        case .jurisdiction: "Jur."
        case .cooperation: "International co-operation"
        case .final: "Final"
        }
    }

    public var label: String {
        switch self {
        case .definitions: "Definitions"
        case .substantive: "Substantive criminal law"
        case .procedural: "Procedural law"
        case .jurisdiction: "Jurisdiction"
        case .cooperation: "International co-operation"
        case .final: "Final provisions"
        }
    }
}

/// How reports cite a paragraph of an article: `Art. 6(3)`, `Art. 27(9)(e)`, `Art. 6(1)(b)`.
public enum ArticleCitation {
    /// `("27", "9(e)")` -> `Art. 27(9)(e)`; `("6", "1(b)")` -> `Art. 6(1)(b)`; `("2", "*")` -> `Art. 2`.
    public static func format(_ article: String, _ paragraph: String) -> String {
        guard paragraph != "*" else { return "Art. \(article)" }
        // Each level in its own parentheses: "9(e)" -> "(9)(e)"; "1" -> "(1)".
        var levels: [String] = []
        var current = ""
        for character in paragraph {
            if character == "(" || character == ")" {
                if !current.isEmpty { levels.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { levels.append(current) }
        return "Art. \(article)" + levels.map { "(\($0))" }.joined()
    }
}
