import TextImport

/// What a provision does, read from the drafting formulas statutes use (the role concepts of the lexicons): it
/// creates an offence, grants an investigative power, defines terms, only adjusts penalties, or is a formal clause
/// (commencement, repeal, objects).
///
/// The mapper uses it the way an expert does: a power is not an offence even when it speaks of interception, a
/// penalty increase is not a new offence, and only a definitions provision implements Art. 1.
public struct ProvisionRole: Sendable, Hashable {
    public var createsOffence = false
    public var grantsPower = false
    public var defines = false
    /// Its definitions open with "in this section" and serve the rule that follows (a corporate liability section
    /// that first defines "director"): they do not make it a definitions provision.
    public var definesLocally = false
    /// The provision as a whole is a list of definitions (its heading says so, or it opens with a definition
    /// formula and creates no offence): it implements Art. 1 at most.
    public var isDefinitionList = false
    /// Penalty-only: aggravating or mitigating circumstances, increases of another provision's penalty.
    public var adjustsPenalty = false
    /// Commencement, repeal, "comuníquese", transitional application, objects, regulations.
    public var isFormal = false
    /// Speaks of other States: foreign requests, mutual assistance, extradition.
    public var isInternational = false
    /// Its heading, or the heading of a part above it, speaks of other States (a part on international
    /// co-operation): its powers are those of co-operation, not of domestic procedure.
    public var inCooperationPart = false
    /// Says where the law applies or which courts are competent.
    public var isJurisdictional = false
    /// Speaks of the offences of a law in general ("los delitos previstos en esta ley").
    public var refersToOffences = false
    /// Its conduct is another provision's offence ("commits an offence under section 14 with intent ...").
    public var derivesOffence = false
    /// Names an offence beyond the Convention (terrorism, identity theft, harassment, false news ...).
    public var beyondConvention = false
    /// Its heading names an offence beyond the Convention: the whole provision is that offence. (Named in the text
    /// only, it voids the conduct stated on the same line: a section that lists several offences, one line each,
    /// keeps the Convention's.)
    public var beyondConventionInHeading = false
    /// Punishes the breach of a duty ("who contravenes subsection (1)", "fails to comply").
    public var punishesBreach = false
    /// A subject formula opens a sentence or clause ("El que ...", "A person who ..."): the provision defines
    /// an offence, rather than speaking of offences punishable somewhere ("si le fait est puni par la
    /// législation du pays où il a été commis").
    public var namesOffender = false
    /// A rule on where the law applies opens the provision, before any offence formula: a list of the crimes it
    /// reaches abroad ("La Ley penal es aplicable, aún cuando la conducta haya sido realizada fuera del territorio
    /// nacional, en los casos siguientes: ... Explotación sexual ... de menores") creates none of them.
    public var jurisdictionFirst = false
    /// A power is granted before any offence is created: the provision is procedural, and an offence in it only
    /// punishes obstruction or misuse of the power.
    public var powerFirst = false
    /// A domestic power: granted in a sentence where no other State is spoken of, and before any is. A later
    /// mention of mutual assistance (a provider's duty to answer requests, "for the purposes of mutual assistance")
    /// makes it no co-operation measure: Chapter III binds a Party acting for another.
    public var domesticPower = false

    /// Token ranges of the formulas that grant a power ("podrá ordenar", "may make a demand"): a procedural
    /// article is implemented where its power is what such a formula grants.
    public internal(set) var powerPhrases: [Range<Int>] = []
    /// Where each item of a list of powers starts ("podrá: a) Ordenar ...; b) Acceder ..."): each item is a grant
    /// of its own, not a mention among others.
    public internal(set) var listedPowerItems: [Int] = []
    /// Token ranges of definition formulas ("se entenderá por", "considera-se", "X means").
    public internal(set) var definitionPhrases: [Range<Int>] = []

    /// Its heading speaks of how a measure granted elsewhere runs (its duration, extension, end, records).
    public var regulatesMeasure = false
    /// It orders or binds in a sentence that speaks of a measure made under another provision ("may make an order
    /// prohibiting a person from disclosing ... a demand made under section 487.012"): what it orders belongs to
    /// that measure (`Mapper.companion`).
    public var regulatesMeasureMadeElsewhere = false
    /// Its heading speaks of an authority's mandate (establishment, composition, functions), or it opens by creating
    /// a body: it implements no article, except one under which a Party designates an authority (a 24/7 point of
    /// contact, a central authority) where it designates the body.
    public var isInstitutional = false
    /// Exempts from liability ("está exento de responsabilidad penal el que realiza las conductas descritas ...").
    public var exempts = false
    /// Cites another law by its number ("la ley N° 20.393"): a condition it takes from that law is stated there.
    public var citesLawByNumber = false

    /// Power without an offence: the provision lets authorities act.
    public var isPowerOnly: Bool { grantsPower && !createsOffence }

    /// An offence of its own: not a penalty rule, a power, a definition or a formal clause that happens to use
    /// an offence's wording ("el que", "quien").
    public var isOffenceOfItsOwn: Bool { createsOffence && !adjustsPenalty && !grantsPower && !defines && !isFormal }
}

/// The role concepts of one language, by number in its `ConceptMatcher`, and the drafting formulas of its language
/// file that define terms.
struct RoleCues: Sendable {
    let numbers: [RoleConcept: Int]
    /// Formulas that define terms ("se entenderá por", "the following definitions").
    let definitionFormulas: [SignalPattern]
    /// Words right after a term that define it ("means", "désigne"), folded; several words for some ("refers to").
    let termFollowers: [[String]]
    /// Word pairs after a term that send the reader elsewhere for its meaning (("same", "meaning")), folded.
    let meaningElsewhere: [(String, String)]
    /// Words that open a definition's proviso or exclusion ("provided that", "does not include"), folded.
    let definitionExceptions: [[String]]

    /// How many opening words of a provision are read for penalty-only and formal formulas.
    static let openingWords = 30

    init(concepts: ConceptMatcher, drafting: DraftingFormulas?, analyzer: Analyzer) {
        var numbers: [RoleConcept: Int] = [:]
        for role in RoleConcept.allCases {
            if let number = concepts.number(of: role.rawValue) { numbers[role] = number }
        }
        self.numbers = numbers
        let code = concepts.language.rawValue
        definitionFormulas = (drafting?.definitionFormulas(language: code) ?? []).compactMap {
            SignalPattern($0, analyzer: analyzer)
        }
        termFollowers = Self.phrases(drafting?.termFollowers(language: code) ?? [])
        meaningElsewhere = drafting?.meaningElsewhere(language: code).map { (TextFolding.fold($0.0), TextFolding.fold($0.1)) } ?? []
        definitionExceptions = Self.phrases(drafting?.definitionExceptions(language: code) ?? [])
    }

    /// Plain-word phrases of a language file as folded words, in a fixed order: `refers to` -> [`refers`, `to`].
    static func phrases(_ entries: Set<String>) -> [[String]] {
        entries.sorted().map { phrase in
            phrase.split { !TextFolding.isWordCharacter($0) }.map { TextFolding.fold(String($0)) }
        }.filter { !$0.isEmpty }
    }

    /// The folded `words` stand at `index`, ending by `limit`.
    static func phrase(_ words: [String], at index: Int, in tokens: [Token], before limit: Int) -> Bool {
        index + words.count <= limit && words.indices.allSatisfy { tokens[index + $0].folded == words[$0] }
    }

    /// Where the meaning of a definition in `body` ends: at the first proviso or exclusion ("...: Provided that
    /// where data is open to the public, access to it is deemed authorised"), whose words limit the meaning and
    /// are no part of it; the end of the body when there is none.
    func meaningEnd(of body: Range<Int>, in text: AnalyzedText) -> Int {
        let tokens = text.tokens
        return body.first { index in
            definitionExceptions.contains { Self.phrase($0, at: index, in: tokens, before: body.upperBound) }
        } ?? body.upperBound
    }

    /// Where the words after a term send the reader elsewhere for its meaning ("has the same meaning as").
    func elsewhereRanges(_ text: AnalyzedText) -> [Range<Int>] {
        let tokens = text.tokens
        guard tokens.count > 1 else { return [] }
        return (0..<(tokens.count - 1)).filter { index in
            meaningElsewhere.contains { $0.0 == tokens[index].folded && $0.1 == tokens[index + 1].folded }
        }.map { $0..<($0 + 2) }
    }

    /// Where a definition formula stands.
    func formulaRanges(_ text: AnalyzedText) -> [Range<Int>] {
        definitionFormulas.flatMap { $0.matches(in: text) }
    }

    func ranges(_ role: RoleConcept, _ hits: ConceptHits) -> [Range<Int>] {
        hits.ranges(of: numbers[role])
    }

    /// The first word of each item of a list that a bare modal opens ("podrá:", "may—", "peut :"), as power
    /// phrases: the modal grants what each item names.
    /// (`asideLeads`: the lists that open after a modal's aside, `asides`.)
    func listedPowers(text: AnalyzedText, hits: ConceptHits, asideLeads: [Range<Int>]) -> [Range<Int>] {
        let leads = ranges(.powerListLead, hits).filter { Self.opensList(after: $0, in: text) }
        return items(listedAfter: leads + asideLeads, in: text)
    }

    /// What a bare modal grants after an aside set off by commas: the verb that closes the aside ("may, to enhance
    /// cyber security ..., by notification in the Official Gazette, authorise any agency"), or the list that opens
    /// right after it ("may, for the purposes of an investigation ... on application made for such purpose,—
    /// (i) obtain ...; (ii) intercept ..."). (Not a list opened within the aside's own words: "may, on reasonable
    /// grounds being disclosed, allow a person ... to— (a) access" lets a person do things, it grants no measure.)
    func asides(text: AnalyzedText, hits: ConceptHits) -> (verbs: [Range<Int>], listLeads: [Range<Int>]) {
        let tokens = text.tokens
        let characters = text.characters
        let verbs = Set(ranges(.powerVerb, hits).map(\.lowerBound))
        var granted: [Range<Int>] = []
        var leads: [Range<Int>] = []
        func gap(before index: Int) -> [Character] { (tokens[index - 1].end..<tokens[index].start).map { characters[$0] } }
        for modal in ranges(.powerListLead, hits) where modal.upperBound < tokens.count && gap(before: modal.upperBound).contains(",") {
            for index in (modal.upperBound + 1)..<min(tokens.count, modal.upperBound + Self.asideReach) {
                if tokens[index].sentenceBefore { break }
                let before = gap(before: index)
                guard before.contains(",") else { continue }
                if before.contains(where: { ":—–".contains($0) }) {
                    leads.append((index - 1)..<index)
                    break
                }
                if verbs.contains(index) {
                    granted.append(index..<(index + 1))
                    break
                }
            }
        }
        return (granted, leads)
    }

    /// Most words an aside after a modal runs before the grant it delays.
    static let asideReach = 60

    func items(listedAfter leads: [Range<Int>], in text: AnalyzedText) -> [Range<Int>] {
        let tokens = text.tokens
        var items: [Range<Int>] = []
        let characters = text.characters
        for lead in leads {
            // Each later line that opens with a label of the first item's kind ("a)", "b)" ...) is an item, granted
            // where it starts; the list ends at a label of another kind ("(2)" after "(a)", "(b)"). Lines without a
            // label continue an item.
            var previousEnd = tokens[lead.upperBound - 1].end
            var kind: LabelKind?
            for index in lead.upperBound..<tokens.count {
                let token = tokens[index]
                defer { previousEnd = token.end }
                guard (previousEnd..<token.start).contains(where: { characters[$0].isNewline }) else { continue }
                guard let label = LabelKind(token) else { continue }
                guard kind == nil || kind == label else { break }
                kind = label
                var first = index
                while first < tokens.count - 1, LabelKind(tokens[first]) != nil { first += 1 }
                items.append(first..<(first + 1))
            }
        }
        return items
    }

    /// A colon or dash right after the words ("podrá:", "by—"): they lead into a list.
    static func opensList(after range: Range<Int>, in text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard range.upperBound < tokens.count else { return false }
        return (tokens[range.upperBound - 1].end..<tokens[range.upperBound].start).contains { ":—–".contains(text.characters[$0]) }
    }

    /// The kind of a list label ("a)", "(iv)", "3."), which the items of one list share.
    enum LabelKind: Equatable {
        case letter, roman, number

        init?(_ token: Token) {
            let word = token.folded
            if !word.isEmpty, word.count <= 3, word.allSatisfy(\.isNumber) {
                self = .number
            } else if word.count >= 2, word.count <= 4, word.allSatisfy({ "ivxl".contains($0) }) {
                self = .roman
            } else if word.count == 1, word.first?.isLetter == true {
                self = .letter
            } else {
                return nil
            }
        }
    }

    /// Most words between a class of offences ("infração penal punida", "la peine encourue") and the penalty that
    /// completes its description (", no máximo, com pena de detenção", "est égale ou supérieure à deux ans
    /// d'emprisonnement").
    static let classReach = 10

    /// Most words of the term a definition formula names before what defines it ("Est qualifié d'[accès
    /// frauduleux], le fait ...").
    static let definedTermReach = 6

    /// Whether the words open a sentence or clause, numbering ("(1)", "a)", "ii.") aside.
    /// (`provisos`: where provisos that open a sentence stand; the clause after one and its comma opens too:
    /// "Except as otherwise provided in this part, any person who intentionally intercepts ...".)
    static func opensClause(_ range: Range<Int>, _ text: AnalyzedText, after provisos: [Range<Int>] = []) -> Bool {
        var start = range.lowerBound
        while start > 0, !text.tokens[start].breakBefore {
            let previous = text.tokens[start - 1].folded
            let numbering = previous.allSatisfy(\.isNumber) || (previous.count <= 4 && previous.allSatisfy { "ivxlc".contains($0) })
                || previous.count == 1
            guard numbering else { return followsOpeningProviso(range, text, provisos) }
            start -= 1
        }
        return true
    }

    /// Whether a comma ends the words before `range`, and those words are a proviso that opens its clause.
    private static func followsOpeningProviso(_ range: Range<Int>, _ text: AnalyzedText, _ provisos: [Range<Int>]) -> Bool {
        let tokens = text.tokens
        guard range.lowerBound > 0,
            (tokens[range.lowerBound - 1].end..<tokens[range.lowerBound].start).contains(where: { text.characters[$0] == "," })
        else { return false }
        return provisos.contains { proviso in
            proviso.upperBound < range.lowerBound
                && !(proviso.upperBound...range.lowerBound).contains { tokens[$0].breakBefore }
                && opensClause(proviso, text)
        }
    }

    func has(_ role: RoleConcept, _ hits: ConceptHits) -> Bool {
        hits.contains(numbers[role])
    }

    /// In the first `openingWords` words.
    func opens(_ role: RoleConcept, _ hits: ConceptHits) -> Bool {
        ranges(role, hits).contains { $0.lowerBound < Self.openingWords }
    }

    /// `followers`: the text's `followerRanges`, read once by the caller (the glossary and the definition bodies
    /// use them too).
    func role(
        text: AnalyzedText, hits: ConceptHits, heading: ConceptHits?, context: ConceptHits?, followers: [Range<Int>]
    ) -> ProvisionRole {
        var role = ProvisionRole()
        let heading = heading ?? .none
        // A penalty formula that describes a class of offences ("delitos dolosos castigados con pena con límite
        // máximo de, al menos, tres años de prisión") sets a threshold: it creates no offence.
        let classes = ranges(.offenceClass, hits)
        let offences = ranges(.offenceFormula, hits).filter { formula in
            // (A formula that opens before the description is the provision's own: "commits an offence
            // punishable by imprisonment".)
            !classes.contains { description in
                (formula.overlaps(description) && formula.lowerBound >= description.lowerBound)
                    || (formula.lowerBound >= description.upperBound
                        && formula.lowerBound - description.upperBound <= Self.classReach
                        && !(description.upperBound...formula.lowerBound).contains { text.tokens[$0].breakBefore })
            }
        }
        let negations = ranges(.powerNegation, hits)
        let sentences = ElementMatcher.sentences(of: text)
        // A power phrase in a sentence that speaks of a measure made under another provision ("No one is excused
        // from complying with an order made under section 487.014 ... the document they are required to
        // produce") states that measure's content or execution: it grants nothing here.
        // (A provision whose first power phrase is such regulates that measure throughout: "No one is excused from
        // complying with an order made under ...; However, no document that an individual is required to
        // prepare ...".)
        // (A duty to assist in carrying out that measure is the exception: it is the assistance granted here.)
        let assistance = ranges(.assistanceDuty, hits)
        let measuresElsewhere = ranges(.measureMadeElsewhere, hits)
        let madeElsewhere = Set(measuresElsewhere.map { sentences[$0.lowerBound] })
        // A power phrase inside a definition describes the term it defines: "\"Agent\" means any director ... or any
        // other person who is authorized to act on behalf of the entity" grants nothing.
        let formulas = formulaRanges(text)
        role.definitionPhrases = (formulas + followers).sorted { $0.lowerBound < $1.lowerBound }
        let phrases = ranges(.powerFormula, hits).filter { power in
            !negations.contains { $0.overlaps(power) }
                && !role.definitionPhrases.contains { definition in
                    definition.upperBound <= power.lowerBound
                        && sentences[definition.lowerBound] == sentences[power.lowerBound]
                }
        }
        func regulated(_ phrase: Range<Int>) -> Bool {
            madeElsewhere.contains(sentences[phrase.lowerBound]) && !assistance.contains { $0.overlaps(phrase) }
        }
        // (So does one that opens by speaking of measures made elsewhere before it grants anything: "A production
        // order or an interception warrant issued under section 70, 72 or 74 is valid for the period specified ...
        // (2) ... may apply to the High Court to obtain an extension of that production order".)
        let opensOnMeasureMadeElsewhere = assistance.isEmpty && !sentences.isEmpty
            && measuresElsewhere.first.map { first in
                sentences[first.lowerBound] == sentences[0] && phrases.allSatisfy { $0.lowerBound > first.lowerBound }
            } == true
        let regulates = (phrases.first.map(regulated) ?? false) || opensOnMeasureMadeElsewhere
        role.regulatesMeasureMadeElsewhere =
            phrases.contains(where: regulated)
            || ranges(.dutyFormula, hits).contains { madeElsewhere.contains(sentences[$0.lowerBound]) }
        role.powerPhrases = regulates ? [] : phrases.filter { !regulated($0) }
        // "El Ministerio Público podrá: a) Ordenar ...; b) Acceder ...": a modal that opens a list grants each item.
        if !regulates {
            let aside = asides(text: text, hits: hits)
            let listed = listedPowers(text: text, hits: hits, asideLeads: aside.listLeads)
            role.listedPowerItems = listed.map(\.lowerBound)
            role.powerPhrases = (role.powerPhrases + listed + aside.verbs).sorted { $0.lowerBound < $1.lowerBound }
        }
        role.grantsPower = !role.powerPhrases.isEmpty
        // A subject formula ("el que", "a person who") makes an offence only where no power is granted.
        // The subject must open a sentence or clause ("(1) A person who ...", "El que ..."): "permit a person who had
        // custody" names someone, it defines no offence.
        // (So does one right after the term a definition formula names: "Est qualifié d'accès frauduleux, le fait
        // par toute personne, intentionnellement, ... d'accéder à ... un système" defines the offence itself.)
        let provisos = ranges(.provisoOpening, hits)
        let subjects = ranges(.offenceSubject, hits).filter { subject in
            Self.opensClause(subject, text, after: provisos)
                || formulas.contains { formula in
                    formula.upperBound <= subject.lowerBound && subject.lowerBound - formula.upperBound <= Self.definedTermReach
                        && sentences[formula.lowerBound] == sentences[subject.lowerBound]
                }
        }
        // A subject bound to a duty in its own sentence ("A person who is subject to an order shall destroy the
        // data") is no offender: without a penalty formula the provision imposes a duty.
        let duties = ranges(.dutyFormula, hits)
        func boundToDuty(_ subject: Range<Int>) -> Bool {
            duties.contains { duty in
                duty.lowerBound >= subject.upperBound
                    && !(subject.upperBound..<duty.lowerBound).contains { text.tokens[$0].sentenceBefore }
            }
        }
        let bound = !has(.prohibitionFormula, hits) && !subjects.isEmpty && subjects.allSatisfy(boundToDuty)
        role.createsOffence = !offences.isEmpty || (!role.grantsPower && !subjects.isEmpty && !bound)
        role.namesOffender = !subjects.isEmpty
        // Which comes first, the power or the offence? The offence opens at its penalty formula, or at the
        // offender its penalty punishes: "Except as otherwise provided in this part, any person who: (1)
        // intentionally intercepts ...; (6) ... intercepted by means authorized by subsection (b) ... shall be
        // guilty of a class C felony". (A subject bound to a duty is no guide: "toda persona que ... están
        // obligados" binds persons to assist.)
        let offenderFirst = offences.isEmpty ? nil : subjects.first { !boundToDuty($0) }?.lowerBound
        let offenceStart = min(offences.first?.lowerBound ?? Int.max, offenderFirst ?? Int.max)
        role.powerFirst = role.grantsPower && (offences.isEmpty || role.powerPhrases[0].lowerBound < offenceStart)
        let headingDefines = has(.definitionsHeading, heading)
        role.defines = !role.definitionPhrases.isEmpty || headingDefines
        // (Definitions "in this section" open a rule that uses them: "(1) In this section— "director" ... means ...
        // (2) Where a crime is committed by a corporate body ...".)
        // (So do definitions each scoped in their own sentence, wherever they stand: "(b) ... In this subsection,
        // "conspiracy" means an agreement ...".)
        let scopes = ranges(.localDefinition, hits)
        let eachScoped = !role.definitionPhrases.isEmpty && role.definitionPhrases.allSatisfy { phrase in
            scopes.contains { $0.upperBound <= phrase.lowerBound && sentences[$0.lowerBound] == sentences[phrase.lowerBound] }
        }
        role.definesLocally = role.defines && !headingDefines && (opens(.localDefinition, hits) || eachScoped)
        // (A definition that follows a first sentence stating a rule explains a word of the rule: "La ley penal se
        // aplica al delito cometido dentro de la extensión territorial. Se entiende por extensión territorial ...".)
        let opensWithDefinition = role.definitionPhrases.contains {
            $0.lowerBound < Self.openingWords && sentences[$0.lowerBound] == 0
        }
        // (Under a definitions heading, a text that opens by defining is a list of definitions whatever offences
        // its terms name: ""serious offence" means an offence punishable by ...", ""unauthorised" ... a person who".)
        role.isDefinitionList = (headingDefines && opensWithDefinition)
            || !role.createsOffence && (headingDefines || (opensWithDefinition && !role.definesLocally))
        // (A heading that names the punishment of the offence the text then defines, "Punishment for identity
        // theft.–Whoever, fraudulently ...", as Indian acts head their offences, is its rubric, no penalty rule.)
        // (So is "Computer trespass; penalty." over a text that opens with its prohibition: "A. It is unlawful for
        // any person ... to: 1. ...; B. Any person who violates this section is guilty ...".)
        let rubricOfOwnOffence = role.createsOffence && (opens(.offenceSubject, hits) || opens(.prohibitionFormula, hits))
            && !opens(.commitsOtherOffence, hits)
        role.adjustsPenalty = opens(.penaltyRule, hits) || (has(.penaltyHeading, heading) && !rubricOfOwnOffence)
        // (The heading must open with the formal word: "Purpose", "Short title", "Application of this Act"; not
        // "Complicity and common purpose".)
        let formalHeading = ranges(.formalHeading, heading).contains { $0.lowerBound <= 1 }
        role.inCooperationPart = has(.foreignState, heading) || (context.map { has(.foreignState, $0) } ?? false)
        role.isInternational = has(.foreignState, hits) || role.inCooperationPart
        if role.grantsPower, !role.inCooperationPart, !has(.foreignState, heading) {
            let first = role.powerPhrases[0].lowerBound
            let powerSentences = Set(role.powerPhrases.map { sentences[$0.lowerBound] })
            role.domesticPower = !ranges(.foreignState, hits).contains { foreign in
                foreign.lowerBound < first || powerSentences.contains(sentences[foreign.lowerBound])
            }
        }
        let jurisdictionHeading = has(.jurisdictionRule, heading) || has(.jurisdictionHeading, heading)
        role.isJurisdictional = has(.jurisdictionRule, hits) || jurisdictionHeading
        // The law's offences are named in the text or in the heading: "Facilitación del delito informático. Se
        // impondrá pena ... a quien facilite los medios para la consecución de un delito efectuado mediante un
        // sistema" aids the law's computer offences.
        role.refersToOffences = has(.offencesOfTheLaw, hits) || has(.offencesOfTheLaw, heading)
        // A jurisdiction rule comes first where it stands before the offence's penalty formula, and before its
        // subject too: "Any person who ... gives false information ... with the result that ... a vehicle, ship or
        // aircraft is searched ... is guilty of an offence" is an offence.
        let offenceOpening = [offences.first?.lowerBound, subjects.first?.lowerBound].compactMap { $0 }.min()
        // (So is a rule headed as one that speaks of the law's offences: "Territorial nexus for offences. A person
        // is guilty of an offence against this Division if the person does an unlawful act within the Territory".)
        let ruleBeforeOffence = offenceOpening.map { opening in
            ranges(.jurisdictionRule, hits).first.map { $0.lowerBound < opening } ?? false
        } ?? true
        role.jurisdictionFirst = role.isJurisdictional
            && (ruleBeforeOffence || jurisdictionHeading && role.refersToOffences)
        // A formal heading ("Ámbito de aplicación") over a text that grants a power names the scope of that power:
        // the grant decides. (Over offence words it stays formal: a declaration of policy speaks of offences.) So
        // does one over a rule that says where the law's offences are punished ("La presente Ley ... se aplicará a
        // quienes cometan los delitos previstos en ésta, dentro o fuera del territorio nacional"): the jurisdiction
        // rule decides.
        let scopesJurisdiction = role.jurisdictionFirst && role.refersToOffences
        role.isFormal = opens(.formalClause, hits) || (formalHeading && !role.grantsPower && !scopesJurisdiction)
        role.exempts = has(.exemption, hits)
        role.citesLawByNumber = has(.lawReference, hits)
        // (A heading that also names the grant grants it, with its duration or renewal: "Court order permitting
        // interception—Grounds for issuance—Duration—Renewal".)
        role.regulatesMeasure = has(.measureModality, heading) && !has(.powerFormula, heading)
        role.isInstitutional = has(.institutionalHeading, heading) || opens(.institutionFormula, hits)
        // Derived where the provision opens with another provision's offence ("A person who commits an offence
        // under section 14 with intent ..."), not where a later paragraph aggravates its own offence.
        role.derivesOffence = opens(.commitsOtherOffence, hits)
        role.beyondConventionInHeading = has(.beyondConvention, heading) || has(.beyondConventionHeading, heading)
        role.beyondConvention = has(.beyondConvention, hits) || role.beyondConventionInHeading
        // "A person shall not access ... (2) A person who contravenes subsection (1) commits an offence": the breach
        // is of the provision's own prohibition, and its conduct is the offence.
        // (Nor where the provision has defined its offence before ("Any person who ... interferes with computer data
        // ... shall be guilty of an offence ... (2) Any person who contravenes subsection (1) in any of the
        // aggravating circumstances ..."): the breach is of its own first paragraph.)
        // (So where the offence is stated first with no subject formula and the breach is in a later sentence: "(1) A
        // person commits an offence, if that person— (a) intercepts ... (2) A person who contravenes subsection (1)
        // ..."; not "A person commits an offence if that person fails to comply with an order", one sentence.)
        // (A breach named as the purpose of the conduct, "possesses any software or hardware tool for purposes of
        // contravening the provisions of section 2(1)", is the offence intended, not a duty breached.)
        let purposes = ranges(.purposeMarker, hits)
        let breaches = ranges(.breachOfDuty, hits).filter { breach in
            !purposes.contains { $0.upperBound <= breach.lowerBound && breach.lowerBound - $0.upperBound <= 1 }
        }
        let ownOffenceFirst = offences.first.map { offence in
            breaches.allSatisfy { $0.lowerBound > offence.lowerBound }
                && ((subjects.first.map { $0.lowerBound < offence.lowerBound } ?? false)
                    || breaches.allSatisfy { sentences[$0.lowerBound] != sentences[offence.lowerBound] })
        } == true
        role.punishesBreach = !breaches.isEmpty && !has(.prohibitionFormula, hits) && !ownOffenceFirst
        return role
    }

    /// "computer data means ...": a term follower that closes a quoted term (`"access" means`) or stands among
    /// the first words of its line or clause (`computer system means ...`), right after a word that is not a
    /// function word ("by means of" defines nothing).
    func followerRanges(_ text: AnalyzedText) -> [Range<Int>] {
        guard !termFollowers.isEmpty else { return [] }
        let tokens = text.tokens
        var found: [Range<Int>] = []
        for index in tokens.indices.dropFirst() {
            guard let follower = termFollowers.first(where: { Self.phrase($0, at: index, in: tokens, before: tokens.count) })
            else { continue }
            let previous = tokens[index - 1]
            guard !tokens[index].breakBefore, !previous.isStopWord else { continue }
            let range = index..<(index + follower.count)
            if Self.quoteCloses(before: Self.parentheticalStart(before: tokens[index].start, in: text), in: text) {
                found.append(range)
                continue
            }
            // An unquoted term opens its line (after a list label at most): "computer data means ...", not "made
            // by technical means".
            // A term does not open with a function word ("The interception made by technical means ...").
            let lineStart = (max(0, index - Self.termWords)..<index).last { Self.opensLine(tokens[$0].start, in: text) }
            if let lineStart, !tokens[lineStart].isStopWord { found.append(range) }
        }
        return found
    }

    /// Most words of a term defined at the start of its line or clause.
    static let termWords = 6

    /// The word at `offset` opens a line, after a short list label at most ("(a)", "b)", "3.").
    static func opensLine(_ offset: Int, in text: AnalyzedText) -> Bool {
        let characters = text.characters
        var position = offset - 1
        func skipSpaces() { while position >= 0, characters[position] == " " || characters[position] == "\t" { position -= 1 } }
        skipSpaces()
        if position < 0 || characters[position].isNewline { return true }
        // A list label: up to four letters, digits or º before ")" or ".", optionally opened by "(".
        guard characters[position] == ")" || characters[position] == "." || characters[position] == "-" else { return false }
        position -= 1
        var labelLength = 0
        while position >= 0, labelLength < 4, characters[position].isLetter || characters[position].isNumber || characters[position] == "º" {
            position -= 1
            labelLength += 1
        }
        guard labelLength > 0 else { return false }
        if position >= 0, characters[position] == "(" { position -= 1 }
        skipSpaces()
        return position < 0 || characters[position].isNewline
    }

    /// Where a short parenthetical right before `offset` opens (`"property" (財產) means`, `"Authority" ("PTA")
    /// means`: a translation or an abbreviation of the term); `offset` itself when there is none.
    static func parentheticalStart(before offset: Int, in text: AnalyzedText) -> Int {
        let characters = text.characters
        guard var position = lastNonSpace(before: offset, in: text), characters[position] == ")" else { return offset }
        let earliest = max(0, position - 40)
        while position > earliest, characters[position] != "(" {
            position -= 1
            if characters[position].isNewline { return offset }
        }
        return characters[position] == "(" ? position : offset
    }

    /// A closing quotation mark right before `offset` (spaces skipped).
    static func quoteCloses(before offset: Int, in text: AnalyzedText) -> Bool {
        guard let position = lastNonSpace(before: offset, in: text) else { return false }
        return "\"”»’'".contains(text.characters[position])
    }

    /// Where the last character before `offset` that is not a space stands; nil when there is none.
    static func lastNonSpace(before offset: Int, in text: AnalyzedText) -> Int? {
        var position = offset - 1
        while position >= 0, text.characters[position] == " " { position -= 1 }
        return position >= 0 ? position : nil
    }
}
