import Foundation
import Alignment

/// The systematization table: one row per state, one column per article in scope.
public struct Matrix: Sendable, Hashable, Codable {
    public let instrument: String
    public let articles: [Column]
    public let rows: [Row]

    public struct Column: Sendable, Hashable, Codable {
        public let article: String
        public let title: String
        public let section: Article.Section
        /// `Chapter II, Section 1, Title 1: Offences against ...`.
        public let division: String
    }

    public struct Row: Sendable, Hashable, Codable {
        public let state: String
        public let stateName: String
        /// Overall readiness (percent of points over the same articles for every state).
        public let readiness: Int?
        /// Readiness per section, in the columns' section order.
        public let sections: [SectionFigure]
        public let cells: [Cell]
    }

    public struct SectionFigure: Sendable, Hashable, Codable {
        public let section: Article.Section
        public let readiness: Int?
    }

    public struct Cell: Sendable, Hashable, Codable {
        public let article: String
        public let status: ArticleStatus
        /// Citations of the best-coverage provisions.
        public let provisions: [String]
    }

    public init(instrument: Instrument, analyses: [GapAnalysis]) {
        self.instrument = instrument.id
        let articles = instrument.articles.sorted { ArticleNumber.precedes($0.number, $1.number) }
        let divisions = Dictionary(
            analyses.first?.articles.map { ($0.article, $0.division) } ?? [], uniquingKeysWith: { first, _ in first })
        self.articles = articles.map {
            Column(article: $0.number, title: $0.title, section: $0.section, division: divisions[$0.number] ?? $0.section.label)
        }
        rows = analyses.sorted { ($0.stateName, $0.state) < ($1.stateName, $1.state) }.map { analysis in
            Row(
                state: analysis.state, stateName: analysis.stateName, readiness: analysis.readiness.overall.percent,
                sections: analysis.readiness.sections.compactMap { figure in
                    guard case .section(let section) = figure.section else { return nil }
                    return SectionFigure(section: section, readiness: figure.percent)
                },
                cells: articles.map { article in
                    let assessment = analysis.article(article.number)
                    let best = assessment?.evidence.first?.coverage
                    return Cell(
                        article: article.number, status: assessment?.status ?? .notFoundInCorpus,
                        provisions: (assessment?.evidence.filter { $0.coverage == best }.map(\.citation) ?? []).uniqued)
                })
        }
    }
}

/// One article across all states, side by side.
public struct ArticleComparison: Sendable, Hashable, Codable {
    public let article: String
    public let title: String
    public let section: Article.Section
    public let division: String
    public let articleText: String?
    public let states: [StateEntry]
    /// How the article's elements are worded.
    public let elements: [ElementWording]

    public struct StateEntry: Sendable, Hashable, Codable {
        public let state: String
        public let stateName: String
        public let status: ArticleStatus
        public let explanation: String
        public let evidence: [ProvisionEvidence]
        public let gaps: [ElementGap]
        public let reserves: [ReserveCitation]
    }

    public init(article: Article, articleText: String?, analyses: [GapAnalysis]) {
        self.article = article.number
        title = article.title
        section = article.section
        self.articleText = articleText
        var division = article.section.label
        states = analyses.sorted { ($0.stateName, $0.state) < ($1.stateName, $1.state) }.compactMap { analysis in
            analysis.article(article.number).map { assessment in
                division = assessment.division
                return StateEntry(
                    state: analysis.state, stateName: analysis.stateName, status: assessment.status,
                    explanation: assessment.explanation, evidence: assessment.evidence, gaps: assessment.gaps,
                    reserves: assessment.reserves)
            }
        }
        self.division = division
        elements = article.elements.map(ElementWording.init)
    }
}

/// Two versions of a law, or two states' laws, article by article: the status each side's law reaches under the
/// same rules as the state pages, how it changed, and (for versions) a word diff of the provisions involved.
public struct VersionComparison: Sendable, Hashable, Codable {
    /// File-name-safe identifier: `cl-ley-19-223-vs-cl-ley-21-459`.
    public let id: String
    public let kind: Kind
    public let from: Side
    public let to: Side
    public let articles: [ArticleChange]
    /// Counts per change kind of this comparison's kind (zero included).
    public let summary: [Change: Int]

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Two texts of one state's law (a repealed law and its successor, two consolidations).
        case versions
        /// Two states' laws in force.
        case states
    }

    public struct Side: Sendable, Hashable, Codable {
        /// `Ley 21.459, text as of 1 April 2025`, `Chile (law in force in the corpus)`.
        public let label: String
        /// The state's name, for sentences (`covered by Chile only`).
        public let stateName: String
        /// The date of the text version for a document side; nil for a state's law in force.
        public let date: String?
        public let documents: [String]
    }

    /// How one article moved between the two sides.
    public enum Change: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
        /// Versions: nothing implemented it before, something does after.
        case newlyCovered = "newly-covered"
        /// Versions: partly implemented before, implemented after.
        case improved
        /// Versions: implemented before, partly after.
        case weakened
        /// Versions: implemented (in whole or part) before, nothing after.
        case noLongerCovered = "no-longer-covered"
        /// Versions: the same status on both sides.
        case unchanged
        /// States: both laws implement it (in whole or part).
        case coveredByBoth = "covered-by-both"
        /// States: only the first state's law implements it.
        case onlyFrom = "only-from"
        /// States: only the second state's law implements it.
        case onlyTo = "only-to"

        public static func cases(of kind: Kind) -> [Change] {
            switch kind {
            case .versions: [.newlyCovered, .improved, .weakened, .noLongerCovered, .unchanged]
            case .states: [.coveredByBoth, .onlyFrom, .onlyTo]
            }
        }

        /// `covered by Chile only`, `newly covered`.
        public func label(from: Side, to: Side) -> String {
            switch self {
            case .newlyCovered: "newly covered"
            case .improved: "improved"
            case .weakened: "weakened"
            case .noLongerCovered: "no longer covered"
            case .unchanged: "unchanged"
            case .coveredByBoth: "covered by both"
            case .onlyFrom: "covered by \(from.stateName) only"
            case .onlyTo: "covered by \(to.stateName) only"
            }
        }
    }

    public struct ArticleChange: Sendable, Hashable, Codable {
        public let article: String
        public let title: String
        public let fromStatus: ArticleStatus
        public let toStatus: ArticleStatus
        public let change: Change
        public let fromProvisions: [String]
        public let toProvisions: [String]
        /// Word diff from the `from` provisions' text to the `to` provisions' text (versions only).
        public let diff: [TextDiff.Segment]
    }
}

/// Builds version and state comparisons from the documents of the input.
public struct VersionComparer: Sendable {
    public let input: ReportInput

    public init(input: ReportInput) {
        self.input = input
    }

    /// Each repealed document against its successor, then the comparisons `Mappings/corpus.yaml` asks for.
    /// Requests naming something absent from the corpus are skipped (and returned in `unresolved`).
    public func all() -> (comparisons: [VersionComparison], unresolved: [ComparisonRequest]) {
        var requests: [ComparisonRequest] = []
        for state in input.states {
            for document in state.documents {
                if let successor = document.supersededBy, !document.consolidated {
                    requests.append(ComparisonRequest(from: document.uri, to: successor))
                }
            }
        }
        requests += input.comparisons
        var comparisons: [VersionComparison] = []
        var unresolved: [ComparisonRequest] = []
        for request in requests {
            guard let comparison = compare(request) else {
                unresolved.append(request)
                continue
            }
            if !comparisons.contains(where: { $0.id == comparison.id }) { comparisons.append(comparison) }
        }
        return (comparisons.sorted { $0.id < $1.id }, unresolved)
    }

    public func compare(_ request: ComparisonRequest) -> VersionComparison? {
        guard var from = side(request.from), var to = side(request.to) else { return nil }
        if from.id == to.id {  // two expressions of one law: tell them apart by date
            from.id += "-" + FileName.slug(from.side.date ?? "")
            to.id += "-" + FileName.slug(to.side.date ?? "")
        }
        let kind: VersionComparison.Kind = from.state.code == to.state.code ? .versions : .states
        let analyzer = GapAnalyzer(input: input)
        let before = analyzer.assess(from.state, documents: from.documents)
        let after = analyzer.assess(to.state, documents: to.documents)
        let articles = zip(before, after).compactMap { old, new -> VersionComparison.ArticleChange? in
            let was = Self.covered(old), now = Self.covered(new)
            if !was && !now { return nil }
            let change: VersionComparison.Change
            switch kind {
            case .states:
                change = was && now ? .coveredByBoth : (was ? .onlyFrom : .onlyTo)
            case .versions:
                if !was { change = .newlyCovered }
                else if !now { change = .noLongerCovered }
                else if Self.rank(new.status) > Self.rank(old.status) { change = .improved }
                else if Self.rank(new.status) < Self.rank(old.status) { change = .weakened }
                else { change = .unchanged }
            }
            let oldBest = Self.best(old), newBest = Self.best(new)
            return VersionComparison.ArticleChange(
                article: old.article, title: old.title, fromStatus: old.status, toStatus: new.status, change: change,
                fromProvisions: oldBest.map(\.citation).uniqued, toProvisions: newBest.map(\.citation).uniqued,
                diff: kind == .states ? [] : TextDiff.words(
                    from: Self.text(oldBest, in: from.documents), to: Self.text(newBest, in: to.documents)))
        }
        var summary: [VersionComparison.Change: Int] = [:]
        for change in VersionComparison.Change.cases(of: kind) {
            summary[change] = articles.filter { $0.change == change }.count
        }
        return VersionComparison(
            id: "\(from.id)-vs-\(to.id)", kind: kind, from: from.side, to: to.side, articles: articles, summary: summary)
    }

    /// Implemented in whole or part by some provision (a derived article counts when its basis shows it).
    static func covered(_ assessment: ArticleAssessment) -> Bool {
        !assessment.evidence.isEmpty && assessment.status != .notFoundInCorpus && assessment.status != .missing
    }

    static func rank(_ status: ArticleStatus) -> Int {
        switch status {
        case .implemented, .declared, .reserved: 2
        case .partial: 1
        case .missing, .notFoundInCorpus: 0
        }
    }

    /// The evidence of the best coverage.
    static func best(_ assessment: ArticleAssessment) -> [ProvisionEvidence] {
        guard let first = assessment.evidence.first else { return [] }
        return assessment.evidence.filter { $0.coverage == first.coverage }
    }

    static func text(_ evidence: [ProvisionEvidence], in documents: [CorpusDocument]) -> String {
        var seen = Set<String>()
        return evidence.compactMap { item -> String? in
            guard seen.insert(item.document + "#" + item.eId).inserted else { return nil }
            return documents.first { $0.uri == item.document }?.provision(item.eId)?.text
        }.joined(separator: "\n")
    }

    private struct ResolvedSide {
        var id: String
        var side: VersionComparison.Side
        let state: StateCorpus
        let documents: [CorpusDocument]
    }

    /// `state:cl` is the state's law in force; anything else names a document by work or expression URI.
    private func side(_ key: String) -> ResolvedSide? {
        if key.hasPrefix("state:") {
            let code = String(key.dropFirst("state:".count))
            guard let state = input.state(code), !state.inForce.isEmpty else { return nil }
            return ResolvedSide(
                id: code,
                side: .init(label: "\(state.name) (law in force in the corpus)", stateName: state.name, date: nil,
                    documents: state.inForce.map(\.uri)),
                state: state, documents: state.inForce)
        }
        for state in input.states {
            if let document = state.document(key) {
                let version = document.versionDate == document.date
                    ? "as enacted, \(ReaderText.date(document.date))" : "text as of \(ReaderText.date(document.versionDate))"
                return ResolvedSide(
                    id: "\(state.code)-\(FileName.slug(document.shortTitle))",
                    side: .init(label: "\(document.shortTitle), \(version)", stateName: state.name,
                        date: document.versionDate, documents: [document.uri]),
                    state: state, documents: [document])
            }
        }
        return nil
    }
}

enum FileName {
    /// Lower-case ASCII letters, digits and dashes: `Ley 21.459` -> `ley-21-459`.
    static func slug(_ text: String) -> String {
        // Accented letters lose their accents (decomposed first). Each non-ASCII scalar is decomposed on its own:
        // the text's decomposition is theirs laid end to end, but for the order of combining marks, which are
        // dropped or each make a dash; ASCII needs no decomposition (decomposing whole texts was a third of a
        // state page's contexts).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII, let byte = UInt8(exactly: scalar.value), ASCIIByte.isDigit(byte) || ASCIIByte.isLetter(byte) {
                bytes.append(ASCIIByte.isUpper(byte) ? byte + 0x20 : byte)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                return
            } else if let last = bytes.last, last != 0x2D {
                bytes.append(0x2D)
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                add(scalar)
            } else {
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars { add(part) }
            }
        }
        while bytes.last == 0x2D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
