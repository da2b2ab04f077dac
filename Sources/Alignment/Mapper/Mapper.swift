import AkomaNtoso

/// Aligns a law's provisions with an instrument's articles the way a legal expert does:
///
/// 1. reads what the provision does (`ProvisionRole`): an offence, a power, definitions, a penalty rule, a
///    formal clause; penalty-only and formal provisions have no counterpart;
/// 2. finds candidate articles in the language-independent space of the instrument's elements: the
///    (article, element) signals the provision's text contains;
/// 3. checks each candidate article element by element, and keeps it when its conduct (or power, or defined
///    term) and its object are there and enough of its required elements are;
/// 4. drops an article whose evidence is wholly part of a more specific article's (data alteration inside a
///    forgery or a fraud offence), and decides full or partial coverage, with a confidence.
public struct Mapper: Sendable {
    public let instrument: Instrument
    public let settings: Settings
    private let matchers: [Language: ElementMatcher]
    private let cues: [Language: RoleCues]

    public struct Settings: Sendable, Hashable {
        /// Share of the supporting required elements (beyond the conduct, object and result that anchor the
        /// article) a provision must show to be aligned with it.
        public var threshold: Double = 0.25
        /// Bonus to the share when the provision's heading carries the article's signals.
        public var headingBonus: Double = 0.15
        /// Most words between an article's conduct (power) and its object for them to count as one statement.
        public var proximity = 25
        /// Most words from a definition formula to a term it defines (definition lists run long).
        public var definitionReach = 60
        public init() {}
    }

    /// Compiles the instrument's signals for `languages` (all by default); aligning a provision in another
    /// language is a programming error.
    public init(instrument: Instrument, settings: Settings = Settings(), languages: Set<Language> = Set(Language.allCases)) {
        self.instrument = instrument
        self.settings = settings
        var matchers: [Language: ElementMatcher] = [:]
        var cues: [Language: RoleCues] = [:]
        for language in languages.sorted(by: { $0.rawValue < $1.rawValue }) {
            matchers[language] = ElementMatcher(instrument: instrument, language: language)
            cues[language] = RoleCues(language: language)
        }
        self.matchers = matchers
        self.cues = cues
    }

    /// The alignment of one document's provisions.
    public func align(documentURI: String, language: Language, provisions: [Provision]) -> DocumentAlignment {
        read(documentURI: documentURI, language: language, provisions: provisions).alignment
    }

    /// What a report needs of a document, read in one pass (reading a provision is most of the mapper's work):
    /// the alignment; what each provision does; and, for the articles no provision implements on its own
    /// (`Article.assessedOn`: sanctions, safeguards), their element findings on each provision aligned with an
    /// article they are assessed on.
    public struct Reading: Sendable {
        public let alignment: DocumentAlignment
        /// By eId.
        public let roles: [String: ProvisionRole]
        /// eId -> article assessed on other articles' provisions -> findings.
        public let derivedFindings: [String: [String: [ElementFinding]]]
    }

    public func read(documentURI: String, language: Language, provisions: [Provision]) -> Reading {
        let derived = instrument.articles.filter { !$0.isMapped }
        var alignments: [ProvisionAlignment] = []
        var unaligned: [ProvisionReference] = []
        var roles: [String: ProvisionRole] = [:]
        var derivedFindings: [String: [String: [ElementFinding]]] = [:]
        for provision in provisions {
            let analysis = analyze(provision, language: language)
            roles[provision.eId] = analysis.role
            let found = align(provision, analysis: analysis, language: language)
            if found.isEmpty {
                unaligned.append(Self.reference(provision, language: language))
            } else {
                alignments.append(contentsOf: found)
            }
            for article in derived where found.contains(where: { article.assessedOn.contains($0.article) }) {
                derivedFindings[provision.eId, default: [:]][article.number] = Self.findings(check(article, analysis), in: analysis.text)
            }
        }
        return Reading(
            alignment: DocumentAlignment(
                document: documentURI, instrument: instrument.id, alignments: alignments, unaligned: unaligned),
            roles: roles, derivedFindings: derivedFindings)
    }

    /// The articles one provision implements, best first.
    public func align(_ provision: Provision, language: Language) -> [ProvisionAlignment] {
        align(provision, analysis: analyze(provision, language: language), language: language)
    }

    private func align(_ provision: Provision, analysis: Analysis, language: Language) -> [ProvisionAlignment] {
        let reference = Self.reference(provision, language: language)
        return decide(analysis).map { candidate in
            ProvisionAlignment(
                provision: reference, article: candidate.article.number, coverage: candidate.coverage,
                confidence: candidate.confidence, origin: .suggested, elements: candidate.findings,
                missing: candidate.missing, qualifiers: candidate.qualifiers)
        }
    }

    /// Element findings for one (provision, article) pair, whatever the decision: used for expert-added pairs.
    public func findings(for provision: Provision, article number: String, language: Language) -> [ElementFinding] {
        let analysis = analyze(provision, language: language)
        guard let article = instrument.article(number) else { return [] }
        return Self.findings(check(article, analysis), in: analysis.text)
    }

    /// Element findings for several articles on one provision, read once: how reports assess an article on
    /// other articles' provisions (`Article.assessedOn`).
    public func findings(for provision: Provision, articles numbers: [String], language: Language) -> [String: [ElementFinding]] {
        let analysis = analyze(provision, language: language)
        var result: [String: [ElementFinding]] = [:]
        for number in numbers {
            guard let article = instrument.article(number) else { continue }
            result[number] = Self.findings(check(article, analysis), in: analysis.text)
        }
        return result
    }

    /// Each element of the article, present with up to three evidence spans, or absent.
    static func findings(_ check: Check, in text: AnalyzedText) -> [ElementFinding] {
        check.article.elements.map { element in
            let ranges = check.matched[element.id] ?? []
            return ElementFinding(
                id: element.id, status: ranges.isEmpty ? .absent : .present,
                evidence: ranges.prefix(3).map { evidence($0, in: text) })
        }
    }

    public func role(of provision: Provision, language: Language) -> ProvisionRole {
        analyze(provision, language: language).role
    }

    /// How the pair cites the provision: an article inserted into a code as the code's article; an amending
    /// provision whose new wording for a code article was not split off, as that code article too.
    static func reference(_ provision: Provision, language: Language? = nil) -> ProvisionReference {
        if provision.host == nil, let language, let target = AmendmentTarget.find(in: provision.text, language: language) {
            return ProvisionReference(eId: provision.eId, num: target.number, host: target.host, heading: provision.heading)
        }
        return ProvisionReference(
            eId: provision.eId, num: provision.num, host: provision.host.flatMap { $0.title ?? $0.abbreviation },
            heading: provision.heading)
    }

    // MARK: - Analysis

    struct Analysis {
        let text: AnalyzedText
        let role: ProvisionRole
        let matches: [String: [String: [Range<Int>]]]
        let headingMatches: [String: [String: [Range<Int>]]]
        /// The heading says the provision defines terms ("Definiciones").
        let headingDefines: Bool
    }

    private func analyze(_ provision: Provision, language: Language) -> Analysis {
        let analyzer = Analyzer(language: language)
        let text = analyzer.analyze(provision.text)
        let heading = provision.heading.map { analyzer.analyze($0) }
        guard let matcher = matchers[language], let cues = cues[language] else {
            preconditionFailure("Mapper built without the signals of language '\(language.rawValue)'")
        }
        return Analysis(
            text: text, role: cues.role(text: text, heading: heading), matches: matcher.matches(in: text),
            headingMatches: heading.map { matcher.matches(in: $0) } ?? [:],
            headingDefines: heading.map { cues.headingDefines($0) } ?? false)
    }

    // MARK: - Element checks

    struct Check {
        let article: Article
        /// Token ranges per element id.
        let matched: [String: [Range<Int>]]
        /// Weighted share of the supporting required elements present (with the heading bonus).
        let score: Double
        /// The conduct/power/definition and the object the article needs are there.
        let anchored: Bool
        let evidence: [Range<Int>]
        /// Where the conduct (power, defined term) was found: what another article's evidence may subsume.
        let principalEvidence: [Range<Int>]
        let missing: [String]
        let qualifiers: [String]
        /// A required result of the article (inauthentic data, loss of property) is in the provision.
        let showsResult: Bool

        var coverage: Coverage { missing.isEmpty ? .full : .partial }
    }

    struct Candidate {
        let article: Article
        let findings: [ElementFinding]
        let coverage: Coverage
        let confidence: Double
        let missing: [String]
        let qualifiers: [String]
    }

    static func weight(_ kind: Article.Kind) -> Double {
        switch kind {
        case .conduct, .power, .definition: 3
        case .object, .obligation: 2
        case .result: 1.5
        case .mentalElement, .withoutRight, .circumstance: 1
        case .safeguard: 0.5
        }
    }

    /// The kinds of element that carry an article of each section: an offence is its conduct, a procedural
    /// article its power, a co-operation article the obligation or power it creates, jurisdiction its grounds.
    static func anchorKinds(_ section: Article.Section) -> Set<Article.Kind> {
        switch section {
        case .substantive: [.conduct, .obligation]
        case .procedural: [.power]
        case .cooperation: [.obligation, .power]
        case .definitions: [.definition]
        case .jurisdiction: [.circumstance, .obligation]
        case .final: []
        }
    }

    private func check(_ article: Article, _ analysis: Analysis) -> Check {
        let matched = analysis.matches[article.number] ?? [:]
        let headingMatched = analysis.headingMatches[article.number] ?? [:]
        var evidence: [Range<Int>] = []
        var present = Set<String>()
        for element in article.elements {
            let ranges = matched[element.id] ?? []
            if !ranges.isEmpty { present.insert(element.id) }
            evidence.append(contentsOf: ranges)
        }
        let required = article.requiredElements.isEmpty ? article.elements : article.requiredElements
        let anchorKinds = Self.anchorKinds(article.section)
        let anchors = required.filter { anchorKinds.contains($0.kind) }
        // Procedural and co-operation powers name their object loosely ("the data", "the records"): the power
        // carries them. An offence needs its object.
        let objects = article.section == .substantive || article.section == .definitions
            ? required.filter { $0.kind == .object } : []
        let results = required.filter { $0.kind == .result }
        let inHeading = { (element: Article.Element) in headingMatched[element.id] != nil }
        let anchorInText = anchors.contains { present.contains($0.id) }
        let objectInText = objects.contains { present.contains($0.id) }
        // A heading may name the conduct or the object, not both: the text must say one of them.
        let anchored =
            (anchors.isEmpty || anchorInText || (anchors.contains(where: inHeading) && (objects.isEmpty || objectInText)))
            && (objects.isEmpty || objectInText || (objects.contains(where: inHeading) && anchorInText))
            && (results.isEmpty || results.contains { present.contains($0.id) })
            && !present.isEmpty

        // Support: the share of the other required elements the provision shows (an element the law may leave to
        // the general part, such as intent, counts only when it is written).
        let support = required.filter { !anchorKinds.contains($0.kind) && (present.contains($0.id) || !Self.isImplicit($0)) }
        let total = support.reduce(0) { $0 + Self.weight($1.kind) }
        let shown = support.filter { present.contains($0.id) }.reduce(0) { $0 + Self.weight($1.kind) }
        let headingShown = required.contains(where: inHeading)
        let score = (total > 0 ? shown / total : 1) + (headingShown ? settings.headingBonus : 0)

        let principal = anchors.flatMap { matched[$0.id] ?? [] }
        // The conduct and its object must be said together, not in unrelated sentences of a long provision.
        let objectEvidence = objects.flatMap { matched[$0.id] ?? [] }
        let together =
            !anchorInText || principal.isEmpty || objectEvidence.isEmpty
            || principal.contains { conduct in
                objectEvidence.contains {
                    Self.distance(conduct, $0) <= settings.proximity && !Self.sentenceBreak(between: conduct, $0, in: analysis.text)
                }
            }
        // A power is implemented where the provision grants it, not where it mentions another provision's order.
        let granted =
            article.section != .procedural || !anchorInText
            || principal.contains { power in
                analysis.role.powerPhrases.contains { Self.distance(power, $0) <= settings.proximity }
            }
        // A term is defined where a definition formula introduces it ("se entenderá por: a) Datos informáticos",
        // "computer data means"), and not by reference ("has the same meaning as in ...").
        let defined =
            article.section != .definitions || analysis.headingDefines
            || anchors.contains { element in
                (matched[element.id] ?? []).contains { term in
                    !Self.refersElsewhere(term, in: analysis.text)
                        && analysis.role.definitionPhrases.contains { cue in
                            // "computer data means": the formula right after the term; "se entenderá por: a) Datos
                            // informáticos": the term after the formula, in the same sentence.
                            (cue.lowerBound >= term.upperBound && cue.lowerBound <= term.upperBound + 1
                                && Self.followsTheTerm.contains(analysis.text.tokens[cue.lowerBound].folded))
                                || (cue.upperBound <= term.lowerBound
                                    && term.lowerBound - cue.upperBound <= settings.definitionReach
                                    && !Self.sentenceBreak(between: cue, term, in: analysis.text))
                        }
                }
            }
        let missing = required.filter {
            !present.contains($0.id) && !Self.isImplicit($0) && Self.decisiveKinds.contains($0.kind)
        }.map(\.id)
        let qualifiers = article.elements.filter { $0.qualifier == .optional && present.contains($0.id) }.map(\.id)
        return Check(
            article: article, matched: matched, score: score, anchored: anchored && together && granted && defined,
            evidence: evidence,
            principalEvidence: principal,
            missing: article.requiredElements.isEmpty ? [] : missing, qualifiers: qualifiers,
            showsResult: results.contains { present.contains($0.id) })
    }

    /// The elements whose absence makes coverage partial: what is done, to what, with what result, which power,
    /// which term. "Without right", intent, means and conditions are often implied by the verb chosen ("defraud",
    /// "wilfully destroy") or set elsewhere; their absence is shown in the findings but does not by itself
    /// make the provision narrower than the article.
    static let decisiveKinds: Set<Article.Kind> = [.conduct, .object, .result, .power, .definition]

    /// Elements statutes usually leave to the code's general part (intent as the default form of guilt): their
    /// absence from the provision's words proves nothing.
    static func isImplicit(_ element: Article.Element) -> Bool {
        element.implicitOK
    }

    /// True when a sentence ends (a full stop before a space or a new line) between two token ranges.
    static func sentenceBreak(between a: Range<Int>, _ b: Range<Int>, in text: AnalyzedText) -> Bool {
        let from = min(a.upperBound, b.upperBound)
        let to = max(a.lowerBound, b.lowerBound)
        guard from < to else { return false }
        return (from...min(to, text.tokens.count - 1)).contains { text.tokens[$0].sentenceBefore }
    }

    /// Definition formulas that follow the term they define ("computer data means", "données désigne").
    static let followsTheTerm: Set<String> = ["means", "designe", "designent", "significa", "significam", "includes"]

    /// The words after a defined term say it has the meaning given elsewhere.
    static func refersElsewhere(_ term: Range<Int>, in text: AnalyzedText) -> Bool {
        let following = text.tokens[term.upperBound..<min(text.tokens.count, term.upperBound + 5)].map(\.folded)
        let pairs: [(String, String)] = [
            ("same", "meaning"), ("mismo", "significado"), ("mismo", "sentido"), ("mesmo", "significado"),
            ("mesmo", "sentido"), ("meme", "sens"), ("meaning", "assigned"),
        ]
        return pairs.contains { pair in
            zip(following, following.dropFirst()).contains { $0 == pair.0 && $1 == pair.1 }
        }
    }

    /// Words between two token ranges (0 when they overlap or touch).
    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, max(a.lowerBound, b.lowerBound) - min(a.upperBound, b.upperBound))
    }

    static func evidence(_ range: Range<Int>, in text: AnalyzedText) -> Evidence {
        let start = text.tokens[range.lowerBound].start
        let end = text.tokens[range.upperBound - 1].end
        return Evidence(text: text.excerpt(from: start, to: end), start: start, end: end)
    }

    // MARK: - Decision

    private func decide(_ analysis: Analysis) -> [Candidate] {
        let role = analysis.role
        if role.adjustsPenalty || role.isFormal { return [] }
        var checks: [Check] = []
        for article in instrument.articles where article.isMapped {
            guard admits(article.section, role: role) else { continue }
            guard analysis.matches[article.number] != nil else { continue }
            let check = check(article, analysis)
            // An offence article (one with an object) needs a provision that punishes and enough of its elements;
            // powers, obligations and definitions are recognised by their gates (the power or term itself, where
            // it is granted or defined, and the role of the provision).
            let offence = article.section == .substantive && article.elements.contains { $0.kind == .object }
            let supported = !offence || (analysis.role.createsOffence && check.score >= settings.threshold)
            if check.anchored && supported { checks.append(check) }
        }
        checks = withoutSubsumed(checks)
        // An offence about the means of other offences (misuse of devices) is not implemented by a provision whose
        // tools serve only another offence it defines itself (the devices of a fraud are part of that fraud).
        let articles = Set(checks.map(\.article.number))
        let found = checks
        checks.removeAll { check in
            let served = Set(check.article.servesOffences)
            guard !served.isEmpty, articles.isDisjoint(with: served) else { return false }
            return found.contains { other in
                other.article.number != check.article.number && !served.contains(other.article.number)
                    && other.article.section == .substantive && !other.article.ancillary
                    && other.article.elements.contains { $0.kind == .conduct }
            }
        }
        // Ancillary liability (attempt, aiding) only accompanies an offence the instrument knows.
        // A general rule on attempt or complicity speaks of the law's offences ("los delitos previstos en esta ley").
        let hasOffenceArticle =
            checks.contains { $0.article.section == .substantive && !$0.article.ancillary }
            || analysis.role.refersToOffences
        checks = checks.filter { !$0.article.ancillary || hasOffenceArticle }
        return checks.sorted { ($0.score, -Self.order($0.article)) > ($1.score, -Self.order($1.article)) }
            .map { check in
                Candidate(
                    article: check.article, findings: Self.findings(check, in: analysis.text), coverage: check.coverage,
                    confidence: Self.confidence(check), missing: check.missing, qualifiers: check.qualifiers)
            }
            .sorted { Self.order($0.article) < Self.order($1.article) }
    }

    /// Which provisions can implement a section: offences the substantive articles, powers (never offences) the
    /// procedural and co-operation articles, definitions Art. 1.
    private func admits(_ section: Article.Section, role: ProvisionRole) -> Bool {
        switch section {
        case .definitions: role.defines
        case .substantive: role.createsOffence || !(role.grantsPower || role.defines)
        case .procedural: role.grantsPower && !role.createsOffence
        case .cooperation: role.isInternational && !role.createsOffence
        case .jurisdiction: role.isJurisdictional && !role.createsOffence
        case .final: false
        }
    }

    /// Drops a check whose conduct was found only inside the evidence of another article of the same section
    /// that shows more: data alteration that is the means of a fraud, data damage that is the means of a
    /// system interference.
    private func withoutSubsumed(_ checks: [Check]) -> [Check] {
        checks.filter { candidate in
            let own = Set(candidate.principalEvidence.flatMap { Array($0) })
            guard !own.isEmpty else { return true }
            return !checks.contains { other in
                guard other.article.number != candidate.article.number,
                    candidate.article.section == .substantive, other.article.section == .substantive
                else { return false }
                let wider = Set(other.evidence.flatMap { Array($0) })
                let otherOwn = Set(other.principalEvidence.flatMap { Array($0) })
                // The same words read as a longer conduct phrase of the other ("impide el acceso" is hindering,
                // not access): the longer reading wins.
                if own.isSubset(of: otherOwn) && otherOwn.count > own.count { return true }
                // The candidate's conduct is only the other's means (data damage through which a system is
                // hindered), or the other is the more specific offence (its result is there: forgery, fraud).
                // Words that are both articles' conduct ("inutilizare datos ... o sistemas") make two offences.
                return own.isSubset(of: wider)
                    && (own.isDisjoint(with: otherOwn) || (other.showsResult && !candidate.showsResult))
                    && !otherOwn.isSubset(of: Set(candidate.evidence.flatMap { Array($0) }))
            }
        }
    }

    static func confidence(_ check: Check) -> Double {
        let value = 0.35 + 0.6 * min(check.score, 1.0) - (check.missing.isEmpty ? 0 : 0.05)
        return (max(0, min(1, value)) * 100).rounded() / 100
    }

    static func order(_ article: Article) -> Int {
        Int(article.number) ?? Int.max
    }
}
