/// The instrument's element signals compiled for one language, and the search for them in a provision's text.
///
/// This is the language-independent space the mapper works in: whatever the law's language, a provision is
/// described by the (article, element) pairs whose signals it contains.
public struct ElementMatcher: Sendable {
    public let language: Language
    let analyzer: Analyzer
    /// The (article number, element id) pairs that have signals in this language's instrument, in its order.
    private let signals: [(article: String, element: String)]
    /// The signals of every element, searched in a text together.
    private let signalSet: SignalPatternSet
    /// The entry of `signals` each pattern of `signalSet` belongs to.
    private let owners: [Int]

    public init(instrument: Instrument, language: Language) {
        self.language = language
        let analyzer = Analyzer(language: language)
        self.analyzer = analyzer
        var signals: [(article: String, element: String)] = []
        var patterns: [SignalPattern] = []
        var owners: [Int] = []
        for article in instrument.articles {
            for element in article.elements {
                let phrases = element.signals[language.rawValue] ?? []
                let compiled = phrases.compactMap { SignalPattern($0, analyzer: analyzer) }
                signals.append((article.number, element.id))
                owners.append(contentsOf: Array(repeating: signals.count - 1, count: compiled.count))
                patterns.append(contentsOf: compiled)
            }
        }
        self.signals = signals
        self.signalSet = SignalPatternSet(patterns)
        self.owners = owners
    }

    /// Token ranges where each (article, element) signal matches, keyed `article` then `element`.
    public func matches(in text: AnalyzedText) -> [String: [String: [Range<Int>]]] {
        // Each element's ranges in the order of its patterns (the set returns them by pattern index).
        var rangesBySignal: [Int: [Range<Int>]] = [:]
        for (pattern, ranges) in signalSet.matches(in: text) {
            rangesBySignal[owners[pattern], default: []].append(contentsOf: ranges)
        }
        var result: [String: [String: [Range<Int>]]] = [:]
        for (signal, ranges) in rangesBySignal {
            let (article, element) = signals[signal]
            result[article, default: [:]][element] = ranges.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        }
        return result
    }
}
