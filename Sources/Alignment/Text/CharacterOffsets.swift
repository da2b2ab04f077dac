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

    func excerpt(from start: Int, to end: Int) -> String {
        precondition(start >= 0 && start <= end && end <= count, "character range out of range")
        return String(text[index(start)..<index(end)])
    }
}
