/// Many signal patterns searched in one text together.
///
/// A language has about a thousand element signals and a provision a hundred distinct words: rather than look up
/// every pattern's first word in the text, the set looks up each of the text's stems among the patterns' first
/// words, and tries only the patterns that can start there (and the few whose first word is a prefix).
struct SignalPatternSet: Sendable {
    let patterns: [SignalPattern]
    /// Pattern indices (ascending) per first-word stem.
    private let byFirstStem: [String: [Int]]
    /// Patterns whose first word is a prefix (`intercep*`), by the prefix's first three characters; those with a
    /// shorter prefix apart.
    private let prefixFirst: [String: [(pattern: Int, prefix: String)]]
    private let shortPrefixFirst: [Int]
    static let head = 3

    init(_ patterns: [SignalPattern]) {
        self.patterns = patterns
        var byFirstStem: [String: [Int]] = [:]
        var prefixFirst: [String: [(pattern: Int, prefix: String)]] = [:]
        var shortPrefixFirst: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            switch pattern.firstWord {
            case .stem(let stem): byFirstStem[stem, default: []].append(index)
            case .prefix(let prefix):
                if prefix.count >= Self.head {
                    prefixFirst[String(prefix.prefix(Self.head)), default: []].append((index, prefix))
                } else {
                    shortPrefixFirst.append(index)
                }
            }
        }
        self.byFirstStem = byFirstStem
        self.prefixFirst = prefixFirst
        self.shortPrefixFirst = shortPrefixFirst
    }

    /// The matches of every pattern that matches the text, by pattern index (ascending); each pattern's matches
    /// are those of `SignalPattern.matches(in:)`.
    func matches(in text: AnalyzedText) -> [(pattern: Int, ranges: [Range<Int>])] {
        var found: [(pattern: Int, ranges: [Range<Int>])] = []
        for (stem, positions) in text.index.positionsByStem {
            guard let candidates = byFirstStem[stem] else { continue }
            for pattern in candidates {
                let ranges = Self.matches(of: patterns[pattern], in: text.tokens, at: positions)
                if !ranges.isEmpty { found.append((pattern, ranges)) }
            }
        }
        // Prefix patterns: each distinct word of the text looks up the prefixes that share its first characters.
        var prefixPositions: [Int: [Int]] = [:]
        for (word, positions) in text.index.foldedWords where word.count >= Self.head {
            guard let candidates = prefixFirst[String(word.prefix(Self.head))] else { continue }
            for (pattern, prefix) in candidates where word.hasPrefix(prefix) {
                prefixPositions[pattern, default: []].append(contentsOf: positions)
            }
        }
        for (pattern, positions) in prefixPositions {
            let ranges = Self.matches(of: patterns[pattern], in: text.tokens, at: positions.sorted())
            if !ranges.isEmpty { found.append((pattern, ranges)) }
        }
        for pattern in shortPrefixFirst {
            let positions = text.index.positions(of: patterns[pattern].firstWord)
            guard !positions.isEmpty else { continue }
            let ranges = Self.matches(of: patterns[pattern], in: text.tokens, at: positions)
            if !ranges.isEmpty { found.append((pattern, ranges)) }
        }
        return found.sorted { $0.pattern < $1.pattern }
    }

    /// The pattern's matches starting at `positions`, every one a place where its first word stands (ascending,
    /// distinct): a one-word pattern matches at each.
    private static func matches(of pattern: SignalPattern, in tokens: [Token], at positions: [Int]) -> [Range<Int>] {
        if pattern.isSingleWord { return positions.map { $0..<($0 + 1) } }
        return pattern.matches(in: tokens, startingAt: positions)
    }
}
