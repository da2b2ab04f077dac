import AkomaNtoso
import Alignment

/// Everything a report is computed from, already loaded and mapped: the instrument, its text, and each state's
/// documents with their alignments. Reports are pure functions of this value (the CLI does the reading).
public struct ReportInput: Sendable {
    public let instrument: Instrument
    /// The instrument's own text per article number (from its AKN expression in `Corpus/instruments/`), so reports
    /// can quote it beside the national text. Missing articles are shown without text.
    public let articleTexts: [String: String]
    public let states: [StateCorpus]
    /// Comparisons asked for in `Mappings/corpus.yaml`, besides the automatic repealed-vs-successor ones.
    public let comparisons: [ComparisonRequest]
    /// Laws `Mappings/corpus.yaml` records as repealed or superseded (in the corpus or not): a declaration or
    /// reservation that cites one of them is flagged.
    public let repealed: [CorpusManifest.Entry]
    /// The articles reports assess, in the instrument's order.
    public let articlesInScope: [Article]

    public init(
        instrument: Instrument, articleTexts: [String: String], states: [StateCorpus],
        comparisons: [ComparisonRequest] = [], repealed: [CorpusManifest.Entry] = []
    ) {
        self.instrument = instrument
        self.articleTexts = articleTexts
        self.states = states.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
        self.comparisons = comparisons
        self.repealed = repealed
        articlesInScope = instrument.articles.sorted { ArticleNumber.precedes($0.number, $1.number) }
    }

    public func state(_ code: String) -> StateCorpus? {
        states.first { $0.code == code }
    }
}

/// One state's legislation in the corpus: every document of its country, in force or not.
public struct StateCorpus: Sendable {
    /// ISO 3166-1 alpha-2, lower case.
    public let code: String
    public let name: String
    /// The state's relation to the instrument, with the declarations and reservations that excuse gaps.
    public let party: PartyStatus?
    public let documents: [CorpusDocument]

    public init(code: String, name: String, party: PartyStatus?, documents: [CorpusDocument]) {
        self.code = code
        self.name = name
        self.party = party
        self.documents = documents.sorted { $0.uri < $1.uri }
    }

    /// The name as a sentence uses it: `the Philippines` (the party file's `name_in_text`), else the short name.
    public var nameInText: String { party?.nameInText ?? name }

    /// The documents a gap analysis reads: repealed or superseded ones only serve version comparisons.
    public var inForce: [CorpusDocument] { documents.filter(\.inForce) }

    /// The document with that expression URI, else the in-force expression of that work.
    public func document(_ uri: String) -> CorpusDocument? {
        documents.first { $0.uri == uri }
            ?? documents.filter { $0.workURI == uri }.sorted { ($0.inForce ? 0 : 1, $0.uri) < ($1.inForce ? 0 : 1, $1.uri) }.first
    }
}

/// A national document of the corpus with its provisions and the mapper's alignment of them.
public struct CorpusDocument: Sendable {
    /// FRBR expression URI (what `DocumentAlignment.document` holds).
    public let uri: String
    /// FRBR work URI, the key `Mappings/corpus.yaml` uses.
    public let workURI: String
    /// How reports cite the document: `Ley 21.459`.
    public let shortTitle: String
    public let title: String
    /// The work's date (enactment or publication).
    public let date: String
    /// The date of this text version (the expression's date): the consolidation a reader is shown.
    public let versionDate: String
    /// False when `Mappings/corpus.yaml` marks the document repealed or superseded.
    public let inForce: Bool
    /// The work or expression URI of the document that replaced it, if any.
    public let supersededBy: String?
    /// True for an amending act consolidated into the law it amends: out of the analysis, not compared.
    public let consolidated: Bool
    /// The kinds of legal text it is (`Mappings/corpus.yaml`); empty when undeclared.
    public let kinds: [TextKind]
    /// Whole text of its kinds, or an excerpt.
    public let extent: CorpusManifest.Extent
    /// For an excerpt, the parts it holds.
    public let parts: String?
    /// The source's completeness statement (what is missing, what was repaired), from the AKN metadata.
    public let completeness: String?
    /// Where the text was taken from, from the AKN metadata.
    public let source: String?
    /// The name of the source text the importer read, when recorded (what gold tables are named after).
    public let sourceFile: String?
    public let provisions: [Provision]
    public let alignment: DocumentAlignment
    /// eIds of provisions that create an offence.
    public let offences: Set<String>
    /// For articles assessed on other articles' provisions (`Article.assessedOn`): eId -> article -> the
    /// article's element findings on that provision.
    public let derivedFindings: [String: [String: [ElementFinding]]]
    private let index: [String: Int]

    public init(
        uri: String, workURI: String, shortTitle: String, title: String, date: String, versionDate: String? = nil,
        inForce: Bool, supersededBy: String?, consolidated: Bool = false, kinds: [TextKind] = [],
        extent: CorpusManifest.Extent = .excerpt, parts: String? = nil, completeness: String? = nil,
        source: String? = nil, sourceFile: String? = nil, provisions: [Provision], alignment: DocumentAlignment,
        offences: Set<String> = [],
        derivedFindings: [String: [String: [ElementFinding]]] = [:]
    ) {
        self.uri = uri
        self.workURI = workURI
        self.shortTitle = shortTitle
        self.title = title
        self.date = date
        self.versionDate = versionDate ?? uri.range(of: "@").map { String(uri[$0.upperBound...].prefix(10)) } ?? date
        self.inForce = inForce
        self.supersededBy = supersededBy
        self.consolidated = consolidated
        self.kinds = kinds
        self.extent = extent
        self.parts = parts
        self.completeness = completeness
        self.source = source
        self.sourceFile = sourceFile
        self.provisions = provisions
        self.alignment = alignment
        self.offences = offences
        self.derivedFindings = derivedFindings
        var index: [String: Int] = [:]
        for (position, provision) in provisions.enumerated() where index[provision.eId] == nil {
            index[provision.eId] = position
        }
        self.index = index
    }

    public func provision(_ eId: String) -> Provision? {
        index[eId].map { provisions[$0] }
    }

    /// The same document with another alignment (an evaluation feeding expert decisions, for instance).
    public func with(alignment: DocumentAlignment, derivedFindings: [String: [String: [ElementFinding]]]) -> CorpusDocument {
        CorpusDocument(
            uri: uri, workURI: workURI, shortTitle: shortTitle, title: title, date: date, versionDate: versionDate,
            inForce: inForce, supersededBy: supersededBy, consolidated: consolidated, kinds: kinds, extent: extent,
            parts: parts, completeness: completeness, source: source, sourceFile: sourceFile, provisions: provisions,
            alignment: alignment,
            offences: offences, derivedFindings: derivedFindings)
    }

    /// True when the document is the whole text of a kind of law: what lets an absence be called missing.
    public func isWhole(_ kind: TextKind) -> Bool {
        extent == .whole && kinds.contains(kind)
    }
}

/// A comparison asked for by name: two documents (work URIs) or two states (`state:cl`).
public struct ComparisonRequest: Sendable, Hashable, Codable {
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// Orders article numbers as printed: `2` < `9` < `10` < `10bis`.
public enum ArticleNumber {
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let (leftNumber, leftRest) = split(lhs)
        let (rightNumber, rightRest) = split(rhs)
        if leftNumber != rightNumber { return leftNumber < rightNumber }
        return leftRest < rightRest
    }

    private static func split(_ number: String) -> (Int, String) {
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        return (Int(digits) ?? Int.max, String(number.dropFirst(digits.count)))
    }
}
