/// The structure of one drafting tradition (`Mappings/traditions/<name>.yaml`): which numbering shapes exist and
/// how they nest, where headings sit, which front and back matter it prints, and the cues that recognise a text
/// of the tradition. Shapes are regular expressions with named groups and `{placeholders}` for the words of the
/// language files (see `civil-law.yaml`).
public struct DraftingTradition: Sendable, Hashable {
    public let name: String
    public let file: String
    /// The tradition of a text that shows no cue of another one.
    public var isDefault = false
    public var cues: [Cue] = []
    /// Named number shapes, usable as `{name}` placeholders in the other shapes.
    public var numbers: [String: String] = [:]
    public var provisions: [ProvisionShape] = []
    public var groupingShape = ""
    /// A line that is both a grouping and a provision (`Section 3. Definitions. —`) is a provision.
    public var groupingsAfterProvisions = false
    public var markers: [MarkerShape] = []
    /// `Title. — Text`: a heading ended by a dash before the text.
    public var dashHeadings = false
    /// Marginal notes printed as a sentence above the section (`Unauthorised access to data.` then `3.—(1) ...`):
    /// a short sentence set off from the text before it by a blank line and printed right above a section is
    /// that section's heading.
    public var marginalNotes = false
    /// Front and back matter: a table of contents, schedules, an explanatory statement.
    public var contents = false
    public var schedules = false
    public var explanatory = false
    /// Sections printed as one paragraph: split at inline subsection and paragraph markers.
    public var inlineMarkers = false

    public init(name: String, file: String) {
        self.name = name
        self.file = file
    }

    /// A line shape that shows a text is of this tradition, and how much one matching line counts.
    public struct Cue: Sendable, Hashable {
        public let shape: String
        public let weight: Int
    }

    public struct ProvisionShape: Sendable, Hashable {
        public let kind: ProvisionKind
        public let shape: String
    }

    /// How a provision line is printed.
    public enum ProvisionKind: String, Sendable, Hashable, CaseIterable {
        /// A label and a number (`Artículo 5.-`, `Section 4.`): the rest may hold a heading and text.
        case labelled
        /// Numbered by an ordinal word alone (`PRIMERA.-`): an article only once the body began.
        case disposition
        /// A number and a heading, no label (`184 Interception`).
        case bare
        /// A number whose whole rest is the heading (`§ 1030. Fraud and related activity ...`).
        case headed
        /// A number and a full stop (`1. Short title`, `4.(1) ...`), read only in increasing order.
        case numbered
    }

    /// A sub-unit numbering style: `(1)` subsections, `(a)` paragraphs, `1°` incisos, `§ 1º` parágrafos.
    public struct MarkerShape: Sendable, Hashable {
        public let style: String
        public let element: String
        public let shape: String
        /// A list item: the next unnumbered line of text ends it.
        public let isList: Bool
        /// Never nested in a list item (a parágrafo, a subsection).
        public let closesLists: Bool
        /// The style (and element) of a letter that is also a Roman numeral, when it does not continue the letters.
        public let roman: (style: String, element: String)?

        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.style == rhs.style && lhs.element == rhs.element && lhs.shape == rhs.shape && lhs.isList == rhs.isList
                && lhs.closesLists == rhs.closesLists && lhs.roman?.style == rhs.roman?.style
                && lhs.roman?.element == rhs.roman?.element
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(style)
            hasher.combine(shape)
        }
    }
}
