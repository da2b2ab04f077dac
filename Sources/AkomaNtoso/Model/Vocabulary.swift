/// The twelve AKN document types: the element directly under `<akomaNtoso>`.
public enum DocumentType: String, Sendable, CaseIterable, Codable {
    case act, bill, doc, statement, debate, debateReport, judgment, amendment, amendmentList
    case documentCollection, officialGazette, portion
}

/// The 27 named hierarchical levels of AKN 3.0 (the `ANhier` group), plus the generic `hcontainer`.
public enum HierarchyLevel: String, Sendable, CaseIterable, Codable {
    case alinea, article, book, chapter, clause, division, indent, level, list, paragraph, part, point
    case proviso, rule, section, subchapter, subclause, subdivision, sublist, subparagraph, subpart
    case subrule, subsection, subtitle, title, tome, transitional
    case hcontainer

    /// The eId alias of the level by the AKN naming convention (`art`, `chp`, `sec`, ...).
    public var eIdAlias: String {
        switch self {
        case .alinea: "al"
        case .article: "art"
        case .book: "book"
        case .chapter: "chp"
        case .clause: "cls"
        case .division: "dvs"
        case .indent: "ind"
        case .level: "lvl"
        case .list: "list"
        case .paragraph: "para"
        case .part: "part"
        case .point: "point"
        case .proviso: "prov"
        case .rule: "rule"
        case .section: "sec"
        case .subchapter: "subchp"
        case .subclause: "subcls"
        case .subdivision: "subdvs"
        case .sublist: "sublist"
        case .subparagraph: "subpara"
        case .subpart: "subpart"
        case .subrule: "subrule"
        case .subsection: "subsec"
        case .subtitle: "subtit"
        case .title: "title"
        case .tome: "tome"
        case .transitional: "transitional"
        case .hcontainer: "hcontainer"
        }
    }

    /// Levels that make a citable provision: the unit a statute is cited by (article, section, rule).
    public var isProvisionLevel: Bool {
        switch self {
        case .article, .section, .rule: true
        default: false
        }
    }

    /// Levels above provisions that only group them (book .. subdivision).
    public var isGrouping: Bool {
        switch self {
        case .book, .tome, .part, .subpart, .title, .subtitle, .chapter, .subchapter, .division, .subdivision:
            true
        default: false
        }
    }
}

/// What the AKN schema says about whitespace in an element.
public enum AKNVocabulary {
    /// Elements whose content is text mixed with inline markup: whitespace in them is statutory text and must
    /// be kept. Elsewhere whitespace-only text is indentation and may be dropped on reading and added on writing.
    public static let mixedContentElements: Set<String> = [
        // blocks and titles that hold text
        "p", "num", "heading", "subheading", "span", "docTitle", "docNumber", "docType", "docDate", "docProponent",
        "docStatus", "docStage", "docCommittee", "docIntroducer", "docPurpose", "docJurisdiction", "docAuthority",
        "shortTitle", "longTitle", "formula", "listIntroduction", "listWrapUp", "tocItem", "td", "th", "caption",
        "block", "foreign", "remark", "omissis", "signature", "role", "person", "organization", "concept", "object",
        "event", "location", "process", "quantity", "entity", "from", "outcome", "speech", "question", "answer",
        "scene", "narrative", "summary", "preface", "affectedDocument", "relatedDocument", "change", "legislature",
        "session", "shortTitle", "courtType", "neutralCitation", "party", "judge", "lawyer", "argument",
        "decision", "signature", "date", "time", "docketNumber", "noteRef", "eol", "eop",
        // inline markup
        "b", "i", "u", "a", "sub", "sup", "abbr", "ins", "del", "ref", "mref", "rref", "term", "def", "mod",
        "mmod", "quotedText", "inline", "marker", "img", "br", "vote", "recordedTime", "embeddedText",
        "embeddedStructure", "placeholder", "fillIn", "decoration", "opinion", "argument", "signature",
        "authorialNote", "note", "legislature", "popup", "term", "entity", "def", "extractText", "courtType",
        "crossHeading", "li", "rmod",
    ]

    public static func hasMixedContent(_ name: String) -> Bool { mixedContentElements.contains(name) }

    /// Whether whitespace-only text in this element must be kept as written. True for mixed content and for
    /// elements outside the Akoma Ntoso namespaces (publisher extensions: lexalign cannot know their content
    /// model). The parser drops, and the indenting writer replaces, whitespace only where this is false.
    public static func keepsWhitespace(name: String, namespace: String?) -> Bool {
        keepsWhitespace(hasMixedContent: hasMixedContent(name), namespace: namespace)
    }

    /// `keepsWhitespace(name:namespace:)` with the name's `hasMixedContent` known (the parser caches it per name).
    static func keepsWhitespace(hasMixedContent: Bool, namespace: String?) -> Bool {
        switch namespace {
        case AKNNamespace.v3?, AKNNamespace.v3WD17?, AKNNamespace.v2?: hasMixedContent
        default: true
        }
    }
}
