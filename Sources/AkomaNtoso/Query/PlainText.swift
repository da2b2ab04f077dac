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
        /// `current` ends with the space that stands for a run of whitespace (kept as a flag: asking a string for
        /// its last character walks back over its grapheme clusters).
        private var endsWithSpace = false

        mutating func append(_ text: String) {
            for character in text {
                // ASCII first: most statutory text is, and `isWhitespace` reads Unicode properties.
                let isWhitespace = character.asciiValue.map { $0 == 0x20 || (0x09...0x0D).contains($0) } ?? character.isWhitespace
                if isWhitespace {
                    if !current.isEmpty && !endsWithSpace {
                        current.append(" ")
                        endsWithSpace = true
                    }
                } else {
                    current.append(character)
                    endsWithSpace = false
                }
            }
        }

        mutating func breakLine() {
            while current.last == " " { current.removeLast() }
            if !current.isEmpty { lines.append(current) }
            current = ""
            endsWithSpace = false
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
                if !current.isEmpty && !endsWithSpace {
                    current.append(" ")
                    endsWithSpace = true
                }
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
