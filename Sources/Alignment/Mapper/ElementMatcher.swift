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
        let index = text.index
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
