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
        var tokens: [Token] = []
        var word = ""
        var wordStart = 0
        var offset = 0
        var pendingBreak = false
        var pendingSentence = false
        var previous: Character = " "
        var breakCandidate = false
        var lastWordIsItemNumber = false
        // Collected in the same walk over the text's grapheme clusters as the tokens (walking them is not cheap).
        var characterStarts: [Int] = []
        characterStarts.reserveCapacity(text.utf8.count + 1)
        var utf8Offset = 0
        let words = WordAnalysisCache.current
        func flush() {
            guard !word.isEmpty else { return }
            lastWordIsItemNumber = word.count <= 3 && (word.allSatisfy(\.isNumber) || (word.count == 1 && word.allSatisfy(\.isLetter)))
            let analyzed = words.analyze(word, language: language)
            tokens.append(
                Token(
                    folded: analyzed.folded, stem: analyzed.stem, start: wordStart, end: offset,
                    isStopWord: analyzed.isStopWord, breakBefore: pendingBreak,
                    sentenceBefore: pendingSentence))
            word = ""
            pendingBreak = false
            pendingSentence = false
        }
        func consume(_ character: Character, utf8Length: Int) {
            if TextFolding.isWordCharacter(character) {
                // `342.1`, `www.x`: a full stop or colon directly followed by a word character is no break.
                if breakCandidate && previous != "." && previous != ":" { pendingBreak = true }
                breakCandidate = false
                if word.isEmpty { wordStart = offset }
                word.append(character)
            } else {
                flush()
                let isWhitespace = TextFolding.isWhitespace(character)
                if character == ";" || TextFolding.isNewline(character) { pendingBreak = true }
                // A sentence ends at a full stop before a space or a new line; a line that ends in ":" or ","
                // leads into the items below it.
                // ... but not the full stop of an item number ("1. las claves"; "a. ...").
                if isWhitespace && previous == "." && !lastWordIsItemNumber { pendingSentence = true }
                if character == "." || character == ":" { breakCandidate = true }
                if isWhitespace && breakCandidate { pendingBreak = true }
            }
            previous = character
            characterStarts.append(utf8Offset)
            utf8Offset += utf8Length
            offset += 1
        }
        if Self.scalarsAreCharacters(text) {
            // No grapheme breaking needed: each scalar is one character (one or two bytes, all below U+0300).
            for scalar in text.unicodeScalars { consume(Character(scalar), utf8Length: scalar.value < 0x80 ? 1 : 2) }
        } else {
            for character in text { consume(character, utf8Length: character.utf8.count) }
        }
        flush()
        characterStarts.append(utf8Offset)
        return AnalyzedText(
            text: text, language: language, tokens: tokens,
            characters: CharacterOffsets(text: text, starts: characterStarts), index: TokenIndex(tokens))
    }

    /// Whether every scalar of the text is a character of its own: all are below U+0300 (where the combining
    /// marks start; no scalar below is a grapheme extender, a spacing mark or a prepended one, so none joins its
    /// neighbour) and no CR is followed by LF (CR LF is one character). In UTF-8: no byte from 0xCC on (the lead
    /// bytes of U+0300 and above), no 0x0D 0x0A.
    static func scalarsAreCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0xCC || (byte == 0x0A && previous == 0x0D) { return false }
                previous = byte
            }
            return true
        }
    }

    /// The folded stem of one word as it is written (any case, with or without its accents): what a token of
    /// that word in a text of this language gets.
    public func stem(_ word: String) -> String {
        WordAnalysisCache.current.analyze(word, language: language).stem
    }
}
