import Alignment

/// Drafting examples: how other states implemented an article, from provisions a drafter can follow.
struct ExamplePool {
    /// The least confidence of a mapper suggestion offered as a model (expert decisions always qualify).
    static let confident = 0.75

    private let byArticle: [String: [(state: StateCorpus, status: ArticleStatus, provisions: [ProvisionEvidence])]]

    init(_ assessments: [(StateCorpus, [ArticleAssessment])], instrument: Instrument) {
        var byArticle: [String: [(state: StateCorpus, status: ArticleStatus, provisions: [ProvisionEvidence])]] = [:]
        for (state, articles) in assessments {
            for assessment in articles where assessment.status.meetsObligation {
                let models = assessment.evidence.filter(Self.isModel)
                guard !models.isEmpty else { continue }
                byArticle[assessment.article, default: []].append((state, assessment.status, models))
            }
        }
        self.byArticle = byArticle
    }

    /// A provision whose alignment is full and confident or expert-confirmed, on its current text.
    static func isModel(_ evidence: ProvisionEvidence) -> Bool {
        evidence.coverage == .full && !evidence.stale && (evidence.origin != .suggested || evidence.confidence >= confident)
    }

    /// Models of the same article from other states. For a partial article, only provisions that show what it
    /// lacks (the same conduct), when the findings say so; best first, one state each.
    func examples(for assessment: ArticleAssessment, excluding code: String, limit: Int) -> [DraftingExample] {
        let lacking = Set(assessment.gaps.filter { $0.kind == .missing && $0.excusedBy == nil }.map(\.id))
        let candidates = (byArticle[assessment.article] ?? []).compactMap { candidate -> DraftingExample? in
            guard candidate.state.code != code else { return nil }
            let provisions = candidate.provisions.filter { evidence in
                // An expert's pair with no findings is taken as the expert's word for it.
                lacking.isEmpty || evidence.elements.isEmpty
                    || lacking.allSatisfy { id in evidence.elements.contains { $0.id == id && $0.status == .present } }
            }
            guard !provisions.isEmpty else { return nil }
            return DraftingExample(
                state: candidate.state.code, stateName: candidate.state.name, status: candidate.status,
                provisions: Array(provisions.prefix(2)))
        }
        return candidates.sorted { lhs, rhs in
            let left = Ranking.key(lhs.provisions[0]), right = Ranking.key(rhs.provisions[0])
            if left != right { return left < right }
            return lhs.state < rhs.state
        }.prefix(limit).map { $0 }
    }
}

/// What the corpus holds for a state and which kinds of text it lacks.
enum Holdings {
    static func of(_ state: StateCorpus, articles: [ArticleAssessment]) -> CorpusHoldings {
        let held = state.inForce.map { document in
            CorpusHoldings.HeldText(document: document.shortTitle, kinds: document.kinds, parts: document.parts)
        }
        var lacking: [TextKind: [String]] = [:]
        var order: [TextKind] = []
        for article in articles where article.status == .notFoundInCorpus {
            for kind in article.lacking {
                if lacking[kind] == nil { order.append(kind) }
                lacking[kind, default: []].append(article.article)
            }
        }
        return CorpusHoldings(
            whole: zip(state.inForce, held).filter { $0.0.extent == .whole }.map(\.1),
            excerpts: zip(state.inForce, held).filter { $0.0.extent == .excerpt }.map(\.1),
            lacking: order.map { CorpusHoldings.LackingText(kind: $0, articles: lacking[$0]!) })
    }
}

/// The treaty facts of a country profile, from the party file.
enum Profile {
    static func of(_ state: StateCorpus, instrument: Instrument) -> CountryProfile {
        let ids = [(instrument.id, instrument.title)] + instrument.relatedInstruments.map { ($0.id, $0.title) }
        let treaties = ids.map { id, title -> TreatyStatus in
            let status = state.party?.status(for: id)
            return TreatyStatus(
                instrument: id, title: title, status: status?.status, signed: status?.signed, joined: status?.ratified,
                joinedBy: status?.joinedBy, inForce: status?.inForce, approvedBy: status?.approvedBy, notes: status?.notes,
                sources: status?.sources.map(SourceCitation.init) ?? [])
        }
        let main = state.party?.status(for: instrument.id)
        let authorities = instrument.articles.compactMap { article -> [Authority]? in
            guard let designation = article.designation else { return nil }
            return main?.otherDeclarations.filter { $0.article == article.number }.map {
                Authority(designation: designation, article: article.number, name: $0.summary, source: SourceCitation($0.source))
            }
        }.flatMap { $0 }
        return CountryProfile(
            treaties: treaties, authorities: authorities,
            reservesKnown: state.party == nil ? nil : main?.reservesKnown ?? .unknown, notes: main?.notes)
    }
}

/// The few sentences a state page opens with, generated from the analysis: where the state stands, the main
/// gaps and what would cure them, and what to check.
struct Summary {
    let state: StateCorpus
    let instrument: Instrument
    let articles: [ArticleAssessment]
    let readiness: Readiness
    let holdings: CorpusHoldings
    let profile: CountryProfile

    /// Gaps named in the summary at most.
    static let mostGaps = 3

    var sentences: [String] {
        var sentences = [treaty, findings]
        sentences += gaps
        if let qualifiers { sentences.append(qualifiers) }
        sentences += flags
        return sentences
    }

    private var name: String { state.nameInText }

    private var treaty: String {
        let title = instrument.title
        guard let status = profile.treaties.first?.status, let facts = profile.treaties.first else {
            return "The sources give no treaty status of \(name) for the \(title)."
        }
        switch status {
        case .party:
            var text = "\(ReaderText.sentenceStart(name)) is a Party to the \(title)"
            if let inForce = facts.inForce { text += ", in force for it since \(ReaderText.date(inForce))" }
            return text + "."
        case .signatory:
            return "\(ReaderText.sentenceStart(name)) signed the \(title)" + (facts.signed.map { " on \(ReaderText.date($0))" } ?? "")
                + " but is not yet a Party."
        case .invited:
            return "\(ReaderText.sentenceStart(name)) is not yet a Party to the \(title); it has been invited to accede."
        case .observer, .none:
            return "\(ReaderText.sentenceStart(name)) is not a Party to the \(title)."
        }
    }

    private var findings: String {
        let overall = readiness.overall
        let met = overall.implemented + overall.excused
        var clauses = ["implements \(met == 0 ? "none" : String(met))" + (overall.excused > 0 ? " (\(overall.excused) within a declaration or reservation)" : "")]
        if overall.partial > 0 { clauses.append("partly implements \(overall.partial)") }
        if overall.missing > 0 { clauses.append("lacks \(overall.missing)") }
        var text = "Of the Convention's \(overall.articles) articles, the law in the corpus " + ReaderText.list(clauses)
        if overall.notFound > 0 {
            text += "; \(overall.notFound) \(overall.notFound == 1 ? "is" : "are") not found in the corpus"
            // The kinds of text lacking, those that would hold most articles first.
            let kinds = holdings.lacking.sorted { $0.articles.count > $1.articles.count }.map(\.kind.shortLabel)
            if !kinds.isEmpty {
                text += ", which holds no whole \(ReaderText.list(Array(kinds.prefix(3)) + (kinds.count > 3 ? ["other texts"] : []), conjunction: "or")) where they would be"
            }
        }
        return text + "."
    }

    /// The main gaps: missing articles first, then partial ones, in the Convention's order.
    private var gaps: [String] {
        let missing = articles.filter { $0.status == .missing && $0.assessedOn.isEmpty }
        let partial = articles.filter { $0.status == .partial && $0.assessedOn.isEmpty }
        let chosen = Array((missing + partial).prefix(Self.mostGaps))
        guard !chosen.isEmpty else {
            return articles.contains(where: { $0.status == .partial || $0.status == .missing })
                ? [] : ["No article assessed is missing or partly implemented."]
        }
        var sentences = [chosen.count == 1 ? "The main gap and its remedy:" : "The main gaps and their remedies:"]
        sentences += chosen.map { article -> String in
            let title = "Art. \(article.article) (\(article.title.lowercased()))"
            if article.status == .missing {
                return "\(title) is missing: the law needs a provision implementing it."
            }
            let open = article.gaps.filter { $0.kind == .missing && $0.excusedBy == nil }
            let cited = article.evidence.first?.citation ?? "the law"
            if open.isEmpty { return "\(title) is only partly implemented by \(cited), which is narrower than the article: amend it to match." }
            var remedy = open.first?.remedy ?? "Amend the law to cover it."
            if open.count > 1 { remedy = remedy.replacingOccurrences(of: "to cover it", with: "to cover them") }
            return "\(title): \(cited) does not show \(ReaderText.list(open.map { "“\($0.phrase)”" })). \(remedy)"
        }
        let rest = missing.count + partial.count - chosen.count
        if rest > 0 { sentences.append("\(rest) other article\(rest == 1 ? " is" : "s are") missing or partly implemented (see the table).") }
        return sentences
    }

    /// Optional qualifiers the law adds with no declaration or reservation covering them.
    private var qualifiers: String? {
        let open = articles.filter { $0.gaps.contains { $0.kind == .qualifier && $0.excusedBy == nil } }
        guard !open.isEmpty else { return nil }
        let isParty = profile.treaties.first?.status == .party
        return "The law narrows \(ReaderText.articles(open.map(\.article))) with qualifiers the Convention allows only by declaration or reservation, which \(name) has not made; "
            + (isParty && instrument.reservesAtJoiningOnly
                ? "as a Party it can cure this only by amending the provisions."
                : "it can make them on joining, or amend the provisions.")
    }

    /// Statements to review: those citing repealed law; an unknown record.
    private var flags: [String] {
        var sentences: [String] = []
        var stale: [String: [ReserveCitation]] = [:]
        var order: [String] = []
        var seen = Set<String>()
        for reserve in articles.flatMap(\.reserves) where reserve.citesRepealed != nil {
            guard seen.insert(reserve.label).inserted else { continue }
            if stale[reserve.citesRepealed!] == nil { order.append(reserve.citesRepealed!) }
            stale[reserve.citesRepealed!, default: []].append(reserve)
        }
        for law in order {
            let reserves = stale[law]!
            let kinds = Set(reserves.map(\.kind))
            let noun = kinds.count > 1 ? "statements" : (kinds.first == .declaration ? "declaration" : "reservation") + (reserves.count > 1 ? "s" : "")
            sentences.append("\(ReaderText.sentenceStart(ReaderText.possessive(name))) \(noun) under \(ReaderText.articles(reserves.map(\.article))) cite \(law): \(reserves.count > 1 ? "they" : "it") should be reviewed and updated or withdrawn.")
        }
        switch profile.reservesKnown {
        case .unknown?:
            sentences.append("The sources do not say which declarations and reservations \(name) made: none are applied here, and a gap below may be covered by one.")
        default:
            break
        }
        return sentences
    }
}
