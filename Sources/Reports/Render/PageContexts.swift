import Alignment
import Foundation

// What each portal page's template receives (see `TemplateContext` for how keys are named). These structs are the
// templates' vocabulary: a custom template (`--templates DIR`) can use every key listed here. Statuses and other
// closed sets arrive as their JSON names (`not-found-in-corpus`, `partial`), ready for CSS classes, beside the words
// a reader sees. Reader text never holds file paths or AKN identifiers: documents are named by their titles,
// provisions by their citations, sources by their words and links.

/// `index`: the matrix (sortable and filterable by section), readiness per section and the list of comparisons.
struct IndexPage: TemplateContext {
    let root = ""
    let title: String
    let instrumentTitle: String
    let legend: [LegendEntry]
    let articles: [MatrixColumn]
    let sectionGroups: [SectionGroup]
    let sectionOptions: [SectionOption]
    let rows: [MatrixRow]
    let sectionLabels: [SectionOption]
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
        let sections = matrix.articles.map(\.section).reduce(into: [Article.Section]()) { if !$0.contains($1) { $0.append($1) } }
        sectionOptions = sections.map(SectionOption.init)
        sectionLabels = sectionOptions
        rows = matrix.rows.map(MatrixRow.init)
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
        let division: String

        init(_ column: Matrix.Column) {
            article = column.article
            title = column.title
            section = column.section.rawValue
            division = column.division
        }
    }

    struct SectionOption: TemplateContext {
        let section: String
        let label: String

        init(_ section: Article.Section) {
            self.section = section.rawValue
            label = section.label
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
        /// `73%`, or `–` when there is no figure.
        let readiness: String
        /// The overall figure for sorting (-1 when there is none).
        let sortKey: Int
        let sections: [SectionFigure]
        let cells: [MatrixCell]

        init(_ row: Matrix.Row) {
            state = row.state
            stateName = row.stateName
            readiness = row.readiness.map { "\($0)%" } ?? "–"
            sortKey = row.readiness ?? -1
            sections = row.sections.map { SectionFigure(section: $0.section.rawValue, readiness: $0.readiness ?? -1) }
            cells = row.cells.map(MatrixCell.init)
        }
    }

    struct SectionFigure: TemplateContext {
        let section: String
        let readiness: Int
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
        let title: String

        init(_ comparison: VersionComparison) {
            id = comparison.id
            title = ComparisonPage.title(comparison)
        }
    }
}

/// `state`: one state's country profile and gap analysis.
struct StatePage: TemplateContext {
    let root = "../"
    let title: String
    let state: String
    let stateName: String
    let instrumentTitle: String
    let treaties: [TreatyRow]
    let authorities: [AuthorityItem]
    let hasAuthorities: Bool
    let profileNotes: String
    let hasProfileNotes: Bool
    /// A sentence when the record of declarations and reservations is incomplete or unknown; else empty.
    let reservesNote: String
    let hasReservesNote: Bool
    let summary: [Sentence]
    let readinessSections: [ReadinessFigure]
    let overall: ReadinessFigure
    let rule: String
    let holdings: HoldingsView
    let documents: [DocumentItem]
    let groups: [ArticleGroup]
    let articles: [ArticleSection]
    let offences: [ExcerptItem]
    let hasOffences: Bool
    let unaligned: [ExcerptItem]
    let hasUnaligned: Bool
    let unalignedCount: Int
    let texts: [TextItem]
    let hasTexts: Bool

    init(_ analysis: GapAnalysis) {
        title = "\(analysis.stateName): country profile and gap analysis"
        state = analysis.state
        stateName = analysis.stateName
        instrumentTitle = analysis.instrumentTitle
        treaties = analysis.profile.treaties.map(TreatyRow.init)
        authorities = analysis.profile.authorities.map(AuthorityItem.init)
        hasAuthorities = !authorities.isEmpty
        profileNotes = analysis.profile.notes ?? ""
        hasProfileNotes = analysis.profile.notes != nil
        reservesNote = Self.reservesNote(analysis)
        hasReservesNote = !reservesNote.isEmpty
        summary = analysis.summary.map(Sentence.init)
        readinessSections = (analysis.readiness.sections + [analysis.readiness.overall]).map(ReadinessFigure.init)
        overall = ReadinessFigure(analysis.readiness.overall)
        rule = analysis.readiness.rule
        holdings = HoldingsView(analysis.holdings)
        documents = analysis.documents.map(DocumentItem.init)
        articles = analysis.articles.map { ArticleSection($0, state: analysis.state, wording: analysis.elements[$0.article] ?? []) }
        groups = ArticleGroup.groups(analysis.articles, state: analysis.state)
        offences = analysis.unaligned.filter(\.offence).map(ExcerptItem.init)
        hasOffences = !offences.isEmpty
        unaligned = analysis.unaligned.filter { !$0.offence }.map(ExcerptItem.init)
        hasUnaligned = !unaligned.isEmpty
        unalignedCount = unaligned.count
        texts = analysis.texts.map(TextItem.init)
        hasTexts = !texts.isEmpty
    }

    static func reservesNote(_ analysis: GapAnalysis) -> String {
        switch analysis.profile.reservesKnown {
        case .unknown?:
            "The sources do not say which declarations and reservations \(analysis.stateNameInText) made: none is applied below."
        case .partial?:
            "The record of \(ReaderText.possessive(analysis.stateNameInText)) declarations and reservations is incomplete: only those listed are applied below."
        case nil:
            "No treaty record of \(analysis.stateNameInText) is in the project: no declaration or reservation is applied below."
        case .complete?:
            ""
        }
    }

    struct Sentence: TemplateContext {
        let text: String
    }

    /// One treaty of the profile: what the party file records, `unknown` where it records nothing.
    struct TreatyRow: TemplateContext {
        let title: String
        let status: String
        let signed: String
        let joined: String
        let inForce: String
        let approvedBy: String
        let sources: [SourceItem]
        let hasSources: Bool

        init(_ treaty: TreatyStatus) {
            title = treaty.title
            let unknown = "unknown"
            status = treaty.status.map(Self.statusLabel) ?? unknown
            signed = treaty.signed.map(ReaderText.date) ?? (treaty.status == nil ? unknown : "—")
            let how = treaty.joinedBy.map { $0 == .accession ? " (accession)" : " (ratification)" } ?? ""
            joined = treaty.joined.map { ReaderText.date($0) + how } ?? (treaty.status == .party ? unknown : "—")
            inForce = treaty.inForce.map(ReaderText.date) ?? (treaty.status == .party ? unknown : "—")
            approvedBy = treaty.approvedBy ?? "—"
            sources = treaty.sources.map(SourceItem.init)
            hasSources = !sources.isEmpty
        }

        static func statusLabel(_ status: PartyStatus.Status) -> String {
            switch status {
            case .party: "Party"
            case .signatory: "Signatory"
            case .invited: "Invited to accede"
            case .observer: "Observer, not a Party"
            case .none: "Not a Party"
            }
        }
    }

    struct AuthorityItem: TemplateContext {
        let designation: String
        let name: String
        let source: SourceItem

        init(_ authority: Authority) {
            designation = authority.designation
            name = authority.name
            source = SourceItem(authority.source)
        }
    }

    struct HoldingsView: TemplateContext {
        let whole: [Held]
        let hasWhole: Bool
        let excerpts: [Held]
        let hasExcerpts: Bool
        let lacking: [Lacking]
        let hasLacking: Bool

        init(_ holdings: CorpusHoldings) {
            whole = holdings.whole.map(Held.init)
            hasWhole = !whole.isEmpty
            excerpts = holdings.excerpts.map(Held.init)
            hasExcerpts = !excerpts.isEmpty
            lacking = holdings.lacking.map(Lacking.init)
            hasLacking = !lacking.isEmpty
        }

        struct Held: TemplateContext {
            let document: String
            /// `cybercrime act`, or `kind not declared`.
            let kinds: String
            let parts: String
            let hasParts: Bool

            init(_ held: CorpusHoldings.HeldText) {
                document = held.document
                kinds = held.kinds.isEmpty ? "kind of text not declared" : ReaderText.list(held.kinds.map(\.label))
                parts = held.parts ?? ""
                hasParts = held.parts != nil
            }
        }

        struct Lacking: TemplateContext {
            let kind: String
            let articles: String

            init(_ lacking: CorpusHoldings.LackingText) {
                kind = ReaderText.sentenceCase(lacking.kind.label)
                articles = ReaderText.articles(lacking.articles)
            }
        }
    }

    struct DocumentItem: TemplateContext {
        let title: String
        let shortTitle: String
        let date: String
        /// `text as of 1 April 2025` when the text is a later version than the law's date; else empty.
        let version: String
        let hasVersion: Bool
        let inForce: Bool
        /// `repealed by Ley 21.459`, `consolidated into Código Penal (AR)`; empty when in force.
        let replaced: String
        let hasReplaced: Bool
        let completeness: String
        let hasCompleteness: Bool
        let source: SourceItem?

        init(_ document: DocumentSummary) {
            title = document.title
            shortTitle = document.shortTitle
            date = ReaderText.date(document.date)
            hasVersion = document.versionDate != document.date
            version = hasVersion ? "text as of \(ReaderText.date(document.versionDate))" : ""
            inForce = document.inForce
            replaced = document.replacement ?? ""
            hasReplaced = !replaced.isEmpty
            completeness = document.completeness.map(ReaderText.withoutFileReferences) ?? ""
            hasCompleteness = document.completeness != nil
            source = document.source.map(SourceItem.init)
        }
    }

    /// The summary table's rows, grouped by the treaty's sections.
    struct ArticleGroup: TemplateContext {
        let label: String
        let rows: [Row]

        struct Row: TemplateContext {
            let article: String
            let title: String
            let status: String
            let symbol: String
            let label: String
            let provisions: String
            let statements: String
        }

        static func groups(_ articles: [ArticleAssessment], state: String) -> [ArticleGroup] {
            var groups: [ArticleGroup] = []
            for article in articles {
                let label = groupLabel(article)
                let row = Row(
                    article: article.article, title: article.title, status: article.status.rawValue,
                    symbol: article.status.symbol, label: article.status.label,
                    provisions: article.evidence.map(\.citation).uniqued.joined(separator: "; "),
                    statements: article.reserves.map(\.label).joined(separator: "; "))
                if let last = groups.last, last.label == label {
                    groups[groups.count - 1] = ArticleGroup(label: label, rows: last.rows + [row])
                } else {
                    groups.append(ArticleGroup(label: label, rows: [row]))
                }
            }
            return groups
        }

        /// `Chapter II, Section 1 — Substantive criminal law`: the division without its title.
        static func groupLabel(_ article: ArticleAssessment) -> String {
            let path = article.division.components(separatedBy: ":").first ?? ""
            let parts = path.components(separatedBy: ", ").filter { !$0.hasPrefix("Title ") }
            return parts.isEmpty || !article.division.contains(":")
                ? article.section.label : parts.joined(separator: ", ") + " — " + article.section.label
        }
    }

    /// One article of the analysis: status, why, gaps with remedies, evidence, drafting examples.
    struct ArticleSection: TemplateContext {
        let article: String
        let title: String
        let division: String
        let status: String
        let symbol: String
        let label: String
        let explanation: String
        /// The best provisions, quoted.
        let evidence: [ProvisionItem]
        let hasEvidence: Bool
        /// The other provisions aligned with the article, cited with a link to their text.
        let moreEvidence: [CitationLink]
        let hasMoreEvidence: Bool
        let gaps: [GapItem]
        let hasGaps: Bool
        /// Statements not already cited as the cover of a gap.
        let reserves: [ReserveItem]
        let hasReserves: Bool
        let suggestedOnly: Bool
        let stale: Bool
        let reservesUnknown: Bool
        let draftingExamples: [ExampleItem]
        let hasDraftingExamples: Bool
        /// False for an article not found in the corpus: the page shows its line only.
        let assessed: Bool

        init(_ article: ArticleAssessment, state: String, wording: [ElementWording]) {
            self.article = article.article
            title = article.title
            division = article.division
            status = article.status.rawValue
            symbol = article.status.symbol
            label = article.status.label
            explanation = article.explanation
            evidence = article.evidence.prefix(ProvisionItem.quotedPerArticle).map { ProvisionItem($0, page: "", wording: wording) }
            hasEvidence = !evidence.isEmpty
            moreEvidence = article.evidence.dropFirst(ProvisionItem.quotedPerArticle).map { CitationLink($0, page: "") }
            hasMoreEvidence = !moreEvidence.isEmpty
            gaps = article.gaps.map(GapItem.init)
            hasGaps = !gaps.isEmpty
            reserves = article.reserves.filter { reserve in !article.gaps.contains { $0.excusedBy == reserve } }
                .map(ReserveItem.init)
            hasReserves = !reserves.isEmpty
            suggestedOnly = article.suggestedOnly
            stale = article.stale
            reservesUnknown = article.reservesUnknown
            draftingExamples = article.draftingExamples.map { ExampleItem($0, wording: wording) }
            hasDraftingExamples = !draftingExamples.isEmpty
            assessed = article.status.isAssessed
        }
    }

    struct ExampleItem: TemplateContext {
        let state: String
        let stateName: String
        let status: String
        let label: String
        let provisions: [ProvisionItem]

        init(_ example: DraftingExample, wording: [ElementWording]) {
            state = example.state
            stateName = example.stateName
            status = example.status.rawValue
            label = example.status.label
            provisions = example.provisions.map { ProvisionItem($0, page: "\(example.state).html", wording: wording) }
        }
    }

    /// A provision with no counterpart in the instrument.
    struct ExcerptItem: TemplateContext {
        let citation: String
        let anchor: String
        let heading: String
        let hasHeading: Bool

        init(_ excerpt: ProvisionExcerpt) {
            citation = excerpt.citation
            anchor = excerpt.anchor
            heading = excerpt.heading ?? ""
            hasHeading = excerpt.heading != nil
        }
    }

    /// The full text of a provision cited on the page (folded).
    struct TextItem: ListedTemplateContext {
        let anchor: String
        let citation: String
        let heading: String
        let hasHeading: Bool
        let text: String
        /// The text escaped for HTML.
        let textHTML: String

        init(_ text: ProvisionText) {
            anchor = text.anchor
            citation = text.citation
            heading = text.heading ?? ""
            hasHeading = text.heading != nil
            self.text = HTML.joiningMarkers(text.text)
            textHTML = HTML.escape(self.text)
        }

        var templateValues: [String: Any] {
            ["anchor": anchor, "citation": citation, "heading": heading, "has_heading": hasHeading, "text": text,
             "text_html": textHTML]
        }
    }
}

/// `article`: one article across every state, a summary table first.
struct ArticlePage: TemplateContext {
    let root = "../"
    let title: String
    let article: String
    let articleTitle: String
    let division: String
    let sectionLabel: String
    let articleText: String
    let hasArticleText: Bool
    let articleTextHTML: String
    let rows: [SummaryRow]
    let states: [StateEntry]

    init(_ comparison: ArticleComparison) {
        title = "Art. \(comparison.article) \(comparison.title)"
        article = comparison.article
        articleTitle = comparison.title
        division = comparison.division
        sectionLabel = comparison.section.label
        articleText = comparison.articleText ?? ""
        hasArticleText = comparison.articleText != nil
        articleTextHTML = HTML.highlight(comparison.articleText ?? "", spans: [])
        rows = comparison.states.map(SummaryRow.init)
        states = comparison.states.map { StateEntry($0, wording: comparison.elements) }
    }

    /// The summary table: state, status, provisions, qualifiers added, declarations and reservations.
    struct SummaryRow: TemplateContext {
        let state: String
        let stateName: String
        let status: String
        let symbol: String
        let label: String
        let provisions: String
        let qualifiers: String
        let statements: String

        init(_ entry: ArticleComparison.StateEntry) {
            state = entry.state
            stateName = entry.stateName
            status = entry.status.rawValue
            symbol = entry.status.symbol
            label = entry.status.label
            provisions = entry.evidence.map(\.citation).uniqued.joined(separator: "; ")
            qualifiers = entry.gaps.filter { $0.kind == .qualifier }.map(\.phrase)
                .joined(separator: "; ")
            statements = entry.reserves.map(\.label).joined(separator: "; ")
        }
    }

    struct StateEntry: TemplateContext {
        let state: String
        let stateName: String
        let status: String
        let symbol: String
        let label: String
        let explanation: String
        let gaps: [GapItem]
        let hasGaps: Bool
        let evidence: [ProvisionItem]
        let moreEvidence: [CitationLink]
        let hasMoreEvidence: Bool
        let assessed: Bool

        init(_ entry: ArticleComparison.StateEntry, wording: [ElementWording]) {
            state = entry.state
            stateName = entry.stateName
            status = entry.status.rawValue
            symbol = entry.status.symbol
            label = entry.status.label
            explanation = entry.explanation
            gaps = entry.gaps.map(GapItem.init)
            hasGaps = !gaps.isEmpty
            let page = "../states/\(entry.state).html"
            evidence = entry.evidence.prefix(ProvisionItem.quotedPerState).map { ProvisionItem($0, page: page, wording: wording) }
            moreEvidence = entry.evidence.dropFirst(ProvisionItem.quotedPerState).map { CitationLink($0, page: page) }
            hasMoreEvidence = !moreEvidence.isEmpty
            assessed = entry.status.isAssessed
        }
    }
}

/// `comparison`: two versions of a law, or two states' laws, article by article.
struct ComparisonPage: TemplateContext {
    let root = "../"
    let title: String
    let from: String
    let to: String
    let lead: String
    let isVersions: Bool
    let summary: [ChangeCount]
    let articles: [ArticleChange]
    let changed: [ArticleChange]
    let hasChanged: Bool

    init(_ comparison: VersionComparison) {
        title = Self.title(comparison)
        from = comparison.from.label
        to = comparison.to.label
        isVersions = comparison.kind == .versions
        lead = isVersions
            ? "How the law's implementation of the Convention changed between the two texts, under the same rules as the state pages, and how the provisions' wording changed (added words marked, removed words struck through)."
            : "Which articles each state's law in the corpus implements, under the same rules as the state pages."
        summary = VersionComparison.Change.cases(of: comparison.kind).map { change in
            ChangeCount(change: change.rawValue, label: change.label(from: comparison.from, to: comparison.to),
                count: comparison.summary[change] ?? 0)
        }
        articles = comparison.articles.map { ArticleChange($0, comparison: comparison) }
        changed = articles.filter(\.hasDiff)
        hasChanged = !changed.isEmpty
    }

    /// `Ley 19.223, as enacted, 7 June 1993 → Ley 21.459, text as of 1 April 2025`; `Chile and Peru compared`.
    static func title(_ comparison: VersionComparison) -> String {
        switch comparison.kind {
        case .versions: "\(comparison.from.label) → \(comparison.to.label)"
        case .states: "\(comparison.from.stateName) and \(comparison.to.stateName) compared"
        }
    }

    struct ChangeCount: TemplateContext {
        let change: String
        let label: String
        let count: Int
    }

    struct ArticleChange: TemplateContext {
        let article: String
        let title: String
        let fromStatus: String
        let fromLabel: String
        let toStatus: String
        let toLabel: String
        let change: String
        let changeLabel: String
        let fromProvisions: String
        let toProvisions: String
        /// The diff as HTML: `<ins>`/`<del>` around changed words, the rest escaped.
        let diffHTML: String
        /// True when the texts differ.
        let hasDiff: Bool

        init(_ change: VersionComparison.ArticleChange, comparison: VersionComparison) {
            article = change.article
            title = change.title
            fromStatus = change.fromStatus.rawValue
            fromLabel = change.fromStatus.label
            toStatus = change.toStatus.rawValue
            toLabel = change.toStatus.label
            self.change = change.change.rawValue
            changeLabel = change.change.label(from: comparison.from, to: comparison.to)
            fromProvisions = change.fromProvisions.isEmpty ? "no provision" : change.fromProvisions.joined(separator: "; ")
            toProvisions = change.toProvisions.isEmpty ? "no provision" : change.toProvisions.joined(separator: "; ")
            hasDiff = change.diff.contains { $0.op != .equal }
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
    /// `73%`.
    let display: String
    /// 0 when there is no figure (`has_percent` is false then).
    let percent: Int
    let hasPercent: Bool
    /// The figure in words.
    let meaning: String
    let articles: Int
    let assessed: Int
    let implemented: Int
    let excused: Int
    let partial: Int
    let missing: Int
    let notFound: Int

    init(_ readiness: SectionReadiness) {
        section = readiness.section.rawValue
        label = readiness.label
        display = readiness.display
        percent = readiness.percent ?? 0
        hasPercent = readiness.percent != nil
        meaning = readiness.meaning
        articles = readiness.articles
        assessed = readiness.assessed
        implemented = readiness.implemented
        excused = readiness.excused
        partial = readiness.partial
        missing = readiness.missing
        notFound = readiness.notFound
    }
}

/// A provision cited with a link to its full text (`Ley 21.459 art. 2`, coverage).
struct CitationLink: ListedTemplateContext {
    let citation: String
    let href: String
    let coverage: String

    init(_ evidence: ProvisionEvidence, page: String) {
        citation = evidence.citation
        href = page + "#" + evidence.anchor
        coverage = evidence.coverage.rawValue
    }

    var templateValues: [String: Any] { ["citation": citation, "href": href, "coverage": coverage] }
}

/// A provision offered as evidence (the `provision` partial): the sentences that carry the elements, marked, and
/// a link to its full text.
struct ProvisionItem: ListedTemplateContext {
    /// Provisions quoted per article on a state page, and per state on an article page: the best ones; the
    /// others are cited with a link, so that a page stays readable when a state has many laws.
    static let quotedPerArticle = 5
    static let quotedPerState = 3

    let citation: String
    /// Where the full text is: `#p-ley-21-459-art-2` on the same page, or on the state's page.
    let href: String
    let heading: String
    let hasHeading: Bool
    let quotes: [QuoteItem]
    let hasQuotes: Bool
    let coverage: String
    /// `full coverage`, `partial coverage`.
    let coverageLabel: String
    /// `expert: confirmed`, `suggested (confidence 0.87)`.
    let basis: String
    /// True when an expert decided the pair (confirmed or added).
    let confirmed: Bool
    let stale: Bool
    let note: String
    let hasNote: Bool
    /// `without right; access; a computer system`.
    let shows: String
    let hasShows: Bool
    let lacks: String
    let hasLacks: Bool

    init(_ evidence: ProvisionEvidence, page: String, wording: [ElementWording]) {
        citation = evidence.citation
        href = page + "#" + evidence.anchor
        heading = evidence.heading ?? ""
        hasHeading = !(evidence.heading ?? "").isEmpty
        quotes = evidence.quotes.map(QuoteItem.init)
        hasQuotes = !quotes.isEmpty
        coverage = evidence.coverage.rawValue
        coverageLabel = "\(evidence.coverage.rawValue) coverage"
        confirmed = evidence.origin != .suggested
        basis = confirmed
            ? "expert: \(evidence.origin.rawValue)"
            : "suggested, confidence \(String(format: "%.2f", evidence.confidence))"
        stale = evidence.stale
        note = evidence.note ?? ""
        hasNote = evidence.note != nil
        let (present, absent) = ElementWording.shows(evidence.elements, wording: wording)
        shows = present.joined(separator: "; ")
        hasShows = !present.isEmpty
        lacks = absent.joined(separator: "; ")
        hasLacks = !absent.isEmpty
    }

    struct QuoteItem: ListedTemplateContext {
        let text: String
        /// The sentence escaped, with the elements' words in `<mark>`s.
        let textHTML: String
        /// [start, end) character offsets of the marked words in `text`.
        let marks: [[Int]]

        init(_ quote: EvidenceQuote) {
            text = quote.text
            marks = quote.marks
            // A quote is cut from the text with its marker lines already joined.
            textHTML = HTML.highlight(quote.text, spans: quote.marks, joiningMarkers: false)
        }

        var templateValues: [String: Any] { ["text": text, "text_html": textHTML, "marks": marks] }
    }

    var templateValues: [String: Any] {
        ["citation": citation, "href": href, "heading": heading, "has_heading": hasHeading,
         "quotes": quotes.map(\.templateValues), "has_quotes": hasQuotes, "coverage": coverage,
         "coverage_label": coverageLabel, "basis": basis, "confirmed": confirmed, "stale": stale, "note": note,
         "has_note": hasNote, "shows": shows, "has_shows": hasShows, "lacks": lacks, "has_lacks": hasLacks]
    }
}

/// A gap: what is lacking or added, and what covers or would cure it.
struct GapItem: TemplateContext {
    let description: String
    /// `Lacks` or `Adds the qualifier`.
    let kind: String
    let excused: Bool
    let excuse: ReserveItem?
    let remedy: String

    init(_ gap: ElementGap) {
        description = gap.phrase
        kind = switch gap.kind {
        case .missing: "Lacks"
        case .qualifier: "Adds the qualifier"
        }
        excused = gap.excusedBy != nil
        excuse = gap.excusedBy.map(ReserveItem.init)
        remedy = gap.remedy
    }
}

/// A declaration or reservation, cited, with a flag when it names repealed law.
struct ReserveItem: TemplateContext {
    /// `Declaration under Art. 2`.
    let label: String
    let kind: String
    let summary: String
    let source: SourceItem
    let flag: String
    let hasFlag: Bool

    /// `the declaration under Art. 2`, for "permitted by ...".
    let reference: String

    init(_ reserve: ReserveCitation) {
        label = reserve.label
        reference = "the " + reserve.label.prefix(1).lowercased() + reserve.label.dropFirst()
        kind = reserve.kind.rawValue
        summary = reserve.summary
        source = SourceItem(reserve.source)
        flag = reserve.citesRepealed.map { "It cites \($0): review it." } ?? ""
        hasFlag = reserve.citesRepealed != nil
    }
}

/// A source: its words, with its web addresses as links named by their site.
struct SourceItem: TemplateContext {
    let parts: [Part]
    let hasParts: Bool

    init(_ source: SourceCitation) {
        parts = source.parts.map { Part(text: $0.text, url: $0.url) }
        hasParts = !parts.isEmpty
    }

    struct Part: TemplateContext {
        let text: String
        let url: String?
    }
}
