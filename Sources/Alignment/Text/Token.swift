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
        /// At the start of a line (only spaces read on it so far), and whether it opened with "(": a numbered
        /// subsection ("(2) The order ...") starts a sentence even where the one before lacks its full stop.
        var atLineStart = true
        var subsectionOpens = false
        // Collected in the same walk over the text's characters as the tokens (walking them is not cheap), or, when
        // its scalars are its characters, from its bytes in one tight loop.
        var characterStarts: [Int] = []
        var utf8Offset = 0
        let words = WordAnalysisCache.current
        var foldedNumbers: [Int32] = []
        var stemNumbers: [Int32] = []
        // The text's bytes, copied once: a word made from them costs no index checks on the string.
        let utf8 = Array(text.utf8)
        func flush() {
            guard inWord else { return }
            inWord = false
            // A word is a run of characters of the text: its bytes, as they stand.
            let word = String(decoding: utf8[wordStartUTF8..<utf8Offset], as: UTF8.self)
            // The walk counted the word's characters: `word.count` would count them again.
            let characterCount = offset - wordStart
            lastWordIsItemNumber =
                characterCount <= 3 && Self.isItemNumber(word, bytes: utf8[wordStartUTF8..<utf8Offset], count: characterCount)
            if subsectionOpens, characterCount <= 3, utf8[wordStartUTF8..<utf8Offset].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                pendingSentence = true
            }
            subsectionOpens = false
            let numbered = words.numbered(word, language: language)
            let analyzed = numbered.word
            foldedNumbers.append(numbered.foldedNumber)
            stemNumbers.append(numbered.stemNumber)
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
            if atLineStart && !kind.isWhitespace && !kind.isNewline {
                subsectionOpens = utf8[utf8Offset] == 0x28 && !tokens.isEmpty
                atLineStart = false
            }
            if kind.isNewline { atLineStart = true }
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
            utf8Offset += utf8Length
            offset += 1
        }
        if byScalar {
            // No grapheme breaking needed: each scalar is one character, classed by a table.
            for scalar in text.unicodeScalars {
                consume(CharacterKind.simple(scalar.value), mark: CharacterKind.mark(scalar.value), utf8Length: UTF8.width(scalar))
            }
            characterStarts = CharacterKind.scalarStarts(text)
        } else {
            characterStarts.reserveCapacity(text.utf8.count + 1)
            for character in text {
                characterStarts.append(utf8Offset)
                consume(
                    CharacterKind(character), mark: character.asciiValue.map(CharacterKind.mark) ?? 0,
                    utf8Length: character.utf8.count)
            }
            characterStarts.append(utf8Offset)
        }
        flush()
        return AnalyzedText(
            text: text, language: language, tokens: tokens,
            characters: CharacterOffsets(text: text, starts: characterStarts),
            index: words.index(tokens, foldedNumbers: foldedNumbers, stemNumbers: stemNumbers))
    }

    /// A word of `count` characters, at most three, that numbers an item: digits (`1`, `12`) or one letter (`a`).
    /// An ASCII word is classed by its bytes (a byte is a character there), others by their characters.
    static func isItemNumber(_ word: String, bytes: ArraySlice<UInt8>, count: Int) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                || (count == 1 && bytes.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        }
        return word.allSatisfy { $0.isNumber } || (count == 1 && word.allSatisfy { $0.isLetter })
    }

    /// The folded stem of one word as it is written (any case, with or without its accents): what a token of
    /// that word in a text of this language gets.
    public func stem(_ word: String) -> String {
        WordAnalysisCache.current.analyze(word, language: language).stem
    }
}
