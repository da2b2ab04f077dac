import LexalignSupport
import AkomaNtoso
import Alignment

/// Computes gap analyses from a `ReportInput`. Pure: same input, same analyses.
public struct GapAnalyzer: Sendable {
    public let input: ReportInput
    /// How many other states' implementations to show per gap.
    public var draftingExampleLimit = 3

    public init(input: ReportInput) {
        self.input = input
    }

    /// Every state's analysis, drafting examples drawn from the other states. Sorted by state code.
    public func analyzeAll() -> [GapAnalysis] {
        // States are assessed and analysed on every core; each state's work reads the input only.
        let assessments = input.states.concurrentMap { state in (state, input.articlesInScope.map { assess($0, for: state) }) }
        return assessments.concurrentMap { state, articles in
            let withExamples = articles.map { assessment -> ArticleAssessment in
                guard assessment.status == .partial || assessment.status == .missing else { return assessment }
                return assessment.with(draftingExamples: draftingExamples(
                    for: assessment.article, excluding: state.code, from: assessments))
            }
            return analysis(of: state, articles: withExamples)
        }
    }

    /// One state's analysis (drafting examples included).
    public func analyze(_ code: String) -> GapAnalysis? {
        analyzeAll().first { $0.state == code }
    }

    private func analysis(of state: StateCorpus, articles: [ArticleAssessment]) -> GapAnalysis {
        let order = articles.map(\.section).reduce(into: [Article.Section]()) {
            if !$0.contains($1) { $0.append($1) }
        }
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
                ProvisionExcerpt(
                    document: document.uri, citation: Citation.of(reference, in: document), eId: reference.eId,
                    heading: reference.heading, text: document.provision(reference.eId)?.text ?? "",
                    offence: document.offences.contains(reference.eId))
            }
        }
        return GapAnalysis(
            state: state.code, stateName: state.name, instrument: input.instrument.id,
            instrumentTitle: input.instrument.title,
            partyStatus: state.party?.status(for: input.instrument.id)?.status,
            documents: state.documents.map { document in
                DocumentSummary(
                    uri: document.uri, title: document.title, shortTitle: document.shortTitle, date: document.date,
                    versionDate: document.uri.range(of: "@").map { String(document.uri[$0.upperBound...].prefix(10)) },
                    inForce: document.inForce, supersededBy: document.supersededBy, consolidated: document.consolidated,
                    supersededByTitle: document.supersededBy.flatMap { state.document($0) }.map { "\($0.shortTitle) (\($0.uri))" },
                    scope: Article.Section.allCases.filter { document.scope(in: input.instrument).contains($0) })
            },
            articles: articles, readiness: readiness, unaligned: unaligned)
    }

    /// The status of one article for a state, from its in-force documents, its scope and its reserves.
    func assess(_ article: Article, for state: StateCorpus) -> ArticleAssessment {
        let documents = state.inForce
        let scope = documents.reduce(into: Set<Article.Section>()) { $0.formUnion($1.scope(in: input.instrument)) }
        let reserves = Reserves(party: state.party, instrument: input.instrument.id).on(article.number)
        return ArticleEvaluator(
            article: article, articleText: input.articleTexts[article.number],
            pairs: documents.flatMap { document in
                document.alignment.alignments.filter { $0.article == article.number }.map { (document, $0) }
            },
            reserves: reserves, sectionInScope: scope.contains(article.section), stateName: state.name
        ).assessment()
    }

    private func draftingExamples(
        for article: String, excluding code: String, from all: [(StateCorpus, [ArticleAssessment])]
    ) -> [DraftingExample] {
        let candidates = all.compactMap { state, articles -> DraftingExample? in
            guard state.code != code, let assessment = articles.first(where: { $0.article == article }),
                let best = assessment.evidence.first
            else { return nil }
            let provisions = assessment.evidence.filter { $0.coverage == best.coverage }
            return DraftingExample(state: state.code, stateName: state.name, status: assessment.status, provisions: provisions)
        }
        return candidates.sorted { lhs, rhs in
            let left = Ranking.key(lhs.provisions[0]), right = Ranking.key(rhs.provisions[0])
            if left != right { return left < right }
            return lhs.state < rhs.state
        }.prefix(draftingExampleLimit).map { $0 }
    }
}

/// The reserves (declarations and reservations) a state made on the instrument.
struct Reserves {
    let citations: [ReserveCitation]

    init(party: PartyStatus?, instrument: String) {
        let status = party?.status(for: instrument)
        func cite(_ kind: ReserveCitation.Kind, _ reserve: PartyStatus.Reserve) -> ReserveCitation {
            ReserveCitation(
                kind: kind, article: reserve.article, paragraph: reserve.paragraph, summary: reserve.summary,
                source: reserve.source, elements: reserve.elements)
        }
        citations = (status?.declarations.map { cite(.declaration, $0) } ?? [])
            + (status?.reservations.map { cite(.reservation, $0) } ?? [])
    }

    func on(_ article: String) -> [ReserveCitation] {
        citations.filter { $0.article == article }
    }
}

/// Decides one article's status from the (document, alignment) pairs that claim it.
struct ArticleEvaluator {
    let article: Article
    let articleText: String?
    let pairs: [(CorpusDocument, ProvisionAlignment)]
    let reserves: [ReserveCitation]
    let sectionInScope: Bool
    let stateName: String

    func assessment() -> ArticleAssessment {
        let evidence = pairs.map { Citation.evidence($1, in: $0, article: article) }.sorted { Ranking.key($0) < Ranking.key($1) }
        let alignments = pairs.map(\.1)
        let (status, gaps, explanation) = decide(alignments)
        return ArticleAssessment(
            article: article.number, title: article.title, section: article.section, status: status,
            explanation: explanation, articleText: articleText, evidence: evidence, gaps: gaps, reserves: reserves,
            suggestedOnly: !alignments.isEmpty && alignments.allSatisfy { $0.origin == .suggested },
            stale: alignments.contains { $0.stale }, draftingExamples: [])
    }

    private func decide(_ alignments: [ProvisionAlignment]) -> (ArticleStatus, [ElementGap], String) {
        if alignments.isEmpty {
            if !sectionInScope {
                return (.notAssessed, [], "The corpus holds no \(article.section.label.lowercased()) text for \(stateName), so this article could not be assessed.")
            }
            if let whole = reserves.first(where: { $0.kind == .reservation && $0.paragraph == nil && $0.elements.isEmpty }) {
                return (.reserved, [], "No provision implements the article; the state reserved it (\(whole.label)).")
            }
            return (.missing, [], "No provision in force implements this article.")
        }
        let present = Set(alignments.flatMap { $0.elements.filter { $0.status == .present }.map(\.id) })
        // The mapper names what a provision lacks and which optional qualifiers it adds; absent findings of
        // required elements count too (expert-added pairs may carry only findings).
        let absent = Set(alignments.flatMap { $0.elements.filter { $0.status == .absent }.map(\.id) + $0.missing })
        let qualifiers = Set(alignments.flatMap(\.qualifiers))
        var gaps: [ElementGap] = []
        for element in article.elements {
            // An element statutes usually leave to the code's general part (intent) is not missing for its absence.
            if element.qualifier == .required, !element.implicitOK, absent.contains(element.id), !present.contains(element.id) {
                gaps.append(gap(element, kind: .missing))
            } else if element.qualifier == .optional, element.coveredBy != nil,
                qualifiers.contains(element.id) || present.contains(element.id)
            {
                // Only a qualifier a declaration or reservation can cover narrows the offence; other optional
                // elements (a safeguard, the form of a definition) are no gap.
                gaps.append(gap(element, kind: .qualifier))
            }
        }
        let open = gaps.filter { $0.excusedBy == nil }
        let excused = gaps.filter { $0.excusedBy != nil }
        let anyFull = alignments.contains { $0.coverage == .full }
        let unexplainedPartial = !anyFull && gaps.filter { $0.kind == .missing }.isEmpty
        if !open.isEmpty || unexplainedPartial {
            let what = open.isEmpty
                ? "the provisions cover the article only in part (the missing elements were not identified)"
                : Self.describe(open)
            return (.partial, gaps, "Partly implemented: \(what).")
        }
        if !excused.isEmpty {
            let citations = uniqueLabels(excused.compactMap(\.excusedBy))
            let status: ArticleStatus = excused.contains { $0.excusedBy?.kind == .reservation } ? .reserved : .declared
            return (status, gaps, "Implemented as the state's \(citations.joined(separator: " and ")) allows: \(Self.describe(excused)).")
        }
        return (.implemented, gaps, "Implemented: the provisions cover every required element.")
    }

    /// `the provisions lack “…”; they add the qualifier “…”`.
    static func describe(_ gaps: [ElementGap]) -> String {
        func quoted(_ gaps: [ElementGap]) -> String {
            gaps.map { "“\($0.description.trimmingTrailingPeriod)”" }.joined(separator: ", ")
        }
        let missing = gaps.filter { $0.kind == .missing }, qualifiers = gaps.filter { $0.kind == .qualifier }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("the provisions lack " + quoted(missing)) }
        if !qualifiers.isEmpty { parts.append("they add the qualifier " + quoted(qualifiers)) }
        return parts.joined(separator: "; ")
    }

    private func gap(_ element: Article.Element, kind: ElementGap.Kind) -> ElementGap {
        ElementGap(
            id: element.id, description: element.description, paragraph: element.paragraph, kind: kind,
            excusedBy: excuse(for: element))
    }

    /// The first reserve that names the element; else one that names no element but the element's paragraph; else
    /// one that names neither (the article as a whole). A reserve on another paragraph with no elements listed
    /// excuses nothing: its scope is unknown, so it is only cited.
    private func excuse(for element: Article.Element) -> ReserveCitation? {
        reserves.first { $0.elements.contains(element.id) }
            ?? reserves.first { reserve in
                guard reserve.elements.isEmpty, let paragraph = reserve.paragraph, let own = element.paragraph else { return false }
                return own == paragraph || own.hasPrefix(paragraph + "(")
            }
            ?? reserves.first { $0.elements.isEmpty && $0.paragraph == nil }
    }

    private func uniqueLabels(_ citations: [ReserveCitation]) -> [String] {
        var seen: [String] = []
        for citation in citations where !seen.contains(citation.label) { seen.append(citation.label) }
        return seen.map { $0.prefix(1).lowercased() + $0.dropFirst() }
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
        let number = reference.num ?? provision?.num ?? reference.eId
        if let host = reference.host ?? provision?.host?.abbreviation ?? provision?.host?.title {
            let by = provision?.host?.insertedByNum.map { " (inserted by \(document.shortTitle) art. \($0))" } ?? ""
            return "\(host) \(unit) \(number)\(by)"
        }
        return "\(document.shortTitle) \(unit) \(number)"
    }

    static func evidence(_ alignment: ProvisionAlignment, in document: CorpusDocument, article: Article) -> ProvisionEvidence {
        let elements = alignment.elements.map { finding in
            let element = article.elements.first { $0.id == finding.id }
            return ElementEvidence(
                id: finding.id, description: element?.description ?? finding.id,
                qualifier: element?.qualifier ?? .required, status: finding.status,
                evidence: finding.evidence.map(\.text), spans: finding.evidence.map { [$0.start, $0.end] })
        }
        return ProvisionEvidence(
            document: document.uri, citation: of(alignment.provision, in: document), eId: alignment.provision.eId,
            num: alignment.provision.num, heading: alignment.provision.heading,
            text: document.provision(alignment.provision.eId)?.text ?? "", coverage: alignment.coverage,
            confidence: alignment.confidence, origin: alignment.origin, stale: alignment.stale,
            note: alignment.note, elements: elements)
    }
}

extension String {
    var trimmingTrailingPeriod: String {
        var text = self
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

extension ArticleAssessment {
    func with(draftingExamples: [DraftingExample]) -> ArticleAssessment {
        ArticleAssessment(
            article: article, title: title, section: section, status: status, explanation: explanation,
            articleText: articleText, evidence: evidence, gaps: gaps, reserves: reserves, suggestedOnly: suggestedOnly,
            stale: stale, draftingExamples: draftingExamples)
    }
}
