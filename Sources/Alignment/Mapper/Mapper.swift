import AkomaNtoso
import TextImport

/// Aligns a law's provisions with an instrument's articles the way a legal expert does:
///
/// 1. reads the provision's concepts (the lexicon of its language), in its text, its heading and the headings of
///    the parts above it, and carries into it the concepts of terms the law defines elsewhere;
/// 2. reads what the provision does (`ProvisionRole`): an offence, a power, definitions, a penalty rule, a formal
///    clause; penalty-only and formal provisions have no counterpart;
/// 3. finds the instrument's elements in the language-independent space of concepts, and checks each candidate
///    article element by element: its conduct (or power, or defined term) and its object said together, enough of
///    its required elements, where the power is granted or the term defined (`ArticleCheck`);
/// 4. applies the rules an expert applies between articles (`Mapper+Decision`): the more specific offence wins, a
///    power goes to the article whose power and object it grants, ancillary liability goes with an offence; and
///    decides full or partial coverage, the qualifiers the state added, with a confidence.
public struct Mapper: Sendable {
    public let instrument: Instrument
    public let settings: Settings
    private let models: [Language: LanguageModel]
    /// The drafting formulas of `Mappings/languages/`: definitions, amendments of other laws.
    let drafting: DraftingFormulas?
    /// Per article (instrument order), the articles that share one of its anchor expressions: kindred measures
    /// that one statutory power implements together (real-time collection and interception share the duty of
    /// providers to assist; the two preservation articles share the preservation of data).
    let kin: [Set<Int>]
    /// The element indices `textOffences` and `textMeasures` test, per article, worked out once.
    let shapes: ArticleShapes
    /// Per article (instrument order), for a procedural article: its first power element and the other power
    /// elements every expression of which acts on one of its measures (assistance a provider must give), worked
    /// out once rather than parsing the expressions at every check.
    let assistance: [(main: Int, assisting: [Int])?]

    public struct Settings: Sendable, Hashable {
        /// Share of the supporting required elements (beyond the conduct, object and result that anchor the
        /// article) a provision must show to be aligned with an offence article.
        public var threshold: Double = 0.25
        /// Bonus to the share when the provision's heading carries the article's elements.
        public var headingBonus: Double = 0.15
        /// Most words between an article's conduct (power) and its object, or between the concepts of a
        /// conjunction, for them to count as one statement (they must also be in one sentence).
        public var proximity = 25
        /// Most words between the concepts of a close conjunction (`a ~ b`): the verb and its direct object.
        public var closeness = 6
        /// Most words between a definition formula and the term it defines ("se entenderá como sistema
        /// informático", "como datos ..., se entenderán solo"); in a list of definitions every term is defined.
        public var definitionReach = 8
        /// Distinct measures (procedural or co-operation articles) named in one sentence that make it a list: a
        /// measure only listed there is not granted by the provision.
        public var enumeration = 3
        /// Most words between a measure and a reference to another provision for the measure to be granted there.
        public var referenceReach = 4
        /// Most words between an alternative or negation ("o no", "whether or not") and a qualifier it voids.
        public var alternativeReach = 3
        /// Most words between an object and the holder that narrows it ("de un organismo público").
        public var narrowingReach = 6
        /// Sections never suggested (final provisions). Articles assessed on others' provisions (`Article.assessedOn`:
        /// Arts. 13-15) are never suggested either.
        public var excludedSections: Set<Article.Section> = [.final]

        public init() {}
    }

    /// One language's compiled knowledge.
    struct LanguageModel: Sendable {
        let analyzer: Analyzer
        let concepts: ConceptMatcher
        let elements: ElementMatcher
        let cues: RoleCues
        /// Per article (instrument order): the concept numbers any of its elements names, to skip articles whose
        /// concepts a provision lacks altogether.
        let articleConcepts: [[Int]]
        /// Per article: for a procedural or co-operation article, the first concept of each anchor expression (the
        /// power itself: "preserve", "produce-order"); empty for other sections.
        let powerConcepts: [Set<Int>]
        /// Per article: the concepts of another matter, and those that bring the provision back (`Article.notWhere`).
        let otherMatters: [(concepts: [Int], unless: [Int])]
        /// Per article: the concepts of qualifiers a Party may add to other articles only, which this article's
        /// elements do not name.
        let foreignQualifiers: [[Int]]
        /// Concepts a definition never carries into the provisions that use its term (`Mapper.glossary`).
        let uncarried: Set<Int>
        /// Masks that are also objects the instrument describes (computer data): carried only by a term that names
        /// a thing, whose definition shows no conduct (`Mapper.objectMasks`).
        let objectMasks: Set<Int>
        /// The concepts of the instrument's conduct elements.
        let conducts: Set<Int>
    }

    /// Compiles the lexicons of `languages` (all by default) against the instrument; aligning a provision in a
    /// language without a lexicon is a programming error.
    public init(
        instrument: Instrument, lexicons: ConceptLexicons, drafting: DraftingFormulas? = nil, settings: Settings = Settings(),
        languages: Set<Language> = Set(Language.allCases)
    ) {
        self.instrument = instrument
        self.settings = settings
        self.drafting = drafting
        let anchorExpressions = instrument.articles.map { article in
            Set(article.elements.filter { Self.anchorKinds(article.section).contains($0.kind) }.flatMap(\.concepts))
        }
        kin = anchorExpressions.indices.map { index in
            Set(anchorExpressions.indices.filter { other in
                other != index && !anchorExpressions[index].isDisjoint(with: anchorExpressions[other])
            })
        }
        shapes = ArticleShapes(instrument)
        assistance = instrument.articles.map { article in
            let elements = article.elements
            guard article.section == .procedural, let main = elements.indices.first(where: { elements[$0].kind == .power })
            else { return nil }
            let measures = Set(elements[main].expressions.map { $0.concepts[0] })
            let assisting = elements.indices.filter { element in
                element != main && elements[element].kind == .power && !elements[element].expressions.isEmpty
                    && elements[element].expressions.allSatisfy { $0.concepts.count > 1 && measures.contains($0.concepts[1]) }
            }
            return (main, assisting)
        }
        var models: [Language: LanguageModel] = [:]
        for language in languages.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let lexicon = lexicons[language] else { continue }
            let concepts = ConceptMatcher(lexicon: lexicon)
            let elements = ElementMatcher(instrument: instrument, concepts: concepts)
            let analyzer = Analyzer(language: language)
            models[language] = LanguageModel(
                analyzer: analyzer, concepts: concepts, elements: elements,
                cues: RoleCues(concepts: concepts, drafting: drafting, analyzer: analyzer),
                articleConcepts: elements.elements.map { article in
                    Set(article.flatMap { $0.expressions.flatMap { $0 } + $0.narrowerExpressions.flatMap { $0 } }).sorted()
                },
                powerConcepts: instrument.articles.indices.map { index in
                    let article = instrument.articles[index]
                    guard article.section == .procedural || article.section == .cooperation else { return [] }
                    let anchors = Self.anchorKinds(article.section)
                    return Set(article.elements.indices.filter { anchors.contains(article.elements[$0].kind) }
                        .flatMap { elements.elements[index][$0].expressions.compactMap(\.first) })
                },
                otherMatters: instrument.articles.map { article in
                    (article.notWhere?.concepts.compactMap(concepts.number(of:)) ?? [],
                     article.notWhere?.unless.compactMap(concepts.number(of:)) ?? [])
                },
                foreignQualifiers: instrument.articles.map { article in
                    guard article.section == .substantive, Self.hasConduct(article), !article.ancillary else { return [] }
                    let own = Set(article.elements.flatMap(\.concepts))
                    let restricting = Set(
                        instrument.articles.flatMap(\.elements)
                            .filter { $0.narrowsOthers || $0.narrows.contains(article.number) }.flatMap(\.concepts))
                    return restricting.subtracting(own).sorted().compactMap(concepts.number(of:))
                },
                uncarried: Self.uncarriedConcepts(instrument, concepts: concepts),
                objectMasks: Self.objectMasks(instrument, concepts: concepts),
                conducts: Self.conductConcepts(instrument, concepts: concepts))
        }
        self.models = models
    }

    /// The alignment of one document's provisions. Terms the document defines carry their definitions' concepts
    /// into the provisions that use them.
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
        let model = model(language)
        let derived = instrument.articles.indices.filter { !instrument.articles[$0].isMapped }
        var headings = HeadingCache()
        let texts = provisions.map { read($0, model: model, headings: &headings) }
        let glossary = glossary(texts, model: model)
        var alignments: [ProvisionAlignment] = []
        var unaligned: [ProvisionReference] = []
        var roles: [String: ProvisionRole] = [:]
        var derivedFindings: [String: [String: [ElementFinding]]] = [:]
        var companions: [Companion] = []
        // Provisions whose ancillary liability accompanied no offence of their own: read again once the document is
        // known to create offences of the instrument elsewhere.
        var generalRules: [(index: Int, analysis: Analysis)] = []
        // Acts described without being made a crime, and the offences that may punish them by citation.
        var describedActs: [DescribedActs] = []
        var offencesByCitation: [(index: Int, analysis: Analysis, reference: ProvisionReference)] = []
        func pairs(_ candidates: [Candidate], _ reference: ProvisionReference) -> [ProvisionAlignment] {
            candidates.map { candidate in
                ProvisionAlignment(
                    provision: reference, article: candidate.article.number, coverage: candidate.coverage,
                    confidence: candidate.confidence, origin: .suggested, elements: candidate.findings,
                    missing: candidate.missing, qualifiers: candidate.qualifiers, narrower: candidate.narrower)
            }
        }
        for (index, provision) in provisions.enumerated() {
            var text = texts[index]
            carry(glossary, into: &text, at: index)
            let analysis = analyze(text, model: model)
            roles[provision.eId] = analysis.role
            let reference = reference(provision, language: language)
            var reasons: [String: String] = [:]
            let found = pairs(decide(analysis, reasons: &reasons), reference)
            if reasons.values.contains(Self.withoutOffenceReason) { generalRules.append((index, analysis)) }
            if found.isEmpty { unaligned.append(reference) } else { alignments.append(contentsOf: found) }
            if let acts = self.describedActs(analysis, reference: reference) { describedActs.append(acts) }
            if analysis.role.createsOffence, !found.contains(where: implementsOffence) {
                offencesByCitation.append((index, analysis, reference))
            }
            if let companion = companion(analysis, reference: reference, text: provision.text, aligned: found.map(\.article)) {
                companions.append(companion)
            }
            for article in derived where found.contains(where: { instrument.articles[article].assessedOn.contains($0.article) }) {
                derivedFindings[provision.eId, default: [:]][instrument.articles[article].number] =
                    Self.findings(check(article, analysis), in: analysis.text)
            }
        }
        if !describedActs.isEmpty {
            for offence in offencesByCitation {
                let added = punishingCitedActs(
                    offence.analysis, reference: offence.reference, text: provisions[offence.index].text, acts: describedActs)
                guard !added.isEmpty else { continue }
                let known = Set(alignments.filter { $0.provision.eId == offence.reference.eId }.map(\.article))
                alignments.append(contentsOf: added.filter { !known.contains($0.article) })
                unaligned.removeAll { $0.eId == offence.reference.eId }
            }
        }
        if !generalRules.isEmpty,
            alignments.contains(where: implementsOffence)
        {
            for (index, analysis) in generalRules {
                var reasons: [String: String] = [:]
                let reference = reference(provisions[index], language: language)
                let known = Set(alignments.filter { $0.provision.eId == reference.eId }.map(\.article))
                let added = pairs(decide(analysis, reasons: &reasons, lawHasOffences: true), reference)
                    .filter { !known.contains($0.article) }
                guard !added.isEmpty else { continue }
                alignments.append(contentsOf: added)
                unaligned.removeAll { $0.eId == reference.eId }
            }
        }
        if !companions.isEmpty {
            alignments = completing(alignments, with: companions)
            let alignedIds = Set(alignments.map(\.provision.eId))
            unaligned.removeAll { alignedIds.contains($0.eId) }
        }
        let alignedBefore = Set(alignments.map(\.provision.eId))
        alignments = withoutDefinitionsBesideOffences(alignments, roles: roles)
        let alignedAfter = Set(alignments.map(\.provision.eId))
        unaligned += provisions.filter { alignedBefore.contains($0.eId) && !alignedAfter.contains($0.eId) }
            .map { reference($0, language: language) }
        alignments = sharingDuties(alignments)
        alignments = takingCitedGaps(
            alignments, texts: Dictionary(provisions.map { ($0.eId, $0.text) }, uniquingKeysWith: { first, _ in first }))
        return Reading(
            alignment: DocumentAlignment(
                document: documentURI, instrument: instrument.id, alignments: alignments, unaligned: unaligned),
            roles: roles, derivedFindings: derivedFindings)
    }

    /// The pair aligns its provision with an offence article (one with conduct, not ancillary liability).
    func implementsOffence(_ pair: ProvisionAlignment) -> Bool {
        instrument.articles.contains { $0.number == pair.article && Self.isOffence($0) }
    }

    /// A law's interpretation section (the list of definitions that gives the terms of Art. 1) serves the law's
    /// offences: where the law creates an article's offence itself, that offence implements the article, not the
    /// definition of its object ("child pornography" means ...) in the general list. (A definition given for the
    /// offences of one chapter, "Concepto de pornografía infantil", still implements it.)
    func withoutDefinitionsBesideOffences(_ alignments: [ProvisionAlignment], roles: [String: ProvisionRole])
        -> [ProvisionAlignment]
    {
        let offenceArticles = Set(instrument.articles.filter(Self.isOffence).map(\.number))
        let createdOffences = Set(
            alignments.filter { offenceArticles.contains($0.article) && roles[$0.provision.eId]?.createsOffence == true }
                .map(\.article))
        let definitionArticles = Set(instrument.articles.filter { $0.section == .definitions }.map(\.number))
        let interpretationSections = Set(alignments.filter { definitionArticles.contains($0.article) }.map(\.provision.eId))
        return alignments.filter { pair in
            let role = roles[pair.provision.eId]
            let servesTheLawsOffence = role?.isDefinitionList == true && role?.createsOffence == false
                && interpretationSections.contains(pair.provision.eId) && createdOffences.contains(pair.article)
            return !servesTheLawsOffence
        }
    }

    /// The articles one provision implements, best first (read on its own: no terms defined elsewhere).
    public func align(_ provision: Provision, language: Language) -> [ProvisionAlignment] {
        let analysis = analyze(provision, language: language)
        let reference = reference(provision, language: language)
        return decide(analysis).map { candidate in
            ProvisionAlignment(
                provision: reference, article: candidate.article.number, coverage: candidate.coverage,
                confidence: candidate.confidence, origin: .suggested, elements: candidate.findings,
                missing: candidate.missing, qualifiers: candidate.qualifiers, narrower: candidate.narrower)
        }
    }

    /// Element findings for one (provision, article) pair, whatever the decision: used for expert-added pairs.
    public func findings(for provision: Provision, article number: String, language: Language) -> [ElementFinding] {
        findings(for: provision, articles: [number], language: language)[number] ?? []
    }

    /// Element findings for several articles on one provision, read once: how reports assess an article on
    /// other articles' provisions (`Article.assessedOn`).
    public func findings(for provision: Provision, articles numbers: [String], language: Language) -> [String: [ElementFinding]] {
        let analysis = analyze(provision, language: language)
        var result: [String: [ElementFinding]] = [:]
        for number in numbers {
            guard let index = instrument.articles.firstIndex(where: { $0.number == number }) else { continue }
            result[number] = Self.findings(check(index, analysis), in: analysis.text)
        }
        return result
    }

    public func role(of provision: Provision, language: Language) -> ProvisionRole {
        analyze(provision, language: language).role
    }

    /// The concept ids a text shows, in lexicon order, with the words that show them: what a lexicon editor
    /// checks.
    public func concepts(in text: String, language: Language) -> [(concept: String, words: [String])] {
        let model = model(language)
        let analyzed = model.analyzer.analyze(text)
        let hits = model.concepts.hits(in: analyzed)
        return model.concepts.ids.enumerated().compactMap { number, id in
            let ranges = hits.ranges(of: number)
            guard !ranges.isEmpty else { return nil }
            return (id, ranges.map { Self.evidence($0, in: analyzed).text })
        }
    }

    /// How the pair cites the provision: an article inserted into a code as the code's article; an amending
    /// provision whose new wording for a code article was not split off, as that code article too.
    func reference(_ provision: Provision, language: Language? = nil) -> ProvisionReference {
        // The formula opens the amending provision and cites the code article by number: its head is all that is
        // read (a long text is not bridged whole to the regular-expression engine), and only when it has a digit.
        if provision.host == nil, let language, let drafting, let head = CharacterKind.headWithNumber(provision.text, count: 600),
            let target = drafting.amendedProvision(in: String(head), language: language.rawValue)
        {
            return ProvisionReference(eId: provision.eId, num: target.number, host: target.host, heading: provision.heading)
        }
        return ProvisionReference(
            eId: provision.eId, num: provision.num, host: provision.host.flatMap { $0.title ?? $0.abbreviation },
            heading: provision.heading)
    }

    func model(_ language: Language) -> LanguageModel {
        guard let model = models[language] else {
            preconditionFailure("Mapper built without the lexicon of language '\(language.rawValue)'")
        }
        return model
    }

    // MARK: - Reading a provision

    /// A provision's words and concepts: its text, its heading and the headings of the parts above it.
    struct ReadText {
        let text: AnalyzedText
        var hits: ConceptHits
        let heading: ConceptHits?
        /// The headings of the parts above it, innermost first, read together.
        let context: [ConceptHits]
        let headingText: AnalyzedText?
        /// Element ranges of the nearest heading above that speaks of measures (empty when none does).
        let contextMatched: [[[Range<Int>]]]
        /// The measure articles whose power that heading names, with or without its object ("Des perquisitions et
        /// des saisies").
        let contextPowers: Set<Int>
        /// Where the text's term followers stand (`RoleCues.followerRanges`): read once here, not by the glossary,
        /// the role and the definition bodies in turn.
        let followers: [Range<Int>]
    }

    /// Headings repeat from provision to provision (every article of a chapter has its chapter above it).
    struct HeadingCache {
        var read: [String: (AnalyzedText, ConceptHits)] = [:]
        /// Per heading: its element ranges when it names a measure (a procedural or co-operation article's
        /// element), nil when it names none.
        var measures: [String: [[[Range<Int>]]]?] = [:]

        mutating func hits(_ heading: String, model: LanguageModel) -> (AnalyzedText, ConceptHits) {
            if let known = read[heading] { return known }
            let analyzed = model.analyzer.analyze(heading)
            let found = (analyzed, model.concepts.hits(in: analyzed))
            read[heading] = found
            return found
        }
    }

    func read(_ provision: Provision, model: LanguageModel, headings: inout HeadingCache) -> ReadText {
        let split = provision.heading == nil ? Self.inlineRubric(provision.text) : nil
        // The rubric is read as the heading; its place in the text is kept as blanks, so that evidence offsets
        // still point into the provision's own text.
        let body = split.map { String(repeating: " ", count: provision.text.count - $0.text.count) + $0.text }
        let text = model.analyzer.analyze(body ?? provision.text)
        let heading = (provision.heading ?? split?.rubric).map { headings.hits($0, model: model) }
        // (An article inserted into another law has the inserting provision's heading above its own law's parts.)
        let above = provision.ancestors.reversed().compactMap(\.heading) + [provision.host?.insertedByHeading].compactMap { $0 }
        let context = above.map { headings.hits($0, model: model).1 }
        // The nearest heading above that speaks of measures (procedural or co-operation articles) speaks for the
        // provisions under it.
        var contextMatched: [[[Range<Int>]]] = []
        var contextPowers: Set<Int> = []
        for (title, hits) in zip(above, context) {
            if headings.measures[title] == nil {
                let found = model.elements.matchesIgnoringSentences(hits, proximity: settings.proximity)
                let measures = instrument.articles.indices.contains { index in
                    let section = instrument.articles[index].section
                    return (section == .procedural || section == .cooperation) && found[index].contains { !$0.isEmpty }
                }
                headings.measures[title] = .some(measures ? found : nil)
            }
            if let found = headings.measures[title] ?? nil {
                contextMatched = found
                contextPowers = powers(namedIn: hits, model: model)
                break
            }
        }
        return ReadText(
            text: text, hits: model.concepts.hits(in: text), heading: heading?.1, context: context,
            headingText: heading?.0, contextMatched: contextMatched, contextPowers: contextPowers,
            followers: model.cues.followerRanges(text))
    }

    /// A rubric the text still opens with ("Acceso ilícito. El que ..."), as Latin American codes print them after
    /// the article number: a few words without digits, a full stop, then a sentence. Returns the rubric and the
    /// rest; nil when the text does not open so.
    static func inlineRubric(_ text: String) -> (rubric: String, text: String)? {
        // A rubric has at most 60 characters: its full stop is among the first 61 (the rest of a long text is not
        // read for it).
        guard let first = text.first, first.isUppercase, let stop = text.prefix(61).firstIndex(of: ".") else { return nil }
        let rubric = text[..<stop]
        guard rubric.count <= 60, !rubric.contains(where: { $0.isNumber || $0 == ":" || $0 == ";" || $0 == "," || $0 == "\n" }),
            rubric.split(separator: " ").count <= 6
        else { return nil }
        let rest = text[text.index(after: stop)...].drop { $0 == " " || $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }
        guard let next = rest.first, next.isUppercase else { return nil }
        return (String(rubric), String(rest))
    }

    // MARK: - Defined terms

    /// What a definition carries is what its words mean (conducts, objects), not the context markers the
    /// instrument uses to mask words (data located in a system, personal data), nor the duties and safeguards of
    /// procedure ("cybersecurity" means protecting the confidentiality of data ..., which makes no provision that
    /// speaks of cybersecurity a rule on confidentiality). (The role concepts, drafting formulas, are left out by
    /// `glossary` itself.)
    static func uncarriedConcepts(_ instrument: Instrument, concepts: ConceptMatcher) -> Set<Int> {
        let elements = instrument.articles.flatMap(\.elements)
        let masks = Set(elements.flatMap(\.excluding))
        let procedureKinds: Set<Article.Kind> = [.power, .obligation, .safeguard]
        let duties = Self.expressedConcepts(elements.filter { procedureKinds.contains($0.kind) })
        let described = Set(elements.filter { !procedureKinds.contains($0.kind) }
            .flatMap { $0.expressions.flatMap(\.concepts) + $0.narrowerExpressions.flatMap(\.concepts) })
        return Set(masks.union(duties.subtracting(described)).compactMap(concepts.number(of:)))
    }

    /// The masks that are also objects an element describes. Data masks the system in a system interference
    /// ("interference" means any impairment of a computer system or of data on it: a definition by conduct, which
    /// does not carry them), yet a term defined as data ("information" includes data, text, images, sound, codes,
    /// computer programmes, databases) names data wherever the law uses it.
    static func objectMasks(_ instrument: Instrument, concepts: ConceptMatcher) -> Set<Int> {
        let elements = instrument.articles.flatMap(\.elements)
        let masks = Set(elements.flatMap(\.excluding))
        let objects = Self.expressedConcepts(elements.filter { $0.kind == .object })
        return Set(masks.intersection(objects).compactMap(concepts.number(of:)))
    }

    /// The concepts of the instrument's conduct elements: a definition whose first words name one defines a
    /// conduct, not a thing (`Mapper.glossary`).
    static func conductConcepts(_ instrument: Instrument, concepts: ConceptMatcher) -> Set<Int> {
        let conducts = instrument.articles.flatMap(\.elements).filter { $0.kind == .conduct }
        return Set(Self.expressedConcepts(conducts).compactMap(concepts.number(of:)))
    }

    /// The concepts the expressions of `elements` read (their narrower forms left out).
    static func expressedConcepts(_ elements: [Article.Element]) -> Set<String> {
        Set(elements.flatMap { $0.expressions.flatMap(\.concepts) })
    }

    /// How many opening words of a definition state its genus (`any impairment of`, `property of a tangible`).
    static let genusWords = 4

    func glossary(_ texts: [ReadText], model: LanguageModel) -> Glossary {
        let roleNumbers = Set(model.cues.numbers.values)
        var entries: [Glossary.Entry] = []
        for (index, read) in texts.enumerated() {
            let followers = read.followers
            guard !followers.isEmpty else { continue }
            let sentences = ElementMatcher.sentences(of: read.text)
            let local = model.cues.ranges(.localDefinition, read.hits).map { sentences[$0.lowerBound] }
            for (term, body) in Glossary.definitions(in: read.text, followers: followers) {
                // A name ("Committee" means the National ... Committee) denotes an institution, not a concept; a
                // definition for its own section only ("For purposes of subsection (1) the word "means" refers
                // to") is read there, not elsewhere; a function word is no term.
                guard !Self.capitalized(term.lowerBound, read.text), !Self.capitalized(body.lowerBound, read.text),
                    !local.contains(sentences[term.lowerBound]),
                    !read.text.tokens[term].allSatisfy(\.isStopWord),
                    !model.cues.termFollowers.contains(read.text.tokens[term].map(\.folded))
                else { continue }
                let meaning = body.lowerBound..<model.cues.meaningEnd(of: body, in: read.text)
                var own = false
                var carried: [Int] = []
                for concept in read.hits.concepts where !roleNumbers.contains(concept) {
                    let ranges = read.hits.ranges(of: concept)
                    if ranges.contains(where: { $0.overlaps(term) }) { own = true }
                    if !model.uncarried.contains(concept), ranges.contains(where: { meaning.contains($0.lowerBound) }) {
                        carried.append(concept)
                    }
                }
                // (A term that names a thing carries the objects that are masks elsewhere too. What a definition
                // defines shows in its first words, its genus: "any impairment of ..." is a conduct, "property of a
                // tangible nature ... (b) any program, or data, held in a computer" a thing, whatever conduct its
                // later clauses name.)
                let genus = meaning.lowerBound..<min(meaning.upperBound, meaning.lowerBound + Self.genusWords)
                let definedByConduct = carried.contains { concept in
                    model.conducts.contains(concept) && read.hits.ranges(of: concept).contains { genus.contains($0.lowerBound) }
                }
                if !definedByConduct {
                    carried += model.objectMasks.filter { concept in
                        read.hits.ranges(of: concept).contains { meaning.contains($0.lowerBound) }
                    }.sorted()
                }
                guard !own, !carried.isEmpty else { continue }
                let words = read.text.tokens[term].map(\.folded).joined(separator: " ")
                guard let pattern = SignalPattern(words, analyzer: model.analyzer) else { continue }
                entries.append(Glossary.Entry(pattern: pattern, concepts: carried, definedIn: index))
            }
        }
        return Glossary(entries: entries)
    }

    func carry(_ glossary: Glossary, into read: inout ReadText, at index: Int) {
        for entry in glossary.entries where entry.definedIn != index {
            let occurrences = entry.pattern.matches(in: read.text)
            guard !occurrences.isEmpty else { continue }
            for concept in entry.concepts { read.hits.add(concept, occurrences) }
        }
    }

    // MARK: - Analysis

    /// A class, not a struct: an analysis is read by every article check (and by closures within them), and copying
    /// its twenty fields each time (a retain and a release per field) was a tenth of the mapper's time.
    final class Analysis {
        let text: AnalyzedText
        let sentences: [Int]
        /// The line number of each token (a new line in the text between it and the previous token starts one).
        let lines: [Int]
        let hits: ConceptHits
        let role: ProvisionRole
        /// Element ranges `[article][element]` in the text, the heading and the nearest heading above that
        /// shows any element (empty when there is none).
        let matched: [[[Range<Int>]]]
        /// Element ranges `[article][element]` of the narrower forms only (`Article.Element.narrower`).
        let narrowerMatched: [[[Range<Int>]]]
        /// Where the text shows the object of any offence article (a system, data): what a holder may limit.
        let objectPlaces: [Range<Int>]
        /// The bodies of the terms the provision defines itself (`"means" refers to— (a) ... (e)`): conduct
        /// named there defines a word, it creates no offence.
        let definitionBodies: [Range<Int>]
        let headingMatched: [[[Range<Int>]]]
        /// Element ranges `[article][element]` of the narrower forms only, in the heading.
        let headingNarrowerMatched: [[[Range<Int>]]]
        /// Per article: where the text shows a qualifier the instrument lets a Party add to other articles only
        /// (`Article.Element.narrowsOthers`: security measures): a restriction the article does not allow.
        let foreignQualifiers: [[Range<Int>]]
        /// Per article: the text names a concept of another matter (`Article.notWhere`).
        let aboutOtherMatter: [Bool]
        let contextMatched: [[[Range<Int>]]]
        /// The measure articles whose power the nearest heading above that speaks of measures names.
        let contextPowers: Set<Int>
        let cues: RoleCues
        /// Whether each article has any of its concepts in the text or heading.
        let touched: [Bool]
        /// The offence articles (by index) whose conduct and object the text states.
        let textOffences: Set<Int>
        /// The procedural articles whose power the text names.
        let textMeasures: Set<Int>
        /// The measure articles (by index) whose power the heading names, with or without its object
        /// ("General production order", "Preservation demand").
        let headingPowers: Set<Int>

        init(
            text: AnalyzedText,
            sentences: [Int],
            lines: [Int],
            hits: ConceptHits,
            role: ProvisionRole,
            matched: [[[Range<Int>]]],
            narrowerMatched: [[[Range<Int>]]],
            objectPlaces: [Range<Int>],
            definitionBodies: [Range<Int>],
            headingMatched: [[[Range<Int>]]],
            headingNarrowerMatched: [[[Range<Int>]]],
            foreignQualifiers: [[Range<Int>]],
            aboutOtherMatter: [Bool],
            contextMatched: [[[Range<Int>]]],
            contextPowers: Set<Int>,
            cues: RoleCues,
            touched: [Bool],
            textOffences: Set<Int>,
            textMeasures: Set<Int>,
            headingPowers: Set<Int>
        ) {
            self.text = text
            self.sentences = sentences
            self.lines = lines
            self.hits = hits
            self.role = role
            self.matched = matched
            self.narrowerMatched = narrowerMatched
            self.objectPlaces = objectPlaces
            self.definitionBodies = definitionBodies
            self.headingMatched = headingMatched
            self.headingNarrowerMatched = headingNarrowerMatched
            self.foreignQualifiers = foreignQualifiers
            self.aboutOtherMatter = aboutOtherMatter
            self.contextMatched = contextMatched
            self.contextPowers = contextPowers
            self.cues = cues
            self.touched = touched
            self.textOffences = textOffences
            self.textMeasures = textMeasures
            self.headingPowers = headingPowers
        }
    }

    private func analyze(_ provision: Provision, language: Language) -> Analysis {
        let model = model(language)
        var headings = HeadingCache()
        return analyze(read(provision, model: model, headings: &headings), model: model)
    }

    func analyze(_ read: ReadText, model: LanguageModel) -> Analysis {
        let sentences = ElementMatcher.sentences(of: read.text)
        let merged = read.context.reduce(into: ConceptHits.none) { all, hits in
            all.append(hits)
        }
        let role = model.cues.role(
            text: read.text, hits: read.hits, heading: read.heading, context: merged, followers: read.followers)
        let present = { (concept: Int) in read.hits.contains(concept) || read.heading?.contains(concept) == true }
        let touched = model.articleConcepts.map { $0.contains(where: present) }
        let matched = model.elements.matches(
            read.hits, in: read.text, sentences: sentences, proximity: settings.proximity, closeness: settings.closeness,
            only: touched)
        let narrowerMatched = model.elements.matches(
            read.hits, in: read.text, sentences: sentences, proximity: settings.proximity, closeness: settings.closeness,
            narrower: true, only: touched)
        let headingMatched = read.heading.map { hits in
            model.elements.matches(
                hits, in: read.headingText!, sentences: ElementMatcher.sentences(of: read.headingText!),
                proximity: settings.proximity, closeness: settings.closeness)
        } ?? []
        let headingNarrowerMatched = read.heading.map { hits in
            model.elements.matches(
                hits, in: read.headingText!, sentences: ElementMatcher.sentences(of: read.headingText!),
                proximity: settings.proximity, closeness: settings.closeness, narrower: true)
        } ?? []
        let bodies = Glossary.definitions(in: read.text, followers: read.followers).map(\.body)
        return Analysis(
            text: read.text, sentences: sentences, lines: Self.lines(of: read.text), hits: read.hits, role: role, matched: matched,
            narrowerMatched: narrowerMatched,
            objectPlaces: shapes.objectPlaces(matched),
            definitionBodies: bodies,
            headingMatched: headingMatched, headingNarrowerMatched: headingNarrowerMatched,
            foreignQualifiers: model.foreignQualifiers.map { concepts in concepts.flatMap { read.hits.ranges(of: $0) } },
            aboutOtherMatter: model.otherMatters.map { matter in
                let names = { (concept: Int) in !read.hits.ranges(of: concept).isEmpty }
                return matter.concepts.contains(where: names) && !matter.unless.contains(where: names)
            },
            contextMatched: read.contextMatched, contextPowers: read.contextPowers, cues: model.cues, touched: touched,
            textOffences: shapes.offences(matched),
            textMeasures: shapes.measures(matched),
            headingPowers: read.heading.map { powers(namedIn: $0, model: model) } ?? [])
    }

    /// The measure articles whose power a heading names, with or without its object (`LanguageModel.powerConcepts`).
    func powers(namedIn heading: ConceptHits, model: LanguageModel) -> Set<Int> {
        Set(instrument.articles.indices.filter { index in model.powerConcepts[index].contains { heading.contains($0) } })
    }

    /// What `Analysis.textOffences` and `Analysis.textMeasures` read of each article, taken from the instrument
    /// once rather than for every provision.
    struct ArticleShapes: Sendable {
        /// A kind of element an offence must show: whether the article requires one, and its elements of that kind.
        struct Shown: Sendable {
            let required: Bool
            let elements: [Int]

            func isShown(_ matched: [[Range<Int>]]) -> Bool {
                !required || elements.contains { !matched[$0].isEmpty }
            }
        }

        /// Substantive, not ancillary, with a conduct: its conduct, object and result.
        let offences: [(article: Int, kinds: [Shown])]
        /// Procedural: its anchor elements (the power).
        let measures: [(article: Int, anchors: [Int])]
        /// Substantive: its object elements, whose matches are `Analysis.objectPlaces`.
        let objects: [(article: Int, elements: [Int])]

        init(_ instrument: Instrument) {
            var offences: [(article: Int, kinds: [Shown])] = []
            var measures: [(article: Int, anchors: [Int])] = []
            var objects: [(article: Int, elements: [Int])] = []
            for (index, article) in instrument.articles.enumerated() {
                if article.section == .substantive {
                    objects.append((index, article.elements.indices.filter { article.elements[$0].kind == .object }))
                }
                if article.section == .substantive && !article.ancillary && Mapper.hasConduct(article) {
                    offences.append(
                        (index, [Article.Kind.conduct, .object, .result].map { kind in
                            Shown(
                                required: article.elements.contains { $0.kind == kind && $0.qualifier == .required },
                                elements: article.elements.indices.filter { article.elements[$0].kind == kind })
                        }))
                }
                if article.section == .procedural {
                    let anchors = Mapper.anchorKinds(article.section)
                    measures.append((index, article.elements.indices.filter { anchors.contains(article.elements[$0].kind) }))
                }
            }
            self.offences = offences
            self.measures = measures
            self.objects = objects
        }

        /// Where the matches show the substantive articles' objects, in article and element order.
        func objectPlaces(_ matched: [[[Range<Int>]]]) -> [Range<Int>] {
            objects.flatMap { article, elements in elements.flatMap { matched[article][$0] } }
        }

        /// The offence articles whose conduct, object and result (those they require) the matches show.
        func offences(_ matched: [[[Range<Int>]]]) -> Set<Int> {
            Set(offences.lazy.filter { article, kinds in kinds.allSatisfy { $0.isShown(matched[article]) } }.map(\.article))
        }

        /// The procedural articles whose power the matches show.
        func measures(_ matched: [[[Range<Int>]]]) -> Set<Int> {
            Set(measures.lazy.filter { article, anchors in anchors.contains { !matched[article][$0].isEmpty } }.map(\.article))
        }
    }

    // MARK: - Helpers

    /// The line number of each token.
    static func lines(of text: AnalyzedText) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(text.tokens.count)
        var current = 0
        var previousEnd = 0
        for token in text.tokens {
            if token.breakBefore, (previousEnd..<token.start).contains(where: { text.characters.isNewline(at: $0) }) {
                current += 1
            }
            numbers.append(current)
            previousEnd = token.end
        }
        return numbers
    }

    /// The token's first letter is a capital.
    static func capitalized(_ token: Int, _ text: AnalyzedText) -> Bool {
        guard token < text.tokens.count else { return false }
        return text.characters[text.tokens[token].start].isUppercase
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

    static func order(_ article: Article) -> Int {
        Int(article.number) ?? Int.max
    }
}
