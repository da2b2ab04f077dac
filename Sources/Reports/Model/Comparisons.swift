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
    }

    public struct Row: Sendable, Hashable, Codable {
        public let state: String
        public let stateName: String
        public let readiness: Int?
        public let cells: [Cell]
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
        self.articles = articles.map { Column(article: $0.number, title: $0.title, section: $0.section) }
        rows = analyses.sorted { ($0.stateName, $0.state) < ($1.stateName, $1.state) }.map { analysis in
            Row(
                state: analysis.state, stateName: analysis.stateName, readiness: analysis.readiness.overall.percent,
                cells: articles.map { article in
                    let assessment = analysis.article(article.number)
                    let best = assessment?.evidence.first?.coverage
                    return Cell(
                        article: article.number, status: assessment?.status ?? .notAssessed,
                        provisions: assessment?.evidence.filter { $0.coverage == best }.map(\.citation) ?? [])
                })
        }
    }
}

/// One article across all states, side by side.
public struct ArticleComparison: Sendable, Hashable, Codable {
    public let article: String
    public let title: String
    public let section: Article.Section
    public let articleText: String?
    public let states: [StateEntry]

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
        states = analyses.sorted { ($0.stateName, $0.state) < ($1.stateName, $1.state) }.compactMap { analysis in
            analysis.article(article.number).map { assessment in
                StateEntry(
                    state: analysis.state, stateName: analysis.stateName, status: assessment.status,
                    explanation: assessment.explanation, evidence: assessment.evidence, gaps: assessment.gaps,
                    reserves: assessment.reserves)
            }
        }
    }
}

/// Two versions of a law (or two states' laws) in coverage terms, with a word diff of the provisions involved.
public struct VersionComparison: Sendable, Hashable, Codable {
    /// File-name-safe identifier: `cl-19223-vs-cl-21459`.
    public let id: String
    public let from: Side
    public let to: Side
    public let articles: [ArticleChange]
    /// Counts per change kind (every kind, zero included).
    public let summary: [Change: Int]

    public struct Side: Sendable, Hashable, Codable {
        public let label: String
        public let documents: [String]
    }

    /// How coverage of one article moved between the two sides.
    public enum Change: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
        /// Nothing before, something after.
        case becameCovered = "became-covered"
        /// Partial before, full after.
        case improved
        /// Full before, partial after.
        case weakened
        /// Something before, nothing after.
        case lost
        case unchanged
    }

    /// How well one side covers an article: the coverage of its best provisions, or none.
    public enum SideCoverage: String, Sendable, Hashable, Codable, CaseIterable {
        case full, partial, none

        init(_ coverage: Coverage?) {
            switch coverage {
            case .full: self = .full
            case .partial: self = .partial
            case nil: self = .none
            }
        }
    }

    public struct ArticleChange: Sendable, Hashable, Codable {
        public let article: String
        public let title: String
        public let fromCoverage: SideCoverage
        public let toCoverage: SideCoverage
        public let change: Change
        public let fromProvisions: [String]
        public let toProvisions: [String]
        /// Word diff from the `from` provisions' text to the `to` provisions' text.
        public let diff: [TextDiff.Segment]
    }
}

/// Builds version comparisons from documents of the input.
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
            if let comparison = compare(request), !comparisons.contains(where: { $0.id == comparison.id }) {
                comparisons.append(comparison)
            } else if compare(request) == nil {
                unresolved.append(request)
            }
        }
        return (comparisons.sorted { $0.id < $1.id }, unresolved)
    }

    public func compare(_ request: ComparisonRequest) -> VersionComparison? {
        guard var from = side(request.from), var to = side(request.to) else { return nil }
        if from.id == to.id {  // two expressions of one law: tell them apart by date
            from.id += "-" + FileName.slug(from.date)
            to.id += "-" + FileName.slug(to.date)
            from.side = .init(label: from.side.label + " as of " + from.date, documents: from.side.documents)
            to.side = .init(label: to.side.label + " as of " + to.date, documents: to.side.documents)
        }
        let articles = input.articlesInScope.compactMap { article -> VersionComparison.ArticleChange? in
            let before = best(article, in: from.documents), after = best(article, in: to.documents)
            if before.coverage == .none && after.coverage == .none { return nil }
            let change: VersionComparison.Change =
                switch (before.coverage, after.coverage) {
                case (.none, _): .becameCovered
                case (_, .none): .lost
                case (.partial, .full): .improved
                case (.full, .partial): .weakened
                default: .unchanged
                }
            return VersionComparison.ArticleChange(
                article: article.number, title: article.title, fromCoverage: before.coverage,
                toCoverage: after.coverage, change: change, fromProvisions: before.evidence.map(\.citation),
                toProvisions: after.evidence.map(\.citation),
                diff: TextDiff.words(
                    from: before.evidence.map(\.text).joined(separator: "\n"),
                    to: after.evidence.map(\.text).joined(separator: "\n")))
        }
        var summary: [VersionComparison.Change: Int] = [:]
        for change in VersionComparison.Change.allCases { summary[change] = articles.filter { $0.change == change }.count }
        return VersionComparison(
            id: "\(from.id)-vs-\(to.id)", from: from.side, to: to.side, articles: articles, summary: summary)
    }

    private struct ResolvedSide {
        var id: String
        var date = ""
        var side: VersionComparison.Side
        let documents: [CorpusDocument]
    }

    /// `state:cl` is the state's law in force; anything else names a document by work or expression URI.
    private func side(_ key: String) -> ResolvedSide? {
        if key.hasPrefix("state:") {
            let code = String(key.dropFirst("state:".count))
            guard let state = input.state(code), !state.inForce.isEmpty else { return nil }
            return ResolvedSide(
                id: code, side: .init(label: "\(state.name) (law in force)", documents: state.inForce.map(\.uri)),
                documents: state.inForce)
        }
        for state in input.states {
            if let document = state.document(key) {
                let slug = FileName.slug(document.shortTitle)
                return ResolvedSide(
                    id: "\(state.code)-\(slug)", date: document.uri.components(separatedBy: "@").last ?? document.date,
                    side: .init(label: "\(document.shortTitle) (\(document.date.prefix(4)))", documents: [document.uri]),
                    documents: [document])
            }
        }
        return nil
    }

    private func best(
        _ article: Article, in documents: [CorpusDocument]
    ) -> (coverage: VersionComparison.SideCoverage, evidence: [ProvisionEvidence]) {
        let evidence = documents.flatMap { document in
            document.alignment.alignments.filter { $0.article == article.number }.map { Citation.evidence($0, in: document, article: article) }
        }.sorted { Ranking.key($0) < Ranking.key($1) }
        guard let first = evidence.first else { return (.none, []) }
        return (.init(first.coverage), evidence.filter { $0.coverage == first.coverage })
    }
}

enum FileName {
    /// Lower-case ASCII letters, digits and dashes: `Ley 21.459` -> `ley-21-459`.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.lowercased()
    }
}
