import Alignment
import Foundation

// What each portal page's template receives (see `TemplateContext` for how keys are named). These structs are the
// templates' vocabulary: a custom template (`--templates DIR`) can use every key listed here. Statuses, coverages
// and other closed sets arrive as their JSON names (`not-assessed`, `partial`), ready for CSS classes.

/// `index`: the matrix, readiness per section and the list of comparisons.
struct IndexPage: TemplateContext {
    let root = ""
    let title: String
    let instrumentTitle: String
    let legend: [LegendEntry]
    let articles: [MatrixColumn]
    let sectionGroups: [SectionGroup]
    let rows: [MatrixRow]
    let sectionLabels: [SectionLabel]
    let readiness: [StateReadinessRow]
    let rule = Readiness.rule
    let comparisons: [ComparisonLink]
    let hasComparisons: Bool

    init(_ matrix: Matrix, analyses: [GapAnalysis], comparisons: [VersionComparison], instrumentTitle: String) {
        title = "\(instrumentTitle): implementation matrix"
        self.instrumentTitle = instrumentTitle
        legend = ArticleStatus.allCases.map(LegendEntry.init)
        articles = matrix.articles.map(MatrixColumn.init)
        sectionGroups = SectionGroup.groups(matrix.articles)
        rows = matrix.rows.map(MatrixRow.init)
        sectionLabels = analyses.first?.readiness.sections.map { SectionLabel(label: $0.label) } ?? []
        readiness = analyses.map(StateReadinessRow.init)
        self.comparisons = comparisons.map(ComparisonLink.init)
        hasComparisons = !comparisons.isEmpty
    }

    struct LegendEntry: TemplateContext {
        let status: String
        let symbol: String
        let label: String

        init(_ status: ArticleStatus) {
            self.status = status.rawValue
            symbol = status.symbol
            label = status.label
        }
    }

    struct MatrixColumn: TemplateContext {
        let article: String
        let title: String
        let section: String

        init(_ column: Matrix.Column) {
            article = column.article
            title = column.title
            section = column.section.rawValue
        }
    }

    /// A run of adjacent columns of one section, for the header row above the article numbers.
    struct SectionGroup: TemplateContext {
        let section: String
        let label: String
        let title: String
        var span: Int

        static func groups(_ columns: [Matrix.Column]) -> [SectionGroup] {
            var groups: [SectionGroup] = []
            for column in columns {
                if let last = groups.last, last.section == column.section.rawValue {
                    groups[groups.count - 1].span += 1
                } else {
                    groups.append(SectionGroup(
                        section: column.section.rawValue, label: column.section.shortLabel, title: column.section.label,
                        span: 1))
                }
            }
            return groups
        }
    }

    struct MatrixRow: TemplateContext {
        let state: String
        let stateName: String
        /// `73%`, or `–` when nothing could be assessed.
        let readiness: String
        let cells: [MatrixCell]

        init(_ row: Matrix.Row) {
            state = row.state
            stateName = row.stateName
            readiness = row.readiness.map { "\($0)%" } ?? "–"
            cells = row.cells.map(MatrixCell.init)
        }
    }

    struct MatrixCell: TemplateContext {
        let article: String
        let status: String
        let symbol: String
        let label: String
        /// `Art. 2: Partial — Ley 21.459 art. 2`.
        let tooltip: String

        init(_ cell: Matrix.Cell) {
            article = cell.article
            status = cell.status.rawValue
            symbol = cell.status.symbol
            label = cell.status.label
            tooltip = "Art. \(cell.article): \(cell.status.label)"
                + (cell.provisions.isEmpty ? "" : " — " + cell.provisions.joined(separator: "; "))
        }
    }

    struct SectionLabel: TemplateContext {
        let label: String
    }

    struct StateReadinessRow: TemplateContext {
        let state: String
        let stateName: String
        let sections: [ReadinessFigure]
        let overall: ReadinessFigure

        init(_ analysis: GapAnalysis) {
            state = analysis.state
            stateName = analysis.stateName
            sections = analysis.readiness.sections.map(ReadinessFigure.init)
            overall = ReadinessFigure(analysis.readiness.overall)
        }
    }

    struct ComparisonLink: TemplateContext {
        let id: String
        let from: String
        let to: String

        init(_ comparison: VersionComparison) {
            id = comparison.id
            from = comparison.from.label
            to = comparison.to.label
        }
    }
}

/// `state`: one state's gap analysis.
struct StatePage: TemplateContext {
    let root = "../"
    let title: String
    let state: String
    let stateName: String
    let instrumentTitle: String
    /// `party`, `signatory`..., or `unknown` when `Mappings/parties` has no entry.
    let partyStatus: String
    let documents: [DocumentItem]
    let readinessSections: [ReadinessFigure]
    let overall: ReadinessFigure
    let rule: String
    let articles: [ArticleSection]
    let offences: [Excerpt]
    let hasOffences: Bool
    let unaligned: [Excerpt]
    let hasUnaligned: Bool
    let unalignedCount: Int

    init(_ analysis: GapAnalysis) {
        title = "\(analysis.stateName): gap analysis"
        state = analysis.state
        stateName = analysis.stateName
        instrumentTitle = analysis.instrumentTitle
        partyStatus = analysis.partyStatus?.rawValue ?? "unknown"
        documents = analysis.documents.map(DocumentItem.init)
        readinessSections = (analysis.readiness.sections + [analysis.readiness.overall]).map(ReadinessFigure.init)
        overall = ReadinessFigure(analysis.readiness.overall)
        rule = analysis.readiness.rule
        articles = analysis.articles.map(ArticleSection.init)
        offences = analysis.unaligned.filter(\.offence).map(Excerpt.init)
        hasOffences = !offences.isEmpty
        unaligned = analysis.unaligned.filter { !$0.offence }.map(Excerpt.init)
        hasUnaligned = !unaligned.isEmpty
        unalignedCount = unaligned.count
    }

    struct DocumentItem: TemplateContext {
        let uri: String
        let title: String
        let shortTitle: String
        let date: String
        /// `text as of 2025-04-01` when the text is a later version than the law's date; else empty.
        let version: String
        let hasVersion: Bool
        let inForce: Bool
        let supersededBy: String
        let hasSupersededBy: Bool
        /// `replaced by` or `consolidated into`.
        let replaced: String
        /// `definitions, substantive`, or `none`.
        let scope: String

        init(_ document: DocumentSummary) {
            uri = document.uri
            title = document.title
            shortTitle = document.shortTitle
            date = document.date
            version = document.versionDate.map { $0 == document.date ? "" : "text as of \($0)" } ?? ""
            hasVersion = document.versionDate.map { $0 != document.date } ?? false
            inForce = document.inForce
            supersededBy = document.supersededByTitle ?? document.supersededBy ?? ""
            hasSupersededBy = document.supersededBy != nil
            replaced = document.consolidated ? "consolidated into" : "replaced by"
            scope = document.scope.isEmpty ? "none" : document.scope.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// One article of the analysis: status, gaps, evidence beside the instrument's text, drafting examples.
    struct ArticleSection: TemplateContext {
        let article: String
        let title: String
        let section: String
        let status: String
        let symbol: String
        let label: String
        let explanation: String
        let articleText: String
        let articleTextHTML: String
        let hasArticleText: Bool
        let evidence: [ProvisionItem]
        let hasEvidence: Bool
        let gaps: [Gap]
        let hasGaps: Bool
        /// Reserves not already cited as the excuse of a gap.
        let reserves: [ReserveItem]
        let hasReserves: Bool
        let suggestedOnly: Bool
        let stale: Bool
        let draftingExamples: [DraftingExampleItem]
        let hasDraftingExamples: Bool
        let assessed: Bool

        init(_ article: ArticleAssessment) {
            self.article = article.article
            title = article.title
            section = article.section.rawValue
            status = article.status.rawValue
            symbol = article.status.symbol
            label = article.status.label
            explanation = article.explanation
            articleText = article.articleText ?? ""
            articleTextHTML = HTML.highlight(article.articleText ?? "", spans: [])
            hasArticleText = article.articleText != nil
            evidence = article.evidence.map(ProvisionItem.init)
            hasEvidence = !evidence.isEmpty
            gaps = article.gaps.map(Gap.init)
            hasGaps = !gaps.isEmpty
            reserves = article.reserves.filter { reserve in !article.gaps.contains { $0.excusedBy == reserve } }
                .map(ReserveItem.init)
            hasReserves = !reserves.isEmpty
            suggestedOnly = article.suggestedOnly
            stale = article.stale
            draftingExamples = article.draftingExamples.map(DraftingExampleItem.init)
            hasDraftingExamples = !draftingExamples.isEmpty
            assessed = article.status != .notAssessed
        }
    }

    struct Gap: TemplateContext {
        let description: String
        /// `Missing element` or `Qualifier added`.
        let kind: String
        let excused: Bool
        let excuse: ReserveItem?

        init(_ gap: ElementGap) {
            description = gap.description.trimmingTrailingPeriod
            kind = switch gap.kind {
            case .missing: "Missing element"
            case .qualifier: "Qualifier added"
            }
            excused = gap.excusedBy != nil
            excuse = gap.excusedBy.map(ReserveItem.init)
        }
    }

    struct DraftingExampleItem: TemplateContext {
        let state: String
        let stateName: String
        let status: String
        let label: String
        let provisions: [ProvisionItem]

        init(_ example: DraftingExample) {
            state = example.state
            stateName = example.stateName
            status = example.status.rawValue
            label = example.status.label
            provisions = example.provisions.map(ProvisionItem.init)
        }
    }

    /// A provision with no counterpart in the instrument.
    struct Excerpt: TemplateContext {
        let citation: String
        let heading: String
        let hasHeading: Bool
        let text: String

        init(_ excerpt: ProvisionExcerpt) {
            citation = excerpt.citation
            heading = excerpt.heading ?? ""
            hasHeading = excerpt.heading != nil
            text = excerpt.text
        }
    }
}

/// `article`: one article across every state.
struct ArticlePage: TemplateContext {
    let root = "../"
    let title: String
    let article: String
    let articleTitle: String
    let section: String
    let sectionLabel: String
    let articleText: String
    let hasArticleText: Bool
    let articleTextHTML: String
    let states: [StateEntry]

    init(_ comparison: ArticleComparison) {
        title = "Art. \(comparison.article) \(comparison.title)"
        article = comparison.article
        articleTitle = comparison.title
        section = comparison.section.rawValue
        sectionLabel = comparison.section.label
        articleText = comparison.articleText ?? ""
        hasArticleText = comparison.articleText != nil
        articleTextHTML = HTML.highlight(comparison.articleText ?? "", spans: [])
        states = comparison.states.map(StateEntry.init)
    }

    struct StateEntry: TemplateContext {
        let state: String
        let stateName: String
        let status: String
        let symbol: String
        let label: String
        let explanation: String
        let evidence: [ProvisionItem]
        let reserves: [ReserveItem]
        let hasReserves: Bool

        init(_ entry: ArticleComparison.StateEntry) {
            state = entry.state
            stateName = entry.stateName
            status = entry.status.rawValue
            symbol = entry.status.symbol
            label = entry.status.label
            explanation = entry.explanation
            evidence = entry.evidence.map(ProvisionItem.init)
            reserves = entry.reserves.map(ReserveItem.init)
            hasReserves = !reserves.isEmpty
        }
    }
}

/// `comparison`: two versions of a law, or two states' laws, article by article with a word diff.
struct ComparisonPage: TemplateContext {
    let root = "../"
    let title: String
    let from: String
    let to: String
    let summary: [ChangeCount]
    let articles: [ArticleChange]

    init(_ comparison: VersionComparison) {
        title = "\(comparison.from.label) → \(comparison.to.label)"
        from = comparison.from.label
        to = comparison.to.label
        summary = VersionComparison.Change.allCases.map { ChangeCount(change: $0.rawValue, count: comparison.summary[$0] ?? 0) }
        articles = comparison.articles.map(ArticleChange.init)
    }

    struct ChangeCount: TemplateContext {
        let change: String
        let count: Int
    }

    struct ArticleChange: TemplateContext {
        let article: String
        let title: String
        let fromCoverage: String
        let toCoverage: String
        let change: String
        let fromProvisions: String
        let toProvisions: String
        /// The diff as HTML: `<ins>`/`<del>` around changed words, the rest escaped.
        let diffHTML: String

        init(_ change: VersionComparison.ArticleChange) {
            article = change.article
            title = change.title
            fromCoverage = change.fromCoverage.rawValue
            toCoverage = change.toCoverage.rawValue
            self.change = change.change.rawValue
            fromProvisions = change.fromProvisions.joined(separator: "; ")
            toProvisions = change.toProvisions.joined(separator: "; ")
            diffHTML = HTML.joiningMarkerLines(inMarkup: change.diff.map { segment in
                let text = HTML.escape(segment.text)
                return switch segment.op {
                case .insert: "<ins>\(text)</ins>"
                case .delete: "<del>\(text)</del>"
                case .equal: text
                }
            }.joined())
        }
    }
}

// MARK: Shared by several pages

/// A readiness figure: a section's, or the overall one.
struct ReadinessFigure: TemplateContext {
    let section: String
    let label: String
    /// `73%` or `not assessed`.
    let display: String
    /// `83% (3/6)` when only some articles could be assessed.
    let displayShare: String
    /// 0 when nothing was assessed (`has_percent` is false then).
    let percent: Int
    let hasPercent: Bool
    let assessed: Int
    let articles: Int
    let implemented: Int
    let excused: Int
    let partial: Int
    let missing: Int
    let notAssessed: Int

    init(_ readiness: SectionReadiness) {
        section = readiness.section.rawValue
        label = readiness.label
        display = readiness.display
        displayShare = readiness.displayWithShare
        percent = readiness.percent ?? 0
        hasPercent = readiness.percent != nil
        assessed = readiness.assessed
        articles = readiness.articles
        implemented = readiness.implemented
        excused = readiness.excused
        partial = readiness.partial
        missing = readiness.missing
        notAssessed = readiness.notAssessed
    }
}

/// A provision offered as evidence (the `provision` partial).
struct ProvisionItem: TemplateContext {
    let citation: String
    let heading: String
    let hasHeading: Bool
    let eid: String
    let text: String
    /// The text escaped, with the words that show present elements in `<mark>`s.
    let textHTML: String
    let hasText: Bool
    let coverage: String
    let origin: String
    /// True when an expert decided the pair (confirmed or added).
    let confirmed: Bool
    let stale: Bool
    let note: String
    let hasNote: Bool
    /// `0.87`.
    let confidence: String
    let elements: [ElementItem]
    let hasElements: Bool

    init(_ evidence: ProvisionEvidence) {
        citation = evidence.citation
        heading = evidence.heading ?? ""
        hasHeading = !(evidence.heading ?? "").isEmpty
        eid = evidence.eId
        text = evidence.text
        textHTML = HTML.highlight(
            evidence.text, spans: evidence.elements.filter { $0.status == .present }.flatMap(\.spans))
        hasText = !evidence.text.isEmpty
        coverage = evidence.coverage.rawValue
        origin = evidence.origin.rawValue
        confirmed = evidence.origin != .suggested
        stale = evidence.stale
        note = evidence.note ?? ""
        hasNote = evidence.note != nil
        confidence = String(format: "%.2f", evidence.confidence)
        elements = evidence.elements.map(ElementItem.init)
        hasElements = !elements.isEmpty
    }

    struct ElementItem: TemplateContext {
        let description: String
        let status: String
        let qualifier: String
        /// The words that show it, each once, joined by ` … `.
        let evidence: String
        let hasWords: Bool

        init(_ element: ElementEvidence) {
            description = element.description.trimmingTrailingPeriod
            status = element.status.rawValue
            qualifier = element.qualifier.rawValue
            evidence = element.evidence.uniqued.joined(separator: " … ")
            hasWords = !element.evidence.isEmpty
        }
    }
}

/// A declaration or reservation, cited.
struct ReserveItem: TemplateContext {
    /// `Declaration on Art. 2`.
    let label: String
    let kind: String
    let summary: String
    let source: String

    init(_ reserve: ReserveCitation) {
        label = reserve.label
        kind = reserve.kind.rawValue
        summary = reserve.summary
        source = reserve.source
    }
}
