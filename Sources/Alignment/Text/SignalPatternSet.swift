/// Many signal patterns searched in one text together.
///
/// A language has about a thousand element signals and a provision a hundred distinct words: rather than look up
/// every pattern's first word in the text, the set looks up each of the text's stems among the patterns' first
/// words, and tries only the patterns that can start there (and the few whose first word is a prefix).
struct SignalPatternSet: Sendable {
    let patterns: [SignalPattern]
    /// Per pattern: one word, no gap (`SignalPattern.isSingleWord`), kept apart so that a look costs no copy.
    private let singleWord: [Bool]
    /// Per first-word stem, where its pattern indices (ascending) stand in `firstStemPatterns`.
    private let byFirstStem: [String: Range<Int>]
    private let firstStemPatterns: [Int]
    /// Patterns whose first word is a prefix (`intercep*`), by the prefix's first three characters; those with a
    /// shorter prefix apart.
    private let prefixFirst: [String: [(pattern: Int, prefix: String)]]
    private let shortPrefixFirst: [Int]
    static let head = 3
    /// This set, for the memos of the threads that search it (`WordAnalysisCache.firstWordMemo`).
    private let identity = Identity()

    final class Identity: Sendable {}

    init(_ patterns: [SignalPattern]) {
        self.patterns = patterns
        singleWord = patterns.map(\.isSingleWord)
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
        var ranges: [String: Range<Int>] = [:]
        var flat: [Int] = []
        for (stem, indices) in byFirstStem {
            ranges[stem] = flat.count..<(flat.count + indices.count)
            flat += indices
        }
        self.byFirstStem = ranges
        firstStemPatterns = flat
        self.prefixFirst = prefixFirst
        self.shortPrefixFirst = shortPrefixFirst
    }

    /// The matches of every pattern that matches the text, by pattern index (ascending); each pattern's matches
    /// are those of `SignalPattern.matches(in:)`.
    func matches(in text: AnalyzedText) -> [(pattern: Int, ranges: [Range<Int>])] {
        var found: [(pattern: Int, ranges: [Range<Int>])] = []
        let tokens = text.tokens
        let index = text.index
        // The answers for the text's words come from the thread's memo when the text was analysed on this thread
        // (they are the same answers: a number stands for one stem or word).
        var memo: FirstWordMemo?
        var stemNumbers: [Int32] = []
        var foldedNumbers: [Int32] = []
        if let numbers = index.numbers, let found = WordAnalysisCache.current.firstWordMemo(owner: identity, numbers: numbers) {
            memo = found
            stemNumbers = numbers.stems
            foldedNumbers = numbers.foldedWords
        }
        for (group, stem) in index.stems.enumerated() {
            let candidates: Range<Int>?
            if let memo {
                let number = Int(stemNumbers[group])
                if memo.stems[number] == nil { memo.stems[number] = byFirstStem[stem] ?? 0..<0 }
                candidates = memo.stems[number]
            } else {
                candidates = byFirstStem[stem]
            }
            guard let candidates, !candidates.isEmpty else { continue }
            let positions = index.positions(ofStemGroup: group)
            for pattern in firstStemPatterns[candidates] {
                let ranges = matches(of: pattern, in: tokens, at: positions)
                if !ranges.isEmpty { found.append((pattern, ranges)) }
            }
        }
        // Prefix patterns: each distinct word of the text looks up the prefixes that share its first characters.
        var prefixPositions: [Int: [Int]] = [:]
        for (group, word) in index.foldedWords.enumerated() {
            let candidates: [Int]
            if let memo {
                let number = Int(foldedNumbers[group])
                if memo.prefixes[number] == nil { memo.prefixes[number] = prefixPatterns(startingWith: word) }
                candidates = memo.prefixes[number]!
            } else {
                candidates = prefixPatterns(startingWith: word)
            }
            for pattern in candidates {
                prefixPositions[pattern, default: []].append(contentsOf: index.positions(ofFoldedGroup: group))
            }
        }
        for (pattern, positions) in prefixPositions {
            let ranges = matches(of: pattern, in: tokens, at: ArraySlice(positions.sorted()))
            if !ranges.isEmpty { found.append((pattern, ranges)) }
        }
        for pattern in shortPrefixFirst {
            let positions = index.positions(of: patterns[pattern].firstWord)
            guard !positions.isEmpty else { continue }
            let ranges = matches(of: pattern, in: tokens, at: positions)
            if !ranges.isEmpty { found.append((pattern, ranges)) }
        }
        return found.sorted { $0.pattern < $1.pattern }
    }

    /// The patterns whose first word is a prefix of `word` (of `head` characters or more), in the set's order.
    private func prefixPatterns(startingWith word: String) -> [Int] {
        // (The end of the word's first `head` characters, found once: nil when the word is shorter.)
        guard let headEnd = word.index(word.startIndex, offsetBy: Self.head, limitedBy: word.endIndex),
            let candidates = prefixFirst[String(word[..<headEnd])]
        else { return [] }
        return candidates.filter { word.hasPrefix($0.prefix) }.map(\.pattern)
    }

    /// The pattern's matches starting at `positions`, every one a place where its first word stands (ascending,
    /// distinct): a one-word pattern matches at each.
    private func matches(of pattern: Int, in tokens: [Token], at positions: ArraySlice<Int>) -> [Range<Int>] {
        if singleWord[pattern] { return positions.map { $0..<($0 + 1) } }
        return patterns[pattern].matches(in: tokens, startingAt: positions)
    }
}
