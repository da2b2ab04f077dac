/// Reads statutory text out of AKN markup: what a reader of the printed law sees, without editorial notes.
public enum PlainText {
    /// Elements whose text is editorial, not statute.
    static let editorial: Set<String> = ["authorialNote", "remark", "note", "notes", "noteRef", "meta"]

    /// Elements that flow inside a line of text.
    static let inline: Set<String> = [
        "b", "i", "u", "a", "sub", "sup", "abbr", "ins", "del", "ref", "mref", "rref", "term", "def", "date",
        "time", "span", "inline", "mod", "mmod", "quotedText", "placeholder", "fillIn", "person", "organization",
        "concept", "object", "event", "location", "process", "role", "quantity", "entity", "docTitle",
        "docNumber", "docType", "docDate", "shortTitle", "img", "marker", "popup", "decoration", "vote",
        "affectedDocument", "relatedDocument", "legislature", "session", "courtType", "neutralCitation",
    ]

    /// The text of an inline element on one line, white space folded.
    public static func inline(_ element: Element) -> String {
        var lines = LineCollector()
        lines.collect(element, skipping: editorial)
        return lines.finished.joined(separator: " ")
    }

    /// A provision's body: everything but its own `num`, `heading`, `subheading`, editorial notes,
    /// inserted quoted structures and nested provisions.
    public static func provisionBody(_ provision: Element) -> String {
        var lines = LineCollector()
        for child in provision.children {
            switch child {
            case .text(let text):
                lines.append(text)
            case .element(let element):
                if ["num", "heading", "subheading"].contains(element.name) { continue }
                lines.collect(element, skipping: editorial, skippingProvisions: true)
            default:
                break
            }
        }
        return lines.finished.joined(separator: "\n")
    }

    /// The whole text of an element, blocks on their own lines, editorial notes included or not.
    public static func text(of element: Element, includingNotes: Bool = false) -> String {
        var lines = LineCollector()
        lines.collect(element, skipping: includingNotes ? ["meta"] : editorial)
        return lines.finished.joined(separator: "\n")
    }

    struct LineCollector {
        var lines: [String] = []
        private var current = ""

        mutating func append(_ text: String) {
            // Scalar by scalar, ASCII first: walking grapheme clusters and `Character.isWhitespace` (a Unicode
            // property look-up) were the costliest steps of reading a provision's text. A run of whitespace
            // becomes one space.
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let isWhitespace = value < 0x80 ? (value == 32 || (9...13).contains(value)) : scalar.properties.isWhitespace
                if isWhitespace {
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if !current.isEmpty && current.utf8.last != 32 { current.unicodeScalars.append(" ") }
                    pendingSpace = false
                }
                current.unicodeScalars.append(scalar)
            }
            if pendingSpace, !current.isEmpty, current.utf8.last != 32 { current.unicodeScalars.append(" ") }
        }

        mutating func breakLine() {
            while current.last == " " { current.removeLast() }
            if !current.isEmpty { lines.append(current) }
            current = ""
        }

        mutating func collect(_ element: Element, skipping: Set<String>, skippingProvisions: Bool = false) {
            if skipping.contains(element.name) { return }
            if element.name == "quotedStructure" && skippingProvisions { return }
            if skippingProvisions, HierarchyLevel(rawValue: element.name)?.isProvisionLevel == true { return }
            let isInline = PlainText.inline.contains(element.name)
            if !isInline && element.name != "num" { breakLine() }
            for child in element.children {
                switch child {
                case .text(let text): append(text)
                case .element(let nested): collect(nested, skipping: skipping, skippingProvisions: skippingProvisions)
                default: break
                }
            }
            if element.name == "num" {
                if !current.isEmpty && current.last != " " { current.append(" ") }
            } else if !isInline {
                breakLine()
            }
        }

        var finished: [String] {
            var copy = self
            copy.breakLine()
            return copy.lines
        }
    }
}
