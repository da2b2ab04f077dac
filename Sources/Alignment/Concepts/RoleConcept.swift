/// The concepts the mapper's rules read, besides those the instrument's elements name: the formulas that tell what
/// a provision does (creates an offence, grants a power, only adjusts a penalty, is a formal clause) and the markers
/// of its legal logic (an alternative that makes no qualifier, a reference to a measure granted elsewhere). Every
/// lexicon must define each of them; their words are data, the rules are here. (The formulas that define terms,
/// insert wording into another law or send the reader elsewhere for a meaning are the drafting formulas of
/// `Mappings/languages/`, read through `DraftingFormulas`.)
public enum RoleConcept: String, Sendable, CaseIterable {
    /// How an offence is created: a penalty ("será castigado", "liable to imprisonment", "Pena – reclusão").
    case offenceFormula = "offence-formula"
    /// Offences described by their penalty ("delitos castigados con pena de prisión", "infração penal punida com
    /// pena de detenção", "offences punishable by imprisonment for"): the threshold of a measure or a rule, not an
    /// offence the provision creates. A penalty formula that is part of it creates nothing.
    case offenceClass = "offence-class"
    /// The subject formula of an offence definition ("el que", "a person who", "quiconque"): weaker evidence of
    /// an offence than a penalty, since procedural texts use the same words ("quien deberá presentar").
    case offenceSubject = "offence-subject"
    /// How a power is granted or a custodian bound: "podrá ordenar", "may apply to the court for an order",
    /// "est tenu de", "estão obrigados".
    case powerFormula = "power-formula"
    /// A bare modal that opens a list of powers ("el Ministerio Público podrá:", "the officer may—", "le juge
    /// peut :"): followed by a colon or a dash, it grants each item of the list that follows.
    case powerListLead = "power-list-lead"
    /// The verbs a bare modal grants after an aside ("may, to enhance cyber security, by notification in the
    /// Gazette, authorise any agency ..."; "podrá, mediante resolución fundada, ordenar ...").
    case powerVerb = "power-verb"
    /// A power named to say it is lacking ("sin orden judicial", "without a warrant"): it grants nothing.
    case powerNegation = "power-negation"
    /// A definition that applies to its own section only ("for the purposes of this section", "para los efectos de
    /// este artículo"): what it defines is not carried into other provisions.
    case localDefinition = "local-definition"
    /// A heading that announces definitions: "Definiciones", "Interpretation".
    case definitionsHeading = "definitions-heading"
    /// The opening of a rule that only sets or adjusts the penalty of offences defined elsewhere.
    case penaltyRule = "penalty-rule"
    /// A heading of such a rule: "Agravantes", "Enhanced penalty".
    case penaltyHeading = "penalty-heading"
    /// The opening of a formal clause: commencement, repeal, approval of a treaty, a law's objects, regulations.
    case formalClause = "formal-clause"
    /// A heading of a formal clause: "Vigencia", "Short title", "Objects of the Act".
    case formalHeading = "formal-heading"
    /// Other States in the text: requests, foreign authorities, extradition: the provision co-operates.
    case foreignState = "foreign-state"
    /// Where the law applies or which courts may try an offence.
    case jurisdictionRule = "jurisdiction-rule"
    /// A heading on where the law applies ("Jurisdiction", "Jurisdicción", "Aplicação da lei penal no espaço",
    /// "Compétence territoriale"): words too common in other texts to be a rule there ("a court of competent
    /// jurisdiction" issues orders). Read in the provision's own heading only.
    case jurisdictionHeading = "jurisdiction-heading"
    /// The offences of a law in general: "los delitos previstos en esta ley", "any offence under this Act".
    case offencesOfTheLaw = "offences-of-the-law"
    /// The conduct is another provision's offence: "commits an offence under section 14", "as provided under
    /// section 17": an aggravated or derived form that creates no new conduct.
    case commitsOtherOffence = "commits-other-offence"
    /// An offence of contravening a duty ("a person who contravenes subsection (1)", "fails to comply"): the
    /// conduct punished is the breach, not the conduct the duty speaks of.
    case breachOfDuty = "breach-of-duty"
    /// A prohibition the provision states itself ("a person shall not access", "queda prohibido"): a breach
    /// punished in the same provision is of that prohibition, whose conduct is the offence.
    case prohibitionFormula = "prohibition-formula"
    /// A duty laid on the person a subject formula names ("a person who ... shall destroy", "quien ... deberá",
    /// "celui qui ... est tenu de"): without a penalty, the provision binds that person, it creates no offence.
    case dutyFormula = "duty-formula"
    /// A measure spoken of as already made under another provision ("an order made under section 487.014",
    /// "la medida acordada", "deferido o pedido"): a power phrase in that sentence is the content or the
    /// execution of that measure, not a grant.
    case measureMadeElsewhere = "measure-made-elsewhere"
    /// A duty to assist in carrying out a measure ("shall assist a police officer in the execution of a warrant
    /// issued under section 23", "deberán prestar la colaboración"): even beside a measure made elsewhere it is
    /// granted here, as the assistance the Convention asks of those who know the system or hold the data
    /// (Arts. 19(4), 20(1)(b), 21(1)(b)).
    case assistanceDuty = "assistance-duty"
    /// An exemption from liability ("está exento de responsabilidad penal", "no offence is committed", "n'est pas
    /// punissable"): with an article's safeguard (authorised testing, Art. 6(2)), the provision implements it.
    case exemption = "exemption"
    /// A proviso that opens a sentence, set off by a comma ("Except as otherwise provided in this part, any person
    /// who ...", "Sin perjuicio de lo dispuesto en el artículo 5, el que ..."): the statement opens after it.
    case provisoOpening = "proviso-opening"
    /// A heading on how a measure granted elsewhere runs: its duration, extension or renewal, its control, its end,
    /// the destruction of its records ("Solicitud de prórroga", "Duration of order"): the provision grants no
    /// measure. Read in the provision's own heading only.
    case measureModality = "measure-modality"
    /// A heading on an authority's mandate: its establishment, composition, functions, secretariat ("Functions of
    /// the Committee", "Atribuciones del Consejo", "Missions de l'Agence"): the provision says what a body does,
    /// not what the law makes punishable, lets investigators do or obliges the State to do for another. Read in the
    /// provision's own heading only.
    case institutionalHeading = "institutional-heading"
    /// The creation of a body in the provision's opening words ("There is hereby created an Office of
    /// Cybercrime", "Créase el Consejo", "Fica criado o Comitê", "Il est créé"): like such a heading, the provision
    /// states a mandate.
    case institutionFormula = "institution-formula"
    /// Offences beyond the Convention (terrorism, espionage, identity theft, harassment, false news,
    /// cybersquatting): no counterpart unless the article's conduct is also named.
    case beyondConvention = "beyond-convention"
    /// Headings of offences beyond the Convention whose words a Convention offence's text may also use (personal
    /// data, secrecy, identity): read in headings only.
    case beyondConventionHeading = "beyond-convention-heading"
    /// Words that introduce the means of an offence ("by inputting ... data", "a través de la introducción"):
    /// conduct named after them is the means of the other offence stated there.
    case meansMarker = "means-marker"
    /// Words that open a purpose ("with intent to alter", "con el fin de obtener, adulterar o destruir"): a
    /// conduct named in the purpose is intended, not committed.
    case purposeMarker = "purpose-marker"
    /// What follows is a consequence of the offence, an aggravating result ("lorsqu'il en sera résulté la
    /// suppression de données", "si de ello resultare"): conduct named there is no conduct of the provision.
    case consequenceMarker = "consequence-marker"
    /// An alternative or a negation ("o no", "ou não", "whether or not", "con o sin"): words beside it state no
    /// qualifier.
    case alternativeMarker = "alternative-marker"
    /// A reference to another provision ("pursuant to section 59", "previstas en los artículos 222 a 226"): a
    /// measure named just before it is granted there, not here.
    case crossReference = "cross-reference"
    /// Holders that narrow an object to some systems or data only: the State, public bodies, banks, critical
    /// infrastructure.
    case restrictedHolder = "restricted-holder"
    /// Another law cited by its number ("la ley N° 20.393", "Act No. 5 of 2018", "loi n° 2004-575"): a rule the
    /// provision takes from it (a regime of corporate liability) is stated there, and assessed there.
    case lawReference = "law-reference"

    /// What the mapper reads the concept for (in loader messages).
    public var purpose: String {
        switch self {
        case .offenceFormula: "provisions that create offences"
        case .offenceSubject: "offence definitions whose penalty is stated elsewhere"
        case .offenceClass: "offences described by their penalty"
        case .powerFormula: "provisions that grant powers"
        case .powerListLead: "lists of powers"
        case .powerVerb: "powers granted after an aside"
        case .powerNegation: "powers named as lacking"
        case .localDefinition: "definitions for one section only"
        case .definitionsHeading: "definition headings"
        case .penaltyRule: "penalty-only rules"
        case .penaltyHeading: "penalty-only headings"
        case .formalClause: "formal clauses"
        case .formalHeading: "formal headings"
        case .foreignState: "co-operation provisions"
        case .jurisdictionRule: "jurisdiction provisions"
        case .jurisdictionHeading: "headings of jurisdiction provisions"
        case .offencesOfTheLaw: "general rules on the law's offences"
        case .commitsOtherOffence: "offences derived from another provision's"
        case .breachOfDuty: "offences of breaching a duty"
        case .prohibitionFormula: "offences drafted as a prohibition and its breach"
        case .dutyFormula: "duties laid on a named person"
        case .exemption: "exemptions from liability"
        case .provisoOpening: "provisos that open a sentence"
        case .measureModality: "headings on how a measure granted elsewhere runs"
        case .institutionalHeading: "headings on an authority's mandate"
        case .institutionFormula: "provisions that create a body"
        case .measureMadeElsewhere: "measures made under another provision"
        case .assistanceDuty: "duties to assist in carrying out a measure"
        case .beyondConvention: "offences beyond the Convention"
        case .beyondConventionHeading: "headings of offences beyond the Convention"
        case .meansMarker: "the means of an offence"
        case .purposeMarker: "the purposes of an offence"
        case .consequenceMarker: "the aggravating results of an offence"
        case .alternativeMarker: "alternatives that make no qualifier"
        case .crossReference: "measures granted elsewhere"
        case .restrictedHolder: "objects narrower than the article's"
        case .lawReference: "rules taken from another law"
        }
    }
}
