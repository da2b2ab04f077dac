/// The words of one language's statutes (`Mappings/languages/<code>.yaml`): labels, grouping headings, ordinal
/// words, editorial-note and repeal markers, amendment, definition, enacting and closing formulas, front- and
/// back-matter headings. The importer reads structure with them; the mapper reads drafting formulas with them.
///
/// Unless a property says otherwise, each entry is a regular-expression fragment (ICU), matched without regard to
/// case, an accented letter also matching its unaccented form (see `PatternText.tolerant`).
public struct LanguageConventions: Sendable, Hashable {
    /// ISO 639-1 code, the file's name: `es`.
    public let code: String
    /// The three-letter code written into FRBR expressions: `spa`.
    public let frbr: String
    /// The file it was read from, for messages.
    public let file: String

    /// Words that open an article line (`artículo`, `art\.`), a section line (`section`, `sec\.`), a paragraph
    /// of an article (`parágrafo`).
    public var articleLabels: [String] = []
    public var sectionLabels: [String] = []
    public var paragraphLabels: [String] = []

    /// Latin suffixes of inserted numbers (`bis`, `ter`), ordinal words (`primer[oa]?`), words compounding with
    /// them (`décimo`), ordinal marks after a number (`er`, `\.º`), letters naming a code's part (`L`, `R`),
    /// signs before a law's number (`N[°º.]?`).
    public var suffixes: [String] = []
    public var ordinals: [String] = []
    public var ordinalPrefixes: [String] = []
    public var ordinalMarks: [String] = []
    public var codePrefixes: [String] = []
    public var numberSigns: [String] = []

    /// Grouping heading words by the AKN element they become.
    public var groupings: [GroupingElement: [String]] = [:]

    /// `ARTÍCULOS TRANSITORIOS`: nouns and adjectives of the heading; the qualifier experts cite a transitory
    /// article with (plain words: `transitorio`).
    public var transitoryNouns: [String] = []
    public var transitoryAdjectives: [String] = []
    public var transitoryQualifiers: [String] = []

    /// Editorial notes: stems marking a parenthesis as one, participles opening a note line and the words for
    /// "by" after them, gazettes cited by abbreviation and the words their notes open with, words showing a trailing
    /// note cites an act, headings of superseded wording, words of bracketed consolidation notes.
    public var editorialNotes: [String] = []
    public var editorialParticiples: [String] = []
    public var byWords: [String] = []
    public var gazettes: [String] = []
    public var gazetteNotes: [String] = []
    public var noteCitations: [String] = []
    public var previousWording: [String] = []
    public var bracketedNotes: [String] = []

    /// A repealed placeholder: `Derogado.`, `[Repealed]`.
    public var repealMarkers: [String] = []

    /// Amending formulas: the words announcing inserted wording (`siguiente`, `following`), treaty approval verbs,
    /// and the target formulas (named groups `number` and `host`; `{target_number}` stands for a number).
    public var amendmentIntroducers: [String] = []
    public var approvalVerbs: [String] = []
    public var amendmentTargets: [String] = []

    /// Titles of numbered laws (`ley`, `republic act`), first words of codes (`código`), code names written in
    /// lower case (`code pénal`), words joining a name's words (`de`, `of`), between a law's number and its year
    /// (`de`), and month names.
    public var lawTitles: [String] = []
    public var codeTitles: [String] = []
    public var codeNames: [String] = []
    public var nameConnectors: [String] = []
    public var dateConnectors: [String] = []
    public var months: [String] = []

    /// Formulas after the last provision (promulgation, signatures), before the first (enacting), and the
    /// openings of an offence's sentence (matched with case), in full and before a heading run into the text.
    public var closingFormulas: [String] = []
    public var enactingFormulas: [String] = []
    /// The opening of a long title (`AN ACT to ...`, `A BILL for ...`): the text after a table of contents.
    public var longTitles: [String] = []
    public var offenceOpenings: [String] = []
    public var runInOpenings: [String] = []

    /// Conjunctions that end a list item before the next one (plain words): `; or (b)`.
    public var listConjunctions: [String] = []

    /// Definition formulas in the mapper's signal notation (folded words, `*` stems, `...` gaps); words right
    /// after a defined term that define it (plain words); word pairs sending the reader elsewhere for a term's
    /// meaning (plain words).
    public var definitionFormulas: [String] = []
    public var termFollowers: [String] = []
    public var meaningElsewhere: [[String]] = []
    /// Words that open a definition's proviso or exclusion ("provided that", "does not include", "salvo"): what
    /// follows limits the meaning, it is not part of it (plain words).
    public var definitionExceptions: [String] = []

    /// Formulas citing another provision, before its number: `en los términos del artículo`, `as defined in section`.
    public var references: [String] = []

    /// Abbreviations a heading cannot end with, endings of enclitic imperatives (plain words).
    public var abbreviations: [String] = []
    public var encliticEndings: [String] = []

    /// Headings of a table of contents, of schedules, of an explanatory statement.
    public var contents: [String] = []
    public var schedules: [String] = []
    /// Words that make a schedule one of amendments (`Schedule 2—Amendment of other Acts`): the sections it inserts
    /// into other acts are read as the law's own.
    public var amendingSchedules: [String] = []
    public var explanatory: [String] = []

    public init(code: String, frbr: String, file: String) {
        self.code = code
        self.frbr = frbr
        self.file = file
    }
}

/// The AKN grouping elements a heading word can open, outermost first.
public enum GroupingElement: String, Sendable, Hashable, CaseIterable, Comparable {
    case book, tome, part, subpart, title, subtitle, chapter, subchapter, division, subdivision

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
