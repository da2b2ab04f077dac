/// What the analyser asks of a character: a word character, white space, a line break (`TextFolding`).
struct CharacterKind {
    let isWord: Bool
    let isWhitespace: Bool
    let isNewline: Bool

    /// `Character.isNumber`.
    let isNumber: Bool

    init(_ character: Character) {
        isWord = TextFolding.isWordCharacter(character)
        isWhitespace = TextFolding.isWhitespace(character)
        isNewline = TextFolding.isNewline(character)
        isNumber = character.isNumber
    }

    /// The text's first `count` characters when one of them is a number, else nil: read scalar by scalar while
    /// they are simple characters (`isSimple`, no CR), by `Character` otherwise.
    static func headWithNumber(_ text: String, count: Int) -> Substring? {
        var read = 0
        var hasNumber = false
        /// The UTF-8 length of the scalars read into the head (walked with the scalars' iterator, not by index).
        var end = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value != 0x0D, isSimple(value) else {
                let head = text.prefix(count)
                return head.contains(where: \.isNumber) ? head : nil
            }
            // One scalar past the head is looked at: a CR there could join the head's last character.
            if read == count { break }
            // (Once a number is seen, the rest of the head is only checked for simple scalars.)
            if !hasNumber && simple(value).isNumber { hasNumber = true }
            read += 1
            end += UTF8.width(scalar)
        }
        return hasNumber ? text[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)] : nil
    }

    /// Whether every scalar of the text is a character of its own, whatever stands beside it (`isSimple`), and no
    /// CR is followed by LF (CR LF is one character).
    static func scalarsAreCharacters(_ text: String) -> Bool {
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x80 && !isSimple(value) { return false }
            if value == 0x0A && previous == 0x0D { return false }
            previous = value
        }
        return true
    }

    /// The UTF-8 offset of each scalar of the text, then the text's UTF-8 length: its character starts when every
    /// scalar is a character (`scalarsAreCharacters`). A scalar starts at each byte that is not a continuation byte.
    static func scalarStarts(_ text: String) -> [Int] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            [Int](unsafeUninitializedCapacity: bytes.count + 1) { starts, count in
                for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
                    starts[count] = offset
                    count += 1
                }
                starts[count] = bytes.count
                count += 1
            }
        }!
    }

    /// Characters that form a grapheme of their own next to any other simple character, as AkomaNtoso's
    /// `PlainText` reader counts them: up to U+02FF (the combining marks start at U+0300; none below extends,
    /// prepends or joins), general punctuation but the joiners U+200C and U+200D, currency symbols (U+20D0 on are
    /// combining), letterlike symbols and number forms.
    static func isSimple(_ value: UInt32) -> Bool {
        switch value {
        case 0...0x2FF, 0x20A0...0x20CF, 0x2100...0x218F: true
        case 0x2000...0x206F: value != 0x200C && value != 0x200D
        default: false
        }
    }

    /// The kind of a simple character (`isSimple`), from tables made of the `Character`s themselves.
    static func simple(_ value: UInt32) -> CharacterKind {
        value < 0x300 ? low[Int(value)] : high[Int(value) - 0x2000]
    }

    private static let low: [CharacterKind] = (0..<0x300).map { CharacterKind(Character(Unicode.Scalar($0)!)) }
    /// U+2000 to U+218F (only the simple ones are ever read).
    private static let high: [CharacterKind] = (0x2000..<0x2190).map { CharacterKind(Character(Unicode.Scalar($0)!)) }

    /// The ASCII value of `.`, `:` or `;`, else 0 (an ASCII value: a single-scalar character or CR LF, never a mark).
    static func mark<Value: BinaryInteger>(_ value: Value) -> UInt8 {
        switch value {
        case 0x2E, 0x3A, 0x3B: UInt8(value)
        default: 0
        }
    }
}
