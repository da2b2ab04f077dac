import Alignment

/// One state's accession-readiness assessment against an instrument: a status per article in scope with the
/// evidence behind it, readiness per section, provisions with no counterpart, and drafting examples for each gap.
///
/// Encoded as JSON with the field names below (snake_case, sorted keys): `states/<cc>.json` and `report.json`.
public struct GapAnalysis: Sendable, Hashable, Codable {
    public let state: String
    public let stateName: String
    public let instrument: String
    public let instrumentTitle: String
    /// The state's relation to the instrument; nil when `Mappings/parties` has no entry.
    public let partyStatus: PartyStatus.Status?
    public let documents: [DocumentSummary]
    public let articles: [ArticleAssessment]
    public let readiness: Readiness
    /// In-force provisions the mapper found no counterpart for (offences beyond the instrument, penalties...).
    public let unaligned: [ProvisionExcerpt]

    public func article(_ number: String) -> ArticleAssessment? {
        articles.first { $0.article == number }
    }
}

public struct DocumentSummary: Sendable, Hashable, Codable {
    public let uri: String
    public let title: String
    public let shortTitle: String
    public let date: String
    /// The date of this text version (the expression URI's `@date`), when it has one.
    public let versionDate: String?
    public let inForce: Bool
    public let supersededBy: String?
    /// True for an amending act whose text is consolidated into `superseded_by`.
    public let consolidated: Bool
    /// How the successor is cited (`Ley 21.459`), when it is in the corpus.
    public let supersededByTitle: String?
    /// Instrument sections the document could implement (declared or inferred, see `CorpusManifest`).
    public let scope: [Article.Section]
}

/// What the state's law in force does with one article.
public enum ArticleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// A provision covers every required element and adds no undeclared qualifier.
    case implemented
    /// Provisions exist but miss required elements, or narrow the offence with a qualifier the state has not
    /// declared; `missing_elements` names them.
    case partial
    /// The corpus holds text of the article's section but nothing implements it.
    case missing
    /// The gaps are covered by a reservation the state made (cited).
    case reserved
    /// The gaps are covered by a declaration the state made (cited).
    case declared
    /// The corpus holds no text that could contain it (e.g. no procedural code): not a finding either way.
    case notAssessed = "not-assessed"

    public var label: String {
        switch self {
        case .implemented: "Implemented"
        case .partial: "Partial"
        case .missing: "Missing"
        case .reserved: "Reserved"
        case .declared: "Declared"
        case .notAssessed: "Not assessed"
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
        case .notAssessed: "·"
        }
    }

    /// Counts toward readiness as if implemented: the state's accepted obligations are met.
    public var meetsObligation: Bool { self == .implemented || self == .reserved || self == .declared }
}

public struct ArticleAssessment: Sendable, Hashable, Codable {
    public let article: String
    public let title: String
    public let section: Article.Section
    public let status: ArticleStatus
    /// One sentence saying why the status is what it is.
    public let explanation: String
    /// The instrument's text of the article, when the corpus has it.
    public let articleText: String?
    /// Provisions aligned with the article, best first (full before partial, then confidence, then citation).
    public let evidence: [ProvisionEvidence]
    /// Required elements no provision shows, and optional qualifiers a provision adds; each with the
    /// declaration or reservation that excuses it, if one does.
    public let gaps: [ElementGap]
    /// Every declaration and reservation the state made on the article.
    public let reserves: [ReserveCitation]
    /// True when the status rests only on mapper suggestions no expert has reviewed.
    public let suggestedOnly: Bool
    /// True when an expert decision behind the status was made on an older text of the provision.
    public let stale: Bool
    /// For gaps (partial, missing): how other states implemented the article, best coverage first.
    public let draftingExamples: [DraftingExample]
}

/// A provision offered as evidence for an article, with its text and the element findings.
public struct ProvisionEvidence: Sendable, Hashable, Codable {
    public let document: String
    /// How to cite it: `Ley 21.459 art. 2`, `CP art. 269A (inserted by Ley 1273 art. 1)`.
    public let citation: String
    public let eId: String
    public let num: String?
    public let heading: String?
    /// The statutory text, exactly as in the corpus (empty if the provision is no longer in the document).
    public let text: String
    public let coverage: Coverage
    public let confidence: Double
    public let origin: Origin
    public let stale: Bool
    public let note: String?
    public let elements: [ElementEvidence]
}

public struct ElementEvidence: Sendable, Hashable, Codable {
    public let id: String
    public let description: String
    public let qualifier: Article.Qualifier
    public let status: ElementFinding.Status
    /// The words of the provision that show it.
    public let evidence: [String]
    /// Where those words are in the provision's `text`: [start, end) in Characters, as the mapper gave them.
    public let spans: [[Int]]
}

public struct ElementGap: Sendable, Hashable, Codable {
    public let id: String
    public let description: String
    public let paragraph: String?
    public let kind: Kind
    /// The declaration or reservation that covers it; nil when the gap stands.
    public let excusedBy: ReserveCitation?

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A required element no provision shows.
        case missing
        /// An optional qualifier a provision adds, which the instrument allows only with a declaration or
        /// reservation.
        case qualifier
    }
}

public struct ReserveCitation: Sendable, Hashable, Codable {
    public let kind: Kind
    public let article: String
    public let paragraph: String?
    public let summary: String
    public let source: String
    public let elements: [String]

    /// `Declaration on Art. 2`, `Reservation on Art. 6(3)`.
    public var label: String {
        let where_ = paragraph.map { "Art. \(article)(\($0))" } ?? "Art. \(article)"
        return (kind == .declaration ? "Declaration on " : "Reservation on ") + where_
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case declaration, reservation
    }
}

/// How another state implemented an article, offered next to the instrument's text when drafting.
public struct DraftingExample: Sendable, Hashable, Codable {
    public let state: String
    public let stateName: String
    public let status: ArticleStatus
    public let provisions: [ProvisionEvidence]
}

public struct ProvisionExcerpt: Sendable, Hashable, Codable {
    public let document: String
    public let citation: String
    public let eId: String
    public let heading: String?
    public let text: String
    /// True when the provision creates an offence: a national offence with no counterpart in the instrument.
    public let offence: Bool
}

/// Readiness per instrument section and overall, with the rule that computes it.
public struct Readiness: Sendable, Hashable, Codable {
    public static let rule = """
        Readiness = points / (2 × assessed articles), rounded down to a whole percent. An article scores 2 points \
        when implemented, or when its gaps are covered by a declaration or reservation the state made; 1 point when \
        partial; 0 when missing. Articles not assessed (the corpus holds no text of their section for the state) are \
        left out of the figure and counted separately. Overall readiness applies the same rule to every article in \
        scope.
        """

    public let rule: String
    public let sections: [SectionReadiness]
    public let overall: SectionReadiness
}

public struct SectionReadiness: Sendable, Hashable, Codable {
    public let section: ReadinessScope
    public let label: String
    public let articles: Int
    public let assessed: Int
    public let implemented: Int
    public let excused: Int
    public let partial: Int
    public let missing: Int
    public let notAssessed: Int
    /// Twice the score: 2 per met article, 1 per partial (integers keep the figure exact).
    public let points: Int
    /// Nil when nothing in the section was assessed.
    public let percent: Int?

    init(section: ReadinessScope, label: String, statuses: [ArticleStatus]) {
        self.section = section
        self.label = label
        articles = statuses.count
        implemented = statuses.filter { $0 == .implemented }.count
        excused = statuses.filter { $0 == .reserved || $0 == .declared }.count
        partial = statuses.filter { $0 == .partial }.count
        missing = statuses.filter { $0 == .missing }.count
        notAssessed = statuses.filter { $0 == .notAssessed }.count
        assessed = articles - notAssessed
        points = 2 * (implemented + excused) + partial
        percent = assessed == 0 ? nil : points * 100 / (2 * assessed)
    }

    /// `73%` or `not assessed`.
    public var display: String { percent.map { "\($0)%" } ?? "not assessed" }

    /// `83% (3/6)` when only some articles of the section could be assessed.
    public var displayWithShare: String {
        guard let percent else { return "not assessed" }
        return assessed < articles ? "\(percent)% (\(assessed)/\(articles))" : "\(percent)%"
    }
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
        case .general: "General"
        }
    }

    public var label: String {
        switch self {
        case .definitions: "Definitions"
        case .substantive: "Substantive criminal law"
        case .procedural: "Procedural law"
        case .jurisdiction: "Jurisdiction"
        case .cooperation: "International co-operation"
        case .general: "General provisions"
        }
    }
}
