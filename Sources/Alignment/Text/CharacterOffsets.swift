/// A text's characters by offset (in `Character`s): where each starts in the text's UTF-8, a plain array of
/// integers (an array of `Character`s costs a check per element to copy and to free).
struct CharacterOffsets: Sendable {
    let text: String
    /// The UTF-8 offset of each character's start, and of the text's end.
    private let starts: [Int]

    init(_ text: String) {
        var starts: [Int] = []
        var offset = 0
        for character in text {
            starts.append(offset)
            offset += character.utf8.count
        }
        starts.append(offset)
        self.init(text: text, starts: starts)
    }

    /// `starts`: each character's UTF-8 offset, then the text's UTF-8 length.
    init(text: String, starts: [Int]) {
        self.text = text
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: starts[offset])
    }

    subscript(offset: Int) -> Character {
        precondition(offset >= 0 && offset < count, "character offset out of range")
        return text[index(offset)]
    }

    /// `self[offset].isNewline`, told from the character's UTF-8 bytes: a line feed, vertical tab, form feed or
    /// CR (one byte), CR LF or NEL (two), the line or paragraph separator (three). Each of them is a character
    /// of its own (they are controls: nothing combines with them but CR with LF).
    func isNewline(at offset: Int) -> Bool {
        precondition(offset >= 0 && offset < count, "character offset out of range")
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[offset])
        let first = utf8[start]
        switch starts[offset + 1] - starts[offset] {
        case 1: return (0x0A...0x0D).contains(first)
        case 2: return (first == 0x0D && utf8[utf8.index(after: start)] == 0x0A) || (first == 0xC2 && utf8[utf8.index(after: start)] == 0x85)
        case 3:
            let second = utf8[utf8.index(after: start)], third = utf8[utf8.index(start, offsetBy: 2)]
            return first == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9)
        default: return false
        }
    }

    func excerpt(from start: Int, to end: Int) -> String {
        precondition(start >= 0 && start <= end && end <= count, "character range out of range")
        return String(text[index(start)..<index(end)])
    }
}
