/// Many signal patterns searched in one text together.
///
/// A language has about a thousand element signals and a provision a hundred distinct words: rather than look up
/// every pattern's first word in the text, the set looks up each of the text's stems among the patterns' first
/// words, and tries only the patterns that can start there (and the few whose first word is a prefix).
struct SignalPatternSet: Sendable {
    let patterns: [SignalPattern]
    /// Pattern indices (ascending) per first-word stem.
    private let byFirstStem: [String: [Int]]
    /// Patterns whose first word is a prefix (`intercep*`).
    private let prefixFirst: [Int]

    init(_ patterns: [SignalPattern]) {
        self.patterns = patterns
        var byFirstStem: [String: [Int]] = [:]
        var prefixFirst: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            switch pattern.firstWord {
            case .stem(let stem): byFirstStem[stem, default: []].append(index)
            case .prefix: prefixFirst.append(index)
            }
        }
        self.byFirstStem = byFirstStem
        self.prefixFirst = prefixFirst
    }

    /// The matches of every pattern that matches the text, by pattern index (ascending); each pattern's matches
    /// are those of `SignalPattern.matches(in:)`.
    func matches(in text: AnalyzedText) -> [(pattern: Int, ranges: [Range<Int>])] {
        var found: [(pattern: Int, ranges: [Range<Int>])] = []
        for (stem, positions) in text.index.positionsByStem {
            for pattern in byFirstStem[stem] ?? [] {
                let ranges = patterns[pattern].matches(in: text.tokens, startingAt: positions)
                if !ranges.isEmpty { found.append((pattern, ranges)) }
            }
        }
        for pattern in prefixFirst {
            let positions = text.index.positions(of: patterns[pattern].firstWord)
            guard !positions.isEmpty else { continue }
            let ranges = patterns[pattern].matches(in: text.tokens, startingAt: positions)
            if !ranges.isEmpty { found.append((pattern, ranges)) }
        }
        return found.sorted { $0.pattern < $1.pattern }
    }
}
