/// What a provision does, read from the drafting formulas statutes use: it creates an offence, grants an
/// investigative power, defines terms, only adjusts penalties, or is a formal clause (commencement, repeal).
///
/// The mapper uses it the way an expert does: a power is not an offence even when it speaks of interception, a
/// penalty increase is not a new offence, and only a definitions provision implements Art. 1.
public struct ProvisionRole: Sendable, Hashable {
    public var createsOffence = false
    public var grantsPower = false
    public var defines = false
    /// Penalty-only: aggravating or mitigating circumstances, increases of another provision's penalty.
    public var adjustsPenalty = false
    /// Commencement, repeal, "comuníquese", transitional application.
    public var isFormal = false
    /// Speaks of other States: foreign requests, mutual assistance, extradition.
    public var isInternational = false
    /// Says where the law applies or which courts are competent.
    public var isJurisdictional = false
    /// Speaks of the offences of a law or code in general ("los delitos previstos en esta ley").
    public var refersToOffences = false

    /// Token ranges of the formulas that grant a power ("podrá ordenar", "may make a demand"): a procedural
    /// article is implemented where its power is what such a formula grants.
    public internal(set) var powerPhrases: [Range<Int>] = []
    /// Token ranges of definition formulas ("se entenderá por", "considera-se", "X means").
    public internal(set) var definitionPhrases: [Range<Int>] = []

    /// Power without an offence: the provision lets authorities act.
    public var isPowerOnly: Bool { grantsPower && !createsOffence }

    /// An offence of its own: not a penalty rule, a power, a definition or a formal clause that happens to use
    /// an offence's wording ("el que", "quien").
    public var isOffenceOfItsOwn: Bool { createsOffence && !adjustsPenalty && !grantsPower && !defines && !isFormal }
}

/// The drafting formulas per language, in `SignalPattern` syntax.
struct RoleCues: Sendable {
    let offence: [SignalPattern]
    let power: [SignalPattern]
    let definition: [SignalPattern]
    let penaltyOpening: [SignalPattern]
    let penaltyHeading: [SignalPattern]
    let formalOpening: [SignalPattern]
    let formalHeading: [SignalPattern]
    let international: [SignalPattern]
    let jurisdiction: [SignalPattern]
    let offences: [SignalPattern]

    /// How many opening words of a provision are read for penalty-only and formal formulas.
    static let openingWords = 30

    init(language: Language) {
        let analyzer = Analyzer(language: language)
        func compile(_ phrases: [String]) -> [SignalPattern] { phrases.compactMap { SignalPattern($0, analyzer: analyzer) } }
        let phrases = Self.phrases[language] ?? Self.phrases[.en]!
        offence = compile(phrases.offence)
        power = compile(phrases.power)
        definition = compile(phrases.definition)
        penaltyOpening = compile(phrases.penaltyOpening)
        penaltyHeading = compile(phrases.penaltyHeading)
        formalOpening = compile(phrases.formalOpening)
        formalHeading = compile(phrases.formalHeading)
        international = compile(phrases.international)
        jurisdiction = compile(phrases.jurisdiction)
        offences = compile(Self.offenceReferences[language] ?? [])
    }

    /// The heading announces definitions ("Definiciones", "Definitions", "Interpretation").
    func headingDefines(_ heading: AnalyzedText) -> Bool {
        let words = Set(heading.tokens.map(\.folded))
        return !words.isDisjoint(with: ["definiciones", "definicion", "definicoes", "definitions", "interpretation", "conceptos"])
    }

    func role(text: AnalyzedText, heading: AnalyzedText?) -> ProvisionRole {
        var role = ProvisionRole()
        func any(_ patterns: [SignalPattern], _ text: AnalyzedText) -> Bool {
            patterns.contains { !$0.matches(in: text).isEmpty }
        }
        let opening = AnalyzedText(
            text: text.text, language: text.language, tokens: Array(text.tokens.prefix(Self.openingWords)), units: [],
            characters: text.characters)
        role.createsOffence = any(offence, text)
        role.powerPhrases = power.flatMap { $0.matches(in: text) }.sorted { $0.lowerBound < $1.lowerBound }
        role.grantsPower = !role.powerPhrases.isEmpty
        role.definitionPhrases = definition.flatMap { $0.matches(in: text) }
        role.defines = !role.definitionPhrases.isEmpty || (heading.map { any(definition, $0) } ?? false)
        role.adjustsPenalty = any(penaltyOpening, opening) || (heading.map { any(penaltyHeading, $0) } ?? false)
        role.isFormal = any(formalOpening, opening) || (heading.map { any(formalHeading, $0) } ?? false)
        role.isInternational = any(international, text) || (heading.map { any(international, $0) } ?? false)
        role.isJurisdictional = any(jurisdiction, text) || (heading.map { any(jurisdiction, $0) } ?? false)
        role.refersToOffences = any(offences, text)
        // English definitions: "computer data means ...", not "by means of".
        if text.language == .en {
            let tokens = text.tokens
            let means = tokens.indices.filter { index in
                tokens[index].folded == "means" && index > 0 && !tokens[index].breakBefore
                    && !["by", "other", "any", "electronic", "technical", "similar", "no", "the", "a", "such"].contains(tokens[index - 1].folded)
                    && (index + 1 >= tokens.count || tokens[index + 1].folded != "of")
            }
            role.definitionPhrases += means.map { $0..<($0 + 1) }
            role.defines = role.defines || !means.isEmpty
        }
        role.definitionPhrases.sort { $0.lowerBound < $1.lowerBound }
        return role
    }

    /// How a provision refers to the offences of a law in general.
    static let offenceReferences: [Language: [String]] = [
        .es: ["delitos previstos", "delitos contemplados", "delitos tipificados", "delitos establecidos", "hechos punibles previstos", "delitos de esta ley", "delitos informaticos"],
        .pt: ["crimes previstos", "crimes definidos", "crimes tipificados", "delitos previstos"],
        .en: ["offence under this", "offences under this", "offence under section", "offences under sections", "offence against this"],
        .fr: ["infractions prevues", "infractions definies", "delits prevus", "infraction prevue"],
    ]

    struct Phrases {
        let offence: [String]
        let power: [String]
        let definition: [String]
        let penaltyOpening: [String]
        let penaltyHeading: [String]
        let formalOpening: [String]
        let formalHeading: [String]
        let international: [String]
        let jurisdiction: [String]
    }

    static let phrases: [Language: Phrases] = [
        .es: Phrases(
            offence: [
                "sera castigad*", "sera sancionad*", "sera reprimid*", "sera penad*", "incurrira en", "se le impondr*",
                "se impondr* ... prision", "pena de prision", "pena privativa", "presidio", "reclusion", "sufrira",
                "seran castigad*", "seran sancionad*", "seran reprimid*", "sera reprimido", "dias multa",
                "incurrira", "castigad* con", "reprimid* con", "se considerara tambien autor",
                // The subject formula of an offence definition (the penalty may sit in the code's chapeau).
                "el que", "al que", "a quien", "quien", "quienes", "la persona que", "toda persona que", "el hecho de",
                "se sancionar*", "se castigar*", "se penar*", "incurre en", "sancionad* con", "pena de multa",
            ],
            power: [
                "podra ordenar", "podra requerir", "podra disponer", "podra solicitar", "podra autorizar",
                "podra ... ordenar", "podra ... requerir", "podra ... disponer", "podra ... autorizar",
                "podran ... ordenar", "podran ... requerir", "tendra la facultad", "podra realizar", "podra proceder",
                "podran ordenar", "podran requerir", "podra decretar", "ordenara", "dispondra", "requerira",
                "autorizacion judicial", "orden judicial", "mandamiento judicial", "resolucion judicial fundada",
                "estara obligad*", "estaran obligad*", "deberan conservar", "debera conservar", "deberan entregar",
                "debera entregar",
            ],
            definition: [
                "se entender* por", "se entender* como", "se entiende por", "entiendase por", "entiendese por",
                "se entender* solo", "se considerar* como", "a los efectos de est* ley ... entiende", "definicion*",
                "se denomina",
            ],
            penaltyOpening: [
                "la pena ser*", "las penas ... se aumentar*", "las penas ... se incrementar*", "las sanciones ... se duplicar*",
                "se aumentar* la pena", "la pena ... se aumentar*", "constituyen circunstancias agravantes",
                "son circunstancias de mayor punibilidad", "sera circunstancia atenuante", "el juez aumenta la pena",
                "las penas imponibles",
            ],
            penaltyHeading: ["agravant*", "atenuant*", "circunstancia*", "agravacion*", "mayor punibilidad", "penas"],
            formalOpening: [
                "comuniquese", "derogase", "deroganse", "deroga*", "publiquese", "rige a partir", "entrara en vigencia",
                "entrara en vigor", "comenzara a regir", "comenzaran a regir", "los hechos perpetrados con anterioridad",
                // Approval of a treaty: the instrument itself, not its implementation.
                "apruebase", "apruebanse", "aprueba* el convenio", "ratificase", "apruebase el convenio",
            ],
            formalHeading: ["vigencia", "derogacion*", "derogatori*", "transitori*", "aprobacion del convenio", "ratificacion"],
            international: ["estado extranjero", "estados extranjeros", "otro estado", "otros estados", "estado requirente", "estado requerido", "asistencia mutua", "asistencia judicial", "cooperacion internacional", "cooperacion judicial internacional", "extradicion", "autoridad central", "exhorto*", "carta* rogatoria*", "punto de contacto", "parte requirente", "parte requerida"],
            jurisdiction: ["jurisdiccion", "competencia de los tribunales", "extraterritorial", "aplicacion territorial",
                "se aplicar* ... cometido*", "dentro o fuera del territorio", "cometido* en el extranjero", "cometido* fuera del territorio", "fuera del territorio nacional", "a bordo de", "buque* o aeronave*", "ley penal ... aplicar*", "principio de territorialidad"]),
        .pt: Phrases(
            offence: [
                "pena reclusao", "pena detencao", "reclusao", "detencao", "na mesma pena incorre", "incorre na mesma pena",
                "sera punido", "sera punida", "quem",
            ],
            power: [
                "ordem judicial", "mediante ordem", "podera requerer", "poderao requerer", "podera determinar",
                "requerer ao juiz", "requerer cautelarmente", "requisitar", "o juiz podera", "determinar ao",
                "ordenar", "ordene",
            ],
            definition: [
                "considera se", "consideram se", "entende se por", "entendem se por", "para os efeitos desta lei",
                "para fins desta lei", "equipara se",
            ],
            penaltyOpening: [
                "aumenta se a pena", "a pena aumenta se", "a pena e de", "a pena sera", "as penas ... aumentad*",
            ],
            penaltyHeading: ["agravant*", "atenuant*", "aumento de pena"],
            formalOpening: [
                "revoga se", "revogam se", "esta lei entra em vigor", "entra em vigor", "fica aprovado", "aprova o texto",
            ],
            formalHeading: ["vigencia", "revogac*"],
            international: ["estado estrangeiro", "outro estado", "cooperacao internacional", "cooperacao juridica internacional", "assistencia mutua", "auxilio direto", "extradicao", "autoridade central", "carta* rogatoria*", "ponto de contato"],
            jurisdiction: ["jurisdicao", "competencia", "cometido* no estrangeiro", "fora do territorio", "a bordo de", "embarcac* ou aeronave*", "aplica se a lei penal"]),
        .en: Phrases(
            offence: [
                "guilty of", "liable to imprisonment", "liable to a fine", "commits an offence", "commits mischief",
                "indictable offence", "punishable on summary conviction", "shall be punished", "is punishable",
                "everyone who", "every one who", "every person who", "whoever", "liable on summary conviction",
                "liable on conviction", "is liable to a fine", "shall be guilty",
            ],
            power: [
                "may order", "may make a demand", "may make an order", "may require", "may issue", "may authorize",
                "may compel", "may direct", "order a person", "shall preserve", "shall produce", "shall disclose",
                "may request", "may by order", "may by notice", "may grant", "may make an application",
                "may ... issue", "may ... order a", "may ... order any", "may ... order the", "may ... order that",
                "may ... require", "may ... authori*", "may ... direct", "by written notice", "by notice in writing",
            ],
            definition: [
                "the following definitions", "definitions apply", "in this section", "in this act", "in this part",
                "the following definitions", "for the purposes of this",
            ],
            penaltyOpening: [
                "the penalty ... increased", "is liable to a penalty", "aggravating circumstance*", "the punishment",
            ],
            penaltyHeading: ["aggravat*", "mitigat*", "punishment", "sentenc*", "penalt*"],
            formalOpening: [
                "comes into force", "come into force", "is repealed", "are repealed", "shall enter into force",
                "is hereby approved", "hereby ratif*", "is ratified",
            ],
            formalHeading: ["coming into force", "commencement", "repeal*", "transitional"],
            international: ["foreign state", "foreign states", "law of a foreign", "requesting state", "requested state", "requesting party", "requested party", "mutual legal assistance", "mutual assistance", "international co operation", "international cooperation", "extradition", "central authority", "point of contact"],
            jurisdiction: ["jurisdiction", "committed outside", "committed abroad", "in or outside", "outside as well as within",
                "extra territorial", "extraterritorial", "territorial application", "territorial scope", "deemed to have been committed in", "on board", "ship or aircraft", "aircraft"]),
        .fr: Phrases(
            offence: [
                "est puni", "sont punis", "est passible", "emprisonnement", "d une amende", "commet une infraction",
                "coupable d", "quiconque", "le fait de", "sera puni*", "seront puni*", "puni* d", "puni* de",
                "celui qui", "toute personne qui",
            ],
            power: [
                "peut ordonner", "peut requerir", "peut exiger", "peuvent requerir", "peuvent ordonner",
                "peut prescrire", "peut autoriser", "sur requisition", "sont tenus de", "est tenu de", "ordonnance",
                "peut enjoindre", "peuvent enjoindre", "peut proceder", "peuvent proceder", "peut faire proceder",
                "peut ... ordonner", "peut ... requerir", "peuvent ... requerir", "peut ... autoriser",
                "peut saisir", "peut requerir", "peut ordonner",
            ],
            definition: [
                "on entend par", "s entend", "designe", "au sens de la presente", "definition*", "aux fins de la presente",
            ],
            penaltyOpening: [
                "la peine est portee", "les peines sont portees", "les peines ... aggravee*", "circonstance* aggravante*",
                "la peine ... doublee", "les peines prevues ... sont",
            ],
            penaltyHeading: ["circonstance*", "aggrav*", "attenu*", "peine*"],
            formalOpening: [
                "est abroge*", "sont abroge*", "entre en vigueur", "entrera en vigueur", "sera publie*",
                "est autorise* la ratification", "est approuve*",
                "sera execute* comme loi",
            ],
            formalHeading: ["entree en vigueur", "abrogation*", "dispositions transitoires"],
            international: ["etat etranger", "etats etrangers", "autre etat", "etat requerant", "etat requis", "partie requerante", "partie requise", "entraide", "cooperation internationale", "extradition", "autorite centrale", "point de contact", "commission* rogatoire*"],
            jurisdiction: ["competence", "juridiction", "commise* hors du territoire", "commise* a l etranger", "a bord d", "navire* ou aeronef*"]),
    ]
}
