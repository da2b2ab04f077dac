/// What the mapper says about one document: which instrument articles each provision implements, how fully and
/// why. This is the `lexalign map` JSON shape; field names are stable (reports and other tools read them).
public struct DocumentAlignment: Sendable, Hashable, Codable {
    /// The document's FRBR expression URI.
    public let document: String
    /// The instrument id, e.g. `budapest`.
    public let instrument: String
    public let alignments: [ProvisionAlignment]
    /// Provisions with no counterpart in the instrument (offences beyond it, penalties, commencement...).
    public let unaligned: [ProvisionReference]
    /// Expert decisions that no longer apply as written (the provision's text changed, or it is gone).
    public let staleDecisions: [StaleDecision]

    public init(
        document: String, instrument: String, alignments: [ProvisionAlignment], unaligned: [ProvisionReference],
        staleDecisions: [StaleDecision] = []
    ) {
        self.document = document
        self.instrument = instrument
        self.alignments = alignments
        self.unaligned = unaligned
        self.staleDecisions = staleDecisions
    }

    enum CodingKeys: String, CodingKey {
        case document, instrument, alignments, unaligned
        case staleDecisions = "stale_decisions"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(String.self, forKey: .document),
            instrument: try container.decode(String.self, forKey: .instrument),
            alignments: try container.decode([ProvisionAlignment].self, forKey: .alignments),
            unaligned: try container.decode([ProvisionReference].self, forKey: .unaligned),
            staleDecisions: try container.decodeIfPresent([StaleDecision].self, forKey: .staleDecisions) ?? [])
    }
}

/// The provision side of a pair, enough to cite it.
public struct ProvisionReference: Sendable, Hashable, Codable {
    /// eId of the unit that carries the match.
    public let eId: String
    /// The number of the article or section as printed that contains it: `269A`, `342.1`, `2°`.
    public let num: String?
    /// The law an inserted article belongs to (`Código Penal`), or nil for the document's own provisions.
    public let host: String?
    public let heading: String?

    public init(eId: String, num: String?, host: String?, heading: String?) {
        self.eId = eId
        self.num = num
        self.host = host
        self.heading = heading
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(eId, forKey: .eId)
        try container.encode(num, forKey: .num)
        try container.encode(host, forKey: .host)
        try container.encode(heading, forKey: .heading)
    }
}

/// One (provision, article) pair.
public struct ProvisionAlignment: Sendable, Hashable, Codable {
    public let provision: ProvisionReference
    /// The instrument article number: `"2"`.
    public let article: String
    public let coverage: Coverage
    /// 0-1: how sure the mapper is that the pair holds (1 for expert decisions).
    public let confidence: Double
    public let origin: Origin
    public let elements: [ElementFinding]
    /// An expert's note, for confirmed or added pairs.
    public let note: String?
    /// True when an expert decision was made on a different text of the provision than the current one.
    public let stale: Bool
    /// Ids of the article's required elements the provision lacks (why coverage is partial).
    public let missing: [String]
    /// Ids of optional qualifiers the provision adds (they need the matching declaration or reservation).
    public let qualifiers: [String]
    /// Ids of required elements the provision has only in a narrower form (an object limited to the State's
    /// or banks' systems): with `missing`, why coverage is partial.
    public let narrower: [String]

    public init(
        provision: ProvisionReference, article: String, coverage: Coverage, confidence: Double, origin: Origin,
        elements: [ElementFinding], note: String? = nil, stale: Bool = false, missing: [String] = [],
        qualifiers: [String] = [], narrower: [String] = []
    ) {
        self.provision = provision
        self.article = article
        self.coverage = coverage
        self.confidence = confidence
        self.origin = origin
        self.elements = elements
        self.note = note
        self.stale = stale
        self.missing = missing
        self.qualifiers = qualifiers
        self.narrower = narrower
    }

    enum CodingKeys: String, CodingKey {
        case provision, article, coverage, confidence, origin, elements, note, stale, missing, qualifiers, narrower
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            provision: try container.decode(ProvisionReference.self, forKey: .provision),
            article: try container.decode(String.self, forKey: .article),
            coverage: try container.decode(Coverage.self, forKey: .coverage),
            confidence: try container.decode(Double.self, forKey: .confidence),
            origin: try container.decode(Origin.self, forKey: .origin),
            elements: try container.decode([ElementFinding].self, forKey: .elements),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            stale: try container.decodeIfPresent(Bool.self, forKey: .stale) ?? false,
            missing: try container.decodeIfPresent([String].self, forKey: .missing) ?? [],
            qualifiers: try container.decodeIfPresent([String].self, forKey: .qualifiers) ?? [],
            narrower: try container.decodeIfPresent([String].self, forKey: .narrower) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(provision, forKey: .provision)
        try container.encode(article, forKey: .article)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(origin, forKey: .origin)
        try container.encode(elements, forKey: .elements)
        try container.encode(note, forKey: .note)
        try container.encode(stale, forKey: .stale)
        try container.encode(missing, forKey: .missing)
        try container.encode(qualifiers, forKey: .qualifiers)
        try container.encode(narrower, forKey: .narrower)
    }

    /// Required elements the provision lacks: what makes coverage partial.
    public func missingElements(in article: Article) -> [Article.Element] {
        let absent = Set(elements.filter { $0.status == .absent }.map(\.id))
        return article.requiredElements.filter { absent.contains($0.id) }
    }
}

public enum Coverage: String, Sendable, Hashable, Codable, CaseIterable {
    case full, partial
}

public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
    /// Proposed by the mapper, not yet reviewed.
    case suggested
    /// An expert confirmed a suggestion.
    case confirmed
    /// An expert added a pair the mapper did not propose.
    case added
}

/// Whether one legal element of the article is in the provision, with the words that show it.
public struct ElementFinding: Sendable, Hashable, Codable {
    public let id: String
    public let status: Status
    /// Spans of the provision's own text; empty when the element is stated in another provision (`statedIn`).
    public let evidence: [Evidence]
    /// The provision that states the element for this one (an order of secrecy for measures made under several
    /// sections); nil when the provision states it itself.
    public let statedIn: ProvisionReference?

    public init(id: String, status: Status, evidence: [Evidence], statedIn: ProvisionReference? = nil) {
        self.id = id
        self.status = status
        self.evidence = evidence
        self.statedIn = statedIn
    }

    enum CodingKeys: String, CodingKey {
        case id, status, evidence
        case statedIn = "stated_in"
    }

    public enum Status: String, Sendable, Hashable, Codable {
        case present, absent
    }
}

/// A span of the provision's text (`Provision.text`) that shows an element: the matched words and their
/// character offsets, so a reader can find them.
public struct Evidence: Sendable, Hashable, Codable {
    public let text: String
    /// Offset of the first character in the provision text, counted in Swift `Character`s (grapheme clusters).
    public let start: Int
    /// Offset one past the last character.
    public let end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
