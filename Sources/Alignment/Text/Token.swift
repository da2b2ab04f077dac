import Foundation

/// One word of a text as the analyser sees it, with where it is in the original.
public struct Token: Sendable, Hashable {
    /// Case- and accent-folded form.
    public let folded: String
    /// The Snowball stem of the word (stemmed in lower case with its accents, as Snowball expects), folded.
    public let stem: String
    /// Offsets in the original text, counted in `Character`s; `end` is one past the last character.
    public let start: Int
    public let end: Int
    public let isStopWord: Bool
    /// True when a sentence or clause break (`.`, `;`, `:` followed by a space, or a new line) precedes it:
    /// phrases do not match across it.
    public let breakBefore: Bool
    /// True when a sentence ends before it (a full stop followed by a space or a new line).
    public let sentenceBefore: Bool
}

/// A text analysed for one language: its tokens in order, and an index of where each word stands.
public struct AnalyzedText: Sendable {
    public let text: String
    public let language: Language
    public let tokens: [Token]

    /// The text's characters by offset, for excerpts in constant time.
    let characters: CharacterOffsets
    /// Where each stem and folded word stands: patterns are tried only where their first word is.
    let index: TokenIndex

    init(
        text: String, language: Language, tokens: [Token], characters: CharacterOffsets? = nil, index: TokenIndex? = nil
    ) {
        self.text = text
        self.language = language
        self.tokens = tokens
        self.characters = characters ?? CharacterOffsets(text)
        self.index = index ?? TokenIndex(tokens)
    }

    /// The original characters between two character offsets (for evidence spans).
    public func excerpt(from start: Int, to end: Int) -> String {
        characters.excerpt(from: start, to: end)
    }
}

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
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var read = 0
        var hasNumber = false
        // One scalar past the head is looked at: a CR there could join the head's last character.
        while index < scalars.endIndex && read <= count {
            let value = scalars[index].value
            guard value != 0x0D, isSimple(value) else {
                let head = text.prefix(count)
                return head.contains(where: \.isNumber) ? head : nil
            }
            if read < count && simple(value).isNumber { hasNumber = true }
            read += 1
            if read <= count { scalars.formIndex(after: &index) }
        }
        return hasNumber ? text[..<index] : nil
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

/// Turns text into tokens for one language: split into words with offsets, fold, stem (Snowball's stemmer of the
/// language), mark stop words, and index the words.
///
/// Thread-safe: the stemmers and the cache of analysed words it uses belong to the calling thread
/// (`WordAnalysisCache`), so analysers on every core share no lock.
public struct Analyzer: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func analyze(_ text: String) -> AnalyzedText {
        analyze(text, byScalar: CharacterKind.scalarsAreCharacters(text))
    }

    /// `byScalar`: walk the text scalar by scalar (only where `CharacterKind.scalarsAreCharacters`), else by
    /// `Character`; both give the same tokens there.
    func analyze(_ text: String, byScalar: Bool) -> AnalyzedText {
        var tokens: [Token] = []
        /// The word being read: from `wordStart` (in characters; `wordStartUTF8` in bytes) to the current character.
        var inWord = false
        var wordStart = 0
        var wordStartUTF8 = 0
        var offset = 0
        var pendingBreak = false
        var pendingSentence = false
        /// The previous character when it is `.` or `:` (its ASCII value), else 0.
        var previousMark: UInt8 = 0
        var breakCandidate = false
        var lastWordIsItemNumber = false
        // Collected in the same walk over the text's characters as the tokens (walking them is not cheap).
        var characterStarts: [Int] = []
        characterStarts.reserveCapacity(text.utf8.count + 1)
        var utf8Offset = 0
        let words = WordAnalysisCache.current
        let utf8 = text.utf8
        func flush() {
            guard inWord else { return }
            inWord = false
            // A word is a run of characters of the text: its bytes, as they stand.
            let word = String(
                text[utf8.index(utf8.startIndex, offsetBy: wordStartUTF8)..<utf8.index(utf8.startIndex, offsetBy: utf8Offset)])
            lastWordIsItemNumber = word.count <= 3 && (word.allSatisfy(\.isNumber) || (word.count == 1 && word.allSatisfy(\.isLetter)))
            let analyzed = words.analyze(word, language: language)
            tokens.append(
                Token(
                    folded: analyzed.folded, stem: analyzed.stem, start: wordStart, end: offset,
                    isStopWord: analyzed.isStopWord, breakBefore: pendingBreak,
                    sentenceBefore: pendingSentence))
            pendingBreak = false
            pendingSentence = false
        }
        /// `kind`: the character's class; `mark`: its ASCII value when it is `.`, `:` or `;`, else 0.
        func consume(_ kind: CharacterKind, mark: UInt8, utf8Length: Int) {
            if kind.isWord {
                // `342.1`, `www.x`: a full stop or colon directly followed by a word character is no break.
                if breakCandidate && previousMark == 0 { pendingBreak = true }
                breakCandidate = false
                if !inWord {
                    inWord = true
                    wordStart = offset
                    wordStartUTF8 = utf8Offset
                }
            } else {
                flush()
                if mark == 0x3B || kind.isNewline { pendingBreak = true }
                // A sentence ends at a full stop before a space or a new line; a line that ends in ":" or ","
                // leads into the items below it.
                // ... but not the full stop of an item number ("1. las claves"; "a. ...").
                if kind.isWhitespace && previousMark == 0x2E && !lastWordIsItemNumber { pendingSentence = true }
                if mark == 0x2E || mark == 0x3A { breakCandidate = true }
                if kind.isWhitespace && breakCandidate { pendingBreak = true }
            }
            previousMark = mark == 0x2E || mark == 0x3A ? mark : 0
            characterStarts.append(utf8Offset)
            utf8Offset += utf8Length
            offset += 1
        }
        if byScalar {
            // No grapheme breaking needed: each scalar is one character, classed by a table.
            for scalar in text.unicodeScalars {
                consume(CharacterKind.simple(scalar.value), mark: CharacterKind.mark(scalar.value), utf8Length: UTF8.width(scalar))
            }
        } else {
            for character in text {
                consume(
                    CharacterKind(character), mark: character.asciiValue.map(CharacterKind.mark) ?? 0,
                    utf8Length: character.utf8.count)
            }
        }
        flush()
        characterStarts.append(utf8Offset)
        return AnalyzedText(
            text: text, language: language, tokens: tokens,
            characters: CharacterOffsets(text: text, starts: characterStarts), index: TokenIndex(tokens))
    }

    /// The folded stem of one word as it is written (any case, with or without its accents): what a token of
    /// that word in a text of this language gets.
    public func stem(_ word: String) -> String {
        WordAnalysisCache.current.analyze(word, language: language).stem
    }
}
