/// The instrument's element signals compiled for one language, and the search for them in a provision's text.
///
/// This is the language-independent space the mapper works in: whatever the law's language, a provision is
/// described by the (article, element) pairs whose signals it contains.
public struct ElementMatcher: Sendable {
    public let language: Language
    let analyzer: Analyzer
    /// Per article number, per element id, the compiled signals.
    private let signals: [(article: String, element: String, patterns: [SignalPattern])]

    public init(instrument: Instrument, language: Language) {
        self.language = language
        let analyzer = Analyzer(language: language)
        self.analyzer = analyzer
        var compiled: [(article: String, element: String, patterns: [SignalPattern])] = []
        for article in instrument.articles {
            for element in article.elements {
                let phrases = element.signals[language.rawValue] ?? []
                let patterns = phrases.compactMap { SignalPattern($0, analyzer: analyzer) }
                compiled.append((article.number, element.id, patterns))
            }
        }
        self.signals = compiled
    }

    /// Token ranges where each (article, element) signal matches, keyed `article` then `element`.
    public func matches(in text: AnalyzedText) -> [String: [String: [Range<Int>]]] {
        let index = TokenIndex(text)
        var result: [String: [String: [Range<Int>]]] = [:]
        for (article, element, patterns) in signals {
            var ranges: [Range<Int>] = []
            for pattern in patterns {
                let starts = index.positions(of: pattern.firstWord)
                if !starts.isEmpty { ranges.append(contentsOf: pattern.matches(in: text.tokens, startingAt: starts)) }
            }
            if !ranges.isEmpty {
                result[article, default: [:]][element] = ranges.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            }
        }
        return result
    }
}

/// Where each word of a text is, so a pattern is only tried where its first word stands.
struct TokenIndex {
    let positionsByStem: [String: [Int]]
    /// Distinct folded words, sorted, with their positions.
    let foldedWords: [(word: String, positions: [Int])]

    init(_ text: AnalyzedText) {
        var byStem: [String: [Int]] = [:]
        var byFolded: [String: [Int]] = [:]
        for (position, token) in text.tokens.enumerated() {
            byStem[token.stem, default: []].append(position)
            byFolded[token.folded, default: []].append(position)
        }
        positionsByStem = byStem
        foldedWords = byFolded.map { ($0.key, $0.value) }.sorted { $0.word < $1.word }
    }

    /// Ascending positions where this word matches.
    func positions(of word: SignalPattern.Word) -> [Int] {
        switch word {
        case .stem(let stem):
            return positionsByStem[stem] ?? []
        case .prefix(let prefix):
            var low = 0
            var high = foldedWords.count
            while low < high {
                let middle = (low + high) / 2
                if foldedWords[middle].word < prefix { low = middle + 1 } else { high = middle }
            }
            var positions: [Int] = []
            while low < foldedWords.count && foldedWords[low].word.hasPrefix(prefix) {
                positions.append(contentsOf: foldedWords[low].positions)
                low += 1
            }
            return positions.sorted()
        }
    }
}
