/// Reads statutory text out of AKN markup: what a reader of the printed law sees, without editorial notes.
///
/// White space is folded as `Character.isWhitespace` folds it: each run of white space becomes one space, lines
/// are trimmed, blocks start new lines. The text is read as UTF-8 bytes (`ByteLines`), which is what makes reading
/// a corpus fast; a text holding a character that could join its neighbours into one grapheme (a combining mark, a
/// joiner, a prepended sign) is read again by `Character` (`CharacterLines`), so the result is the same either way.
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
        read(.element(element, skipping: .editorial), separator: " ")
    }

    /// A provision's body: everything but its own `num`, `heading`, `subheading`, editorial notes,
    /// inserted quoted structures and nested provisions.
    public static func provisionBody(_ provision: Element) -> String {
        read(.provisionBody(provision), separator: "\n")
    }

    /// The whole text of an element, blocks on their own lines, editorial notes included or not.
    public static func text(of element: Element, includingNotes: Bool = false) -> String {
        read(.element(element, skipping: includingNotes ? .meta : .editorial), separator: "\n")
    }

    enum Reading {
        case element(Element, skipping: Role)
        case provisionBody(Element)
    }

    /// Reads with `ByteLines`, and again with `CharacterLines` when the bytes held a character left to it.
    static func read(_ reading: Reading, separator: Unicode.Scalar) -> String {
        var bytes = ByteLines(separator: UInt8(separator.value))
        collect(reading, into: &bytes)
        return bytes.finished ?? readByCharacter(reading, separator: separator)
    }

    /// The reference reading, `Character` by `Character` (what `read` must equal).
    static func readByCharacter(_ reading: Reading, separator: Unicode.Scalar) -> String {
        var characters = CharacterLines()
        collect(reading, into: &characters)
        return characters.finished.joined(separator: String(separator))
    }

    private static func collect(_ reading: Reading, into lines: inout some LineCollector) {
        switch reading {
        case .element(let element, let skipping):
            lines.collect(element, skipping: skipping)
        case .provisionBody(let provision):
            for child in provision.children {
                switch child {
                case .text(let text):
                    lines.append(text)
                case .element(let element):
                    switch element.name {
                    case "num", "heading", "subheading": continue
                    default: lines.collect(element, skipping: .editorial, skippingProvisions: true)
                    }
                default:
                    break
                }
            }
        }
    }

    /// What an element is to the text reader, decided once per name.
    struct Role: OptionSet {
        let rawValue: UInt8
        static let editorial = Role(rawValue: 1)
        static let meta = Role(rawValue: 2)
        static let inline = Role(rawValue: 4)
        static let num = Role(rawValue: 8)
        static let quotedStructure = Role(rawValue: 16)
        static let provision = Role(rawValue: 32)

        private static let known: [String: Role] = {
            var roles: [String: Role] = [:]
            for name in PlainText.editorial { roles[name, default: []].insert(.editorial) }
            roles["meta", default: []].insert(.meta)
            for name in PlainText.inline { roles[name, default: []].insert(.inline) }
            roles["num", default: []].insert(.num)
            roles["quotedStructure", default: []].insert(.quotedStructure)
            for level in HierarchyLevel.allCases where level.isProvisionLevel {
                roles[level.rawValue, default: []].insert(.provision)
            }
            return roles
        }()

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(name: String) { self = Self.known[name] ?? [] }
    }
}

/// Where a line collector takes the text from: it folds white space, breaks lines around blocks, and leaves out
/// what it is told to skip.
protocol LineCollector {
    mutating func append(_ text: String)
    mutating func breakLine()
    /// The space after a `num`, when the line holds text and does not end with a space.
    mutating func spaceAfterNumber()
}

extension LineCollector {
    mutating func collect(_ element: Element, skipping: PlainText.Role, skippingProvisions: Bool = false) {
        let role = PlainText.Role(name: element.name)
        if !role.isDisjoint(with: skipping) { return }
        if skippingProvisions && !role.isDisjoint(with: [.quotedStructure, .provision]) { return }
        let isInline = role.contains(.inline)
        let isNumber = role.contains(.num)
        if !isInline && !isNumber { breakLine() }
        for child in element.children {
            switch child {
            case .text(let text): append(text)
            case .element(let nested): collect(nested, skipping: skipping, skippingProvisions: skippingProvisions)
            default: break
            }
        }
        if isNumber {
            spaceAfterNumber()
        } else if !isInline {
            breakLine()
        }
    }
}

/// The reference reader: `Character` by `Character`, white space as `Character.isWhitespace` says.
struct CharacterLines: LineCollector {
    private(set) var lines: [String] = []
    private var current = ""

    mutating func append(_ text: String) {
        for character in text {
            if character.isWhitespace {
                if !current.isEmpty && current.last != " " { current.append(" ") }
            } else {
                current.append(character)
            }
        }
    }

    mutating func breakLine() {
        while current.last == " " { current.removeLast() }
        if !current.isEmpty { lines.append(current) }
        current = ""
    }

    mutating func spaceAfterNumber() {
        if !current.isEmpty && current.last != " " { current.append(" ") }
    }

    var finished: [String] {
        var copy = self
        copy.breakLine()
        return copy.lines
    }
}

/// The fast reader: one pass over the UTF-8 bytes of each text into one output buffer, lines joined as they are
/// finished, no intermediate strings.
///
/// Exact for text made of characters that are a grapheme each whatever stands beside them (`isSimple`): ASCII,
/// Latin-1 and the Latin extensions, general punctuation, currency, letterlike symbols and number forms. There a
/// `Character` is a scalar (CR LF aside, which is white space either way), so folding scalars folds characters.
/// Any other character makes `finished` nil, and the text is read by `CharacterLines`.
struct ByteLines: LineCollector {
    private var output: [UInt8] = []
    /// Where the current line starts in `output`.
    private var lineStart = 0
    /// A finished line is in `output`: the next line starts with the separator.
    private var needsSeparator = false
    private let separator: UInt8
    /// A character outside the simple ones was met.
    private var unsupported = false

    init(separator: UInt8) {
        self.separator = separator
        output.reserveCapacity(256)
    }

    /// The text read, or nil when it must be read by `Character`.
    var finished: String? {
        mutating get {
            if unsupported { return nil }
            breakLine()
            return String(decoding: output, as: UTF8.self)
        }
    }

    mutating func append(_ text: String) {
        if unsupported { return }
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append(bytes: $0) }
        if done == nil {
            var copy = text
            copy.withUTF8 { append(bytes: $0) }
        }
    }

    /// Runs of bytes between white space are copied whole.
    private mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var runStart = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                // Space, tab, LF, VT, FF, CR: the ASCII white space of Unicode.
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    copy(bytes, runStart..<index)
                    space()
                    runStart = index + 1
                }
                index += 1
                continue
            }
            // Valid UTF-8 (a Swift string): the lead byte gives the length.
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard Self.isSimple(scalar) else {
                unsupported = true
                return
            }
            if Self.isWhitespace(scalar) {
                copy(bytes, runStart..<index)
                space()
                runStart = index + length
            }
            index += length
        }
        copy(bytes, runStart..<count)
    }

    /// Text without white space, onto the current line.
    private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        startLineIfNeeded()
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    mutating func breakLine() {
        while output.count > lineStart && output.last == 0x20 { output.removeLast() }
        if output.count > lineStart {
            needsSeparator = true
            lineStart = output.count
        }
    }

    mutating func spaceAfterNumber() {
        space()
    }

    /// One space, where the line holds text and does not end with one.
    private mutating func space() {
        if output.count > lineStart && output.last != 0x20 { output.append(0x20) }
    }

    private mutating func startLineIfNeeded() {
        if needsSeparator && output.count == lineStart {
            output.append(separator)
            lineStart = output.count
            needsSeparator = false
        }
    }

    /// Characters that form a grapheme of their own next to any other simple character (checked pair by pair in
    /// `PlainTextTests`): ASCII, Latin-1 and Latin Extended-A/B, IPA, spacing modifiers (up to U+02FF: the combining
    /// marks start at U+0300), general punctuation but the joiners U+200C and U+200D, currency symbols (U+20D0 on
    /// are combining), letterlike symbols (`№`) and number forms.
    static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0...0x2FF, 0x20A0...0x20CF, 0x2100...0x218F: true
        case 0x2000...0x206F: scalar != 0x200C && scalar != 0x200D
        default: false
        }
    }

    /// Unicode's White_Space among the simple characters above U+007F (what `Character.isWhitespace` says).
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: true
        default: false
        }
    }
}
