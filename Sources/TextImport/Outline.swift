/// The structure read off a law's lines, before it is written as AKN: mutable while the lines are read, then
/// rendered once. Reference types because the reader keeps several open units (grouping stack, article,
/// sub-unit stack, quoted structure) and appends to whichever the next line belongs to.
final class Unit {
    /// AKN element: article, section, chapter, point, paragraph, quotedStructure, transitional...
    let element: String
    /// The numbering style (for sub-units) or grouping element, so that units of one style become siblings.
    let style: String
    /// Number label as printed, kept whole in `<num>` (`Artículo 1°.-`, `(a)`, `TÍTULO I`).
    var label: String?
    /// The number alone, for the eId.
    let number: String
    var heading: String?
    /// The heading was printed on its own line above the number (`Furto` / `Art. 155.`).
    var headingAbove = false
    var items: [Item] = []
    /// Leading spaces of the line that opened the unit, for indented sub-units.
    let indent: Int
    let line: Int
    /// For a quoted structure inserted into an existing article: that article's eId in the host (`art_173`).
    var target: String?
    /// `style|number` of the numbered sub-units directly inside, to see a numbering start again in O(1).
    var childNumbers: Set<String> = []
    /// The `name` of an `hcontainer` (`list`, `schedule`) or `container` (`explanatoryNote`).
    var name: String?

    init(element: String, style: String, label: String?, number: String, indent: Int = 0, line: Int) {
        self.element = element
        self.style = style
        self.label = label
        self.number = number
        self.indent = indent
        self.line = line
    }

    var hasUnits: Bool {
        items.contains { if case .unit = $0 { true } else { false } }
    }

    /// The statutory text lines directly in this unit (not in sub-units), for heuristics.
    var ownText: String {
        items.compactMap { item -> String? in
            switch item {
            case .text(let segments): segments.statutoryText
            case .mod(let mod): mod.intro.statutoryText
            default: nil
            }
        }.joined(separator: "\n")
    }
}

/// A piece of a line: statutory text or an editorial note kept beside it.
enum Segment {
    case text(String)
    case note(String)
}

extension [Segment] {
    var statutoryText: String {
        compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }
}

enum Item {
    /// A line of text (a paragraph), possibly with trailing editorial notes.
    case text([Segment])
    /// A line that is wholly an editorial note.
    case note(String)
    /// A heading printed between units without a label of its own.
    case crossHeading(String)
    case unit(Unit)
    /// An amending formula and the quoted structures it inserts.
    case mod(Modification)
    /// An enacting formula (`BE IT ENACTED by ...`, `Ha dado la Ley siguiente:`).
    case formula(String)
}

/// `Adiciónase el Código Penal con ... del siguiente tenor:` and the articles it inserts.
final class Modification {
    var intro: [Segment]
    /// The host law as named in the amending text (`Código Penal`), and whether that name is in `intro`.
    let hostTitle: String?
    let hostInIntro: Bool
    let hostHref: String
    /// Quotation marks printed between the formula and each quoted structure, and the structures.
    var parts: [Part] = []
    /// Article numbers the formula cites (`artículos 5 y 9`), to recognise quoted articles that lost their quotes.
    let citedNumbers: Set<Int>

    enum Part {
        case text(String)
        case quoted(Unit)
    }

    init(intro: [Segment], hostTitle: String?, hostInIntro: Bool, hostHref: String, citedNumbers: Set<Int>) {
        self.intro = intro
        self.hostTitle = hostTitle
        self.hostInIntro = hostInIntro
        self.hostHref = hostHref
        self.citedNumbers = citedNumbers
    }
}

/// The whole law: front matter and table of contents, preamble lines, body units, closing formulas.
struct Outline {
    /// What precedes a table of contents, and the lines of the table itself.
    var preface: [Item] = []
    var contents: [ContentsEntry] = []
    var preamble: [Item] = []
    var body: [Item] = []
    var conclusions: [Item] = []

    /// The articles and sections of the body, in groupings or not (not those quoted in amendments).
    var provisionCount: Int {
        func count(_ items: [Item]) -> Int {
            items.reduce(0) { total, item in
                guard case .unit(let unit) = item else { return total }
                return total + (unit.element == "article" || unit.element == "section" ? 1 : count(unit.items))
            }
        }
        return count(body)
    }
}

/// A line of a table of contents (`1. Short title.`, `PART II — OFFENCES`): its text as printed and the number of
/// the provision or grouping it lists, to link it to the unit in the body.
struct ContentsEntry {
    let text: String
    let number: String?
    /// `section`, `article`, a grouping element, or nil for a line that lists nothing numbered.
    let element: String?
}
