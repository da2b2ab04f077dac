import AkomaNtoso
import Alignment
import LexalignSupport

/// Computes gap analyses from a `ReportInput`. Pure: same input, same analyses.
///
/// The status rules, in the words of the state pages:
/// - An article with provisions aligned to it is **implemented** when a provision covers it fully (optional
///   qualifiers it adds are shown with their remedy and never make it partial), **declared** or **reserved**
///   when what the provisions add or lack is covered by a declaration or reservation the state made, and
///   **partial** otherwise (the required elements they lack are named).
/// - An article nothing implements is **missing** only when the corpus holds, in force, the whole text of a kind
///   of law the article is normally found in (`Article.foundIn`); otherwise it is **not found in the corpus**:
///   no finding either way, never a gap, and the page names the texts the corpus lacks.
/// - An article no single provision implements (`Article.assessedOn`: sanctions, scope, safeguards) is assessed
///   on the provisions that implement the articles it names, by the same element findings.
public struct GapAnalyzer: Sendable {
    public let input: ReportInput
    /// How many other states' implementations to show per gap.
    public var draftingExampleLimit = 3

    public init(input: ReportInput) {
        self.input = input
    }

    /// Every state's analysis, drafting examples drawn from the other states. Sorted like the input's states.
    public func analyzeAll() -> [GapAnalysis] {
        // States are assessed and analysed on every core; each state's work reads the input only.
        let assessments = input.states.concurrentMap { state in (state, assess(state, documents: state.inForce)) }
        let examples = ExamplePool(assessments.map { ($0.0, $0.1) }, instrument: input.instrument)
        return assessments.concurrentMap { state, articles in
            let withExamples = articles.map { assessment -> ArticleAssessment in
                guard assessment.status == .partial || assessment.status == .missing else { return assessment }
                return assessment.with(draftingExamples: examples.examples(
                    for: assessment, excluding: state.code, limit: draftingExampleLimit))
            }
            return analysis(of: state, articles: withExamples)
        }
    }

    /// One state's analysis (drafting examples included).
    public func analyze(_ code: String) -> GapAnalysis? {
        analyzeAll().first { $0.state == code }
    }

    /// The assessment of every article for a set of documents read as a state's law: its law in force, or one
    /// side of a version comparison. Same rules either way, so a comparison never contradicts a state page.
    func assess(_ state: StateCorpus, documents: [CorpusDocument]) -> [ArticleAssessment] {
        let context = StateContext(state: state, instrument: input.instrument, repealed: input.repealed)
        let texts = ProvisionCharacters()
        return input.articlesInScope.map { article in
            ArticleEvaluator(
                article: article, division: division(of: article), documents: documents,
                reserves: context.reserves.filter { $0.article == article.number }, context: context, texts: texts
            ).assessment()
        }
    }

    /// `Chapter II, Section 1, Title 5: Ancillary liability and sanctions`.
    func division(of article: Article) -> String {
        let path = input.instrument.divisions(of: article.number)
        guard let last = path.last else { return article.section.label }
        return path.map(\.name).joined(separator: ", ") + ": " + last.heading
    }

    private func analysis(of state: StateCorpus, articles: [ArticleAssessment]) -> GapAnalysis {
        let order = articles.map(\.section).reduce(into: [Article.Section]()) { if !$0.contains($1) { $0.append($1) } }
        let sections = order.map { section in
            SectionReadiness(
                section: .section(section), label: section.label,
                statuses: articles.filter { $0.section == section }.map(\.status))
        }
        let readiness = Readiness(
            rule: Readiness.rule, sections: sections,
            overall: SectionReadiness(section: .overall, label: "Overall", statuses: articles.map(\.status)))
        let unaligned = state.inForce.flatMap { document in
            document.alignment.unaligned.map { reference in
                let citation = Citation.of(reference, in: document)
                return ProvisionExcerpt(
                    document: document.uri, citation: citation, eId: reference.eId,
                    heading: reference.heading, offence: document.offences.contains(reference.eId))
            }
        }
        let holdings = Holdings.of(state, articles: articles)
        let profile = Profile.of(state, instrument: input.instrument)
        return GapAnalysis(
            state: state.code, stateName: state.name, stateNameInText: state.nameInText, instrument: input.instrument.id,
            instrumentTitle: input.instrument.title,
            partyStatus: state.party?.status(for: input.instrument.id)?.status, profile: profile,
            summary: Summary(state: state, instrument: input.instrument, articles: articles, readiness: readiness,
                holdings: holdings, profile: profile).sentences,
            documents: state.documents.map { document in
                DocumentSummary(
                    uri: document.uri, title: document.title, shortTitle: document.shortTitle, date: document.date,
                    versionDate: document.versionDate, inForce: document.inForce, supersededBy: document.supersededBy,
                    consolidated: document.consolidated,
                    supersededByTitle: document.supersededBy.flatMap { state.document($0) }.map(\.shortTitle),
                    replacement: Self.replacement(of: document, in: state),
                    kinds: document.kinds, extent: document.extent, parts: document.parts,
                    completeness: document.completeness, source: document.source.map(SourceCitation.init))
            },
            holdings: holdings, articles: articles, readiness: readiness, unaligned: unaligned,
            texts: Self.texts(of: state, articles: articles, unaligned: unaligned),
            elements: Dictionary(uniqueKeysWithValues: input.articlesInScope.map { ($0.number, $0.elements.map(ElementWording.init)) }))
    }

    /// What became of a document out of force, in words.
    static func replacement(of document: CorpusDocument, in state: StateCorpus) -> String? {
        guard !document.inForce else { return nil }
        guard let uri = document.supersededBy, let successor = state.document(uri) else {
            return document.supersededBy == nil ? nil : "replaced by a text not in the corpus"
        }
        if document.consolidated { return "consolidated into \(successor.shortTitle)" }
        if successor.workURI == document.workURI {
            return "superseded by the text as of \(ReaderText.date(successor.versionDate))"
        }
        return "replaced by \(successor.shortTitle)"
    }

    /// The full text of each provision the page cites, once, in the order of the documents and their provisions.
    static func texts(of state: StateCorpus, articles: [ArticleAssessment], unaligned: [ProvisionExcerpt]) -> [ProvisionText] {
        var cited: [String: Set<String>] = [:]  // document -> eIds
        for evidence in articles.flatMap(\.evidence) { cited[evidence.document, default: []].insert(evidence.eId) }
        for excerpt in unaligned where excerpt.offence { cited[excerpt.document, default: []].insert(excerpt.eId) }
        var texts: [ProvisionText] = []
        var anchors = Set<String>()
        for document in state.inForce {
            guard let eIds = cited[document.uri] else { continue }
            let references = document.alignment.alignments.map(\.provision) + document.alignment.unaligned
            for provision in document.provisions where eIds.contains(provision.eId) {
                let reference = references.first { $0.eId == provision.eId }
                    ?? ProvisionReference(eId: provision.eId, num: provision.num, host: nil, heading: provision.heading)
                let citation = Citation.of(reference, in: document)
                let anchor = ReaderText.anchor(citation)
                guard anchors.insert(anchor).inserted else { continue }
                texts.append(ProvisionText(
                    citation: citation, heading: provision.heading, document: document.shortTitle,
                    text: provision.text))
            }
        }
        return texts
    }
}

/// What every article of one state is read against: its name, its party status and statements, the instrument.
struct StateContext {
    let name: String
    let isParty: Bool
    let record: PartyStatus.Record?
    /// Declarations and reservations can only be made on signature or when joining (instrument rule).
    let reservesAtJoiningOnly: Bool
    let reserves: [ReserveCitation]

    init(state: StateCorpus, instrument: Instrument, repealed: [CorpusManifest.Entry]) {
        name = state.nameInText
        let status = state.party?.status(for: instrument.id)
        isParty = status?.status == .party
        record = state.party == nil ? nil : (status?.reservesKnown ?? .unknown)
        reservesAtJoiningOnly = instrument.reservesAtJoiningOnly
        let repealedLaws = RepealedLaws(state: state, repealed: repealed)
        func cite(_ kind: ReserveCitation.Kind, _ reserve: PartyStatus.Reserve) -> ReserveCitation {
            ReserveCitation(
                kind: kind, article: reserve.article, paragraph: reserve.paragraph, summary: reserve.summary,
                source: SourceCitation(reserve.source), elements: reserve.elements, date: reserve.date,
                citesRepealed: repealedLaws.cited(by: reserve))
        }
        reserves = (status?.declarations.map { cite(.declaration, $0) } ?? [])
            + (status?.reservations.map { cite(.reservation, $0) } ?? [])
    }
}

/// The laws `Mappings/corpus.yaml` records as repealed for a state, by the names a statement would cite them by.
struct RepealedLaws {
    let laws: [(names: [String], successor: String?)]

    init(state: StateCorpus, repealed: [CorpusManifest.Entry]) {
        laws = repealed.filter { $0.work.hasPrefix("/akn/\(state.code)/") && $0.status == .repealed }.map { entry in
            let document = state.document(entry.work)
            let names = [entry.shortTitle, document?.shortTitle].compactMap { $0 }
            let successor = entry.supersededBy.flatMap { state.document($0)?.shortTitle }
            return (Array(Set(names)).sorted(), successor)
        }
    }

    /// `Ley 19.223, repealed by Ley 21.459` when the statement's cited provisions (or, if it names none, its
    /// summary) name a repealed law.
    func cited(by reserve: PartyStatus.Reserve) -> String? {
        let texts = reserve.cites.isEmpty ? [reserve.summary] : reserve.cites
        for law in laws {
            for name in law.names where texts.contains(where: { Self.names($0, name) }) {
                return name + (law.successor.map { ", repealed by \($0)" } ?? ", since repealed")
            }
        }
        return nil
    }

    /// Whether `text` names the law `name` (`Ley 19.223`), ignoring case, spacing, punctuation and `N°`.
    static func names(_ text: String, _ name: String) -> Bool {
        func fold(_ value: String) -> String {
            value.lowercased().replacingOccurrences(of: "n°", with: "").replacingOccurrences(of: "nº", with: "")
                .filter { $0.isLetter || $0.isNumber }
        }
        let folded = fold(name)
        return !folded.isEmpty && fold(text).contains(folded)
    }
}

/// The characters of provision texts (marker lines joined), read once per state although a provision is
/// evidence for several articles. Used by one thread: a state is assessed on one.
final class ProvisionCharacters {
    private var cache: [String: [Character]] = [:]

    func characters(of document: CorpusDocument, _ eId: String) -> [Character] {
        let key = document.uri + "#" + eId
        if let cached = cache[key] { return cached }
        // (Appended one by one: `Array(text)` walks the characters twice, once to count them.)
        let text = HTML.joiningMarkers(document.provision(eId)?.text ?? "")
        var characters: [Character] = []
        characters.reserveCapacity(text.utf8.count)
        for character in text { characters.append(character) }
        cache[key] = characters
        return characters
    }
}

/// Decides one article's status from the documents read as the state's law.
struct ArticleEvaluator {
    let article: Article
    let division: String
    let documents: [CorpusDocument]
    let reserves: [ReserveCitation]
    let context: StateContext
    let texts: ProvisionCharacters

    func assessment() -> ArticleAssessment {
        article.isMapped ? mapped() : derived()
    }

    // MARK: Articles provisions implement

    private func mapped() -> ArticleAssessment {
        let pairs = documents.flatMap { document in
            document.alignment.alignments.filter { $0.article == article.number }.map { (document, $0) }
        }
        guard !pairs.isEmpty else { return absent(basis: nil) }
        let evidence = pairs.map { Citation.evidence($1, in: $0, article: article, texts: texts) }
            .sorted { Ranking.key($0) < Ranking.key($1) }
        let alignments = pairs.map(\.1)
        let anyFull = alignments.contains { $0.coverage == .full }
        let present = Set(alignments.flatMap { $0.elements.filter { $0.status == .present }.map(\.id) })
        // What the provisions lack: what the mapper names as missing, or, for an expert's partial pair that names
        // nothing, the decisive elements its findings show absent (what is done, to what, with what result, which
        // power, which term; "without right" and intent are often implied or set in the general part). A
        // provision that covers the article fully lacks nothing, whatever its neighbours lack.
        let absent = Set(alignments.flatMap { pair -> [String] in
            guard pair.coverage == .partial else { return [] }
            if !pair.missing.isEmpty || pair.origin == .suggested { return pair.missing }
            return pair.elements.filter { finding in
                finding.status == .absent && (article.element(finding.id).map { Self.decisive.contains($0.kind) } ?? false)
            }.map(\.id)
        })
        let added = Set(alignments.flatMap(\.qualifiers)).union(present)
        var gaps: [ElementGap] = []
        for element in article.elements {
            if element.qualifier == .required, !element.implicitOK, !anyFull, absent.contains(element.id),
                !present.contains(element.id)
            {
                gaps.append(gap(element, kind: .missing))
            } else if element.qualifier == .optional, element.coveredBy != nil, added.contains(element.id) {
                // Only a qualifier a declaration or reservation can cover narrows the offence; other optional
                // elements (a safeguard, the form of a definition) are no gap.
                gaps.append(gap(element, kind: .qualifier))
            }
        }
        let openMissing = gaps.filter { $0.kind == .missing && $0.excusedBy == nil }
        let excusedMissing = gaps.filter { $0.kind == .missing && $0.excusedBy != nil }
        let excusedQualifiers = gaps.filter { $0.kind == .qualifier && $0.excusedBy != nil }
        let openQualifiers = gaps.filter { $0.kind == .qualifier && $0.excusedBy == nil }
        let cited = Self.citations(evidence)
        // `Lei 12.965 art. 13 and art. 15 implement`, `... art. 13 implements`.
        let implement = "\(cited) implement\(evidence.count == 1 ? "s" : "")"
        let status: ArticleStatus
        var explanation: String
        if !openMissing.isEmpty || (!anyFull && excusedMissing.isEmpty) {
            status = .partial
            // What the provisions show only in a narrower form than the article (an order to providers only,
            // where the article reaches any person), said when nothing is missing.
            let narrowed = Set(alignments.filter { $0.coverage == .partial }.flatMap(\.narrower))
            let narrower = article.elements.filter { narrowed.contains($0.id) }.map { "“\(ReaderText.elementPhrase($0))”" }
            if !openMissing.isEmpty {
                explanation = "\(implement) Art. \(article.number) in part: \(Self.lacking(openMissing))."
            } else if !narrower.isEmpty {
                explanation = "\(implement) Art. \(article.number) in part: the law shows \(ReaderText.list(narrower)) only in a narrower form than the article."
            } else {
                explanation = "\(implement) Art. \(article.number) in part; which required element is narrower or lacking was not identified: read the text and the note."
            }
            if !excusedMissing.isEmpty {
                explanation += " " + Self.sentenceCase(Self.phrases(excusedMissing)) + " may be left out, as \(Self.reserveLabels(excusedMissing)) permits."
            }
        } else if !excusedMissing.isEmpty {
            status = .reserved
            explanation = "\(implement) Art. \(article.number) as far as \(Self.reserveLabels(excusedMissing)) requires: \(Self.lacking(excusedMissing)), which the reservation permits \(context.name) not to apply."
        } else if !excusedQualifiers.isEmpty {
            status = excusedQualifiers.contains { $0.excusedBy?.kind == .reservation } ? .reserved : .declared
            explanation = "\(implement) Art. \(article.number) with the qualifier\(excusedQualifiers.count == 1 ? "" : "s") \(Self.reserveLabels(excusedQualifiers)) allows: \(Self.phrases(excusedQualifiers))."
        } else {
            status = .implemented
            explanation = "\(implement) every required element of Art. \(article.number)."
        }
        if !openQualifiers.isEmpty {
            explanation += " It also adds \(openQualifiers.count == 1 ? "a qualifier" : "qualifiers") the Convention allows only by declaration or reservation, which \(context.name) has not made (\(Self.phrases(openQualifiers))); an optional qualifier does not make the article partial, and the remedy is given below."
        }
        return assessment(
            status: status, explanation: explanation, evidence: evidence, gaps: gaps,
            suggestedOnly: alignments.allSatisfy { $0.origin == .suggested }, stale: alignments.contains { $0.stale })
    }

    // MARK: Articles assessed on other articles' provisions

    private func derived() -> ArticleAssessment {
        let basis = documents.flatMap { document in
            document.alignment.alignments.filter { article.assessedOn.contains($0.article) }.map { (document, $0) }
        }
        let on = ReaderText.articles(article.assessedOn)
        guard !basis.isEmpty else {
            return absent(basis: "no provision implementing \(on) was found to assess it on")
        }
        var seen = Set<String>()
        var evidence: [ProvisionEvidence] = []
        var present = Set<String>()
        let required = article.requiredElements.filter { !$0.implicitOK }
        for (document, pair) in basis where seen.insert(document.uri + "#" + pair.provision.eId).inserted {
            let findings = document.derivedFindings[pair.provision.eId]?[article.number] ?? []
            let shown = Set(findings.filter { $0.status == .present }.map(\.id))
            guard !shown.isEmpty else { continue }
            present.formUnion(shown)
            let full = required.allSatisfy { shown.contains($0.id) }
            evidence.append(Citation.evidence(
                ProvisionAlignment(
                    provision: pair.provision, article: article.number, coverage: full ? .full : .partial,
                    confidence: pair.confidence, origin: pair.origin, elements: findings, stale: pair.stale),
                in: document, article: article, texts: texts))
        }
        evidence.sort { Ranking.key($0) < Ranking.key($1) }
        evidence = Array(evidence.prefix(6))
        let shown = required.filter { present.contains($0.id) }
        let notShown = required.filter { !present.contains($0.id) }
        if shown.isEmpty {
            return absent(basis: "the provisions that implement \(on) show none of its elements")
        }
        let shownText = ReaderText.list(shown.map { "“\(ReaderText.elementPhrase($0))”" })
        if notShown.isEmpty {
            return assessment(
                status: .implemented,
                explanation: "Assessed on the provisions that implement \(on): they show \(shownText).",
                evidence: evidence, gaps: [], suggestedOnly: basis.allSatisfy { $0.1.origin == .suggested },
                stale: basis.contains { $0.1.stale })
        }
        let notShownText = ReaderText.list(notShown.map { "“\(ReaderText.elementPhrase($0))”" })
        let whole = wholeHomes
        if whole.isEmpty {
            return assessment(
                status: .notFoundInCorpus,
                explanation: "Assessed on the provisions that implement \(on): they show \(shownText), but not \(notShownText); the corpus holds no whole \(Self.kinds(article.foundIn)) where the rest would be, so this is not a finding about \(ReaderText.possessive(context.name)) law.",
                evidence: evidence, gaps: [], suggestedOnly: false, stale: false, lacking: article.foundIn)
        }
        return assessment(
            status: .partial,
            explanation: "Assessed on the provisions that implement \(on): they show \(shownText), but not \(notShownText).",
            evidence: evidence, gaps: notShown.map { gap($0, kind: .missing) },
            suggestedOnly: basis.allSatisfy { $0.1.origin == .suggested }, stale: basis.contains { $0.1.stale },
            searched: whole.map(Self.describe))
    }

    // MARK: Nothing implements it

    /// In-force documents that are the whole text of a kind the article is found in.
    private var wholeHomes: [CorpusDocument] {
        documents.filter { document in document.extent == .whole && article.foundIn.contains { document.kinds.contains($0) } }
    }

    private func absent(basis: String?) -> ArticleAssessment {
        let why = basis.map { " (\($0))" } ?? ""
        if let whole = reserves.first(where: { $0.kind == .reservation && $0.paragraph == nil && $0.elements.isEmpty }) {
            return assessment(
                status: .reserved,
                explanation: "No provision implements Art. \(article.number)\(why); \(context.name) reserved the article (\(whole.label)).",
                evidence: [], gaps: [], suggestedOnly: false, stale: false)
        }
        let whole = wholeHomes
        if !whole.isEmpty {
            return assessment(
                status: .missing,
                explanation: "No provision implements Art. \(article.number)\(why), although the corpus holds \(ReaderText.list(whole.map(Self.describe))) in full, where it would be implemented.",
                evidence: [], gaps: [], suggestedOnly: false, stale: false, searched: whole.map(Self.describe))
        }
        let excerpts = documents.filter { document in article.foundIn.contains { document.kinds.contains($0) } }
        var explanation = "Not found in the corpus\(why): it holds no whole \(Self.kinds(article.foundIn)) of \(context.name), where this article would normally be implemented"
        if !excerpts.isEmpty {
            explanation += ", only excerpts (\(ReaderText.list(excerpts.map(\.shortTitle))))"
        }
        explanation += ". This is not a finding about \(ReaderText.possessive(context.name)) law."
        return assessment(
            status: .notFoundInCorpus, explanation: explanation, evidence: [], gaps: [], suggestedOnly: false,
            stale: false, lacking: article.foundIn)
    }

    // MARK: Pieces

    private func assessment(
        status: ArticleStatus, explanation: String, evidence: [ProvisionEvidence], gaps: [ElementGap],
        suggestedOnly: Bool, stale: Bool, searched: [String] = [], lacking: [TextKind] = []
    ) -> ArticleAssessment {
        let open = gaps.contains { $0.excusedBy == nil && $0.coveredBy != nil }
        return ArticleAssessment(
            article: article.number, title: article.title, section: article.section, division: division,
            status: status, explanation: explanation, evidence: evidence, gaps: gaps, reserves: reserves,
            suggestedOnly: suggestedOnly && !evidence.isEmpty, stale: stale,
            reservesUnknown: open && context.record == .unknown,
            assessedOn: article.assessedOn, searched: searched, lacking: lacking, draftingExamples: [])
    }

    private func gap(_ element: Article.Element, kind: ElementGap.Kind) -> ElementGap {
        let excuse = excuse(for: element, kind: kind)
        return ElementGap(
            id: element.id, description: element.description, phrase: ReaderText.elementPhrase(element),
            paragraph: element.paragraph, kind: kind,
            coveredBy: element.coveredBy, excusedBy: excuse,
            remedy: excuse == nil ? remedy(element, kind: kind) : "")
    }

    /// What would cure a gap that no statement covers.
    private func remedy(_ element: Article.Element, kind: ElementGap.Kind) -> String {
        let clause = element.coveredBy.map { "an " + $0 }
        switch (kind, clause) {
        case (.qualifier, let clause?):
            if context.isParty && context.reservesAtJoiningOnly {
                return "Amend the provision to drop the qualifier: \(clause) would allow it, but such statements are made only on signature or when joining, and \(context.name) is already a Party."
            }
            return "Make \(clause) on joining the Convention, or amend the provision to drop the qualifier."
        case (.missing, let clause?) where !(context.isParty && context.reservesAtJoiningOnly):
            return "Amend the law to cover it, or make \(clause) on joining the Convention."
        default:
            return "Amend the law to cover it."
        }
    }

    /// A missing required element is excused only by a reservation (a declaration adds elements, it does not
    /// remove any); a qualifier by either. The reserve that names the element; else one that names no element
    /// but the element's paragraph; else one that names neither (the article as a whole). A reserve on another
    /// paragraph with no elements listed excuses nothing: its scope is unknown, so it is only cited.
    private func excuse(for element: Article.Element, kind: ElementGap.Kind) -> ReserveCitation? {
        let candidates = kind == .missing ? reserves.filter { $0.kind == .reservation } : reserves
        return candidates.first { $0.elements.contains(element.id) }
            ?? candidates.first { reserve in
                guard reserve.elements.isEmpty, let paragraph = reserve.paragraph, let own = element.paragraph else { return false }
                return own == paragraph || own.hasPrefix(paragraph + "(")
            }
            ?? candidates.first { $0.elements.isEmpty && $0.paragraph == nil }
    }

    /// The kinds of element whose absence makes coverage partial.
    static let decisive: Set<Article.Kind> = [.conduct, .object, .result, .power, .definition]

    /// `Ley 21.459 art. 2`, `Ley 21.459 arts. 2 and 3`... as `A, B and C`.
    static func citations(_ evidence: [ProvisionEvidence]) -> String {
        var seen: [String] = []
        for item in evidence where !seen.contains(item.citation) { seen.append(item.citation) }
        if seen.count > 3 { return ReaderText.list(Array(seen.prefix(3))) + " and \(seen.count - 3) other provisions" }
        return ReaderText.list(seen)
    }

    /// `it does not show “possession”`.
    static func lacking(_ gaps: [ElementGap]) -> String {
        "the law does not show " + phrases(gaps)
    }

    static func phrases(_ gaps: [ElementGap]) -> String {
        ReaderText.list(gaps.map { "“\($0.phrase)”" })
    }

    /// `the reservation under Art. 6(3)` / `the declaration under Art. 2`.
    static func reserveLabels(_ gaps: [ElementGap]) -> String {
        var labels: [String] = []
        for gap in gaps {
            guard let label = gap.excusedBy?.label else { continue }
            let phrase = "the " + label.prefix(1).lowercased() + label.dropFirst()
            if !labels.contains(phrase) { labels.append(phrase) }
        }
        return ReaderText.list(labels)
    }

    static func sentenceCase(_ text: String) -> String { ReaderText.sentenceCase(text) }

    /// `cybercrime act or penal code, special part (the offences)`.
    static func kinds(_ kinds: [TextKind]) -> String {
        ReaderText.list(kinds.map(\.label), conjunction: "or")
    }

    /// `Ley 21.459 (cybercrime act)`.
    static func describe(_ document: CorpusDocument) -> String {
        document.kinds.isEmpty ? document.shortTitle : "\(document.shortTitle) (\(ReaderText.list(document.kinds.map(\.label))))"
    }
}

/// Best-first order of evidence: full coverage, expert decisions, confidence, then citation.
enum Ranking {
    struct Key: Comparable {
        let coverage: Int, origin: Int, confidence: Double, citation: String
        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.coverage, lhs.origin, -lhs.confidence, lhs.citation) < (rhs.coverage, rhs.origin, -rhs.confidence, rhs.citation)
        }
    }

    static func key(_ evidence: ProvisionEvidence) -> Key {
        Key(
            coverage: evidence.coverage == .full ? 0 : 1,
            origin: evidence.origin == .suggested ? 1 : 0,
            confidence: evidence.confidence, citation: evidence.citation)
    }
}

/// How reports name provisions.
enum Citation {
    static func of(_ reference: ProvisionReference, in document: CorpusDocument) -> String {
        let provision = document.provision(reference.eId)
        let unit = provision?.level == "section" ? "s." : "art."
        let number = Self.number(reference.num ?? provision?.num ?? reference.eId)
        if let host = reference.host ?? provision?.host?.abbreviation ?? provision?.host?.title {
            let by = provision?.host?.insertedByNum.map { " (inserted by \(document.shortTitle) art. \(Self.number($0)))" } ?? ""
            // The host law as the amending text names it, shortened as titles are (`ley N° 18.168, General de
            // Telecomunicaciones` -> `Ley 18.168`; `CODIGO PENAL` -> `Codigo Penal`).
            let name = ReaderText.sentenceCase(DocumentIdentity.shortTitle(ReaderText.titleCase(host)))
            return "\(name) \(unit) \(number)\(by)"
        }
        return "\(document.shortTitle) \(unit) \(number)"
    }

    /// The number as a citation writes it: `2°` -> `2`, `8º` -> `8`, `211 Bis` -> `211 bis`.
    static func number(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        while let last = text.last, "°º.-:".contains(last) { text.removeLast() }
        return text.split(separator: " ").map { word in
            word.count > 1 && word.allSatisfy({ $0.isLetter }) ? word.lowercased() : String(word)
        }.joined(separator: " ")
    }

    static func evidence(
        _ alignment: ProvisionAlignment, in document: CorpusDocument, article: Article, texts: ProvisionCharacters
    ) -> ProvisionEvidence {
        var spans: [(element: String, span: [Int])] = []
        let elements = alignment.elements.map { finding in
            if finding.status == .present { spans += finding.evidence.map { (finding.id, [$0.start, $0.end]) } }
            return ElementEvidence(
                id: finding.id, status: finding.status, statedIn: finding.statedIn.map { of($0, in: document) })
        }
        return ProvisionEvidence(
            document: document.uri, citation: of(alignment.provision, in: document),
            eId: alignment.provision.eId, num: alignment.provision.num, heading: alignment.provision.heading,
            coverage: alignment.coverage, confidence: alignment.confidence, origin: alignment.origin,
            stale: alignment.stale, note: alignment.note, elements: elements,
            quotes: spans.isEmpty ? [] : EvidenceQuotes.quotes(in: texts.characters(of: document, alignment.provision.eId), spans: spans))
    }
}

extension ArticleAssessment {
    func with(draftingExamples: [DraftingExample]) -> ArticleAssessment {
        ArticleAssessment(
            article: article, title: title, section: section, division: division, status: status,
            explanation: explanation, evidence: evidence, gaps: gaps, reserves: reserves, suggestedOnly: suggestedOnly,
            stale: stale, reservesUnknown: reservesUnknown, assessedOn: assessedOn, searched: searched,
            lacking: lacking, draftingExamples: draftingExamples)
    }
}
