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
        let (stemCandidates, prefixCandidates) = firstWordCandidates(index)
        for (group, candidates) in stemCandidates {
            let positions = index.positions(ofStemGroup: group)
            for pattern in firstStemPatterns[candidates] {
                let ranges = matches(of: pattern, in: tokens, at: positions)
                if !ranges.isEmpty { found.append((pattern, ranges)) }
            }
        }
        var prefixPositions: [Int: [Int]] = [:]
        for (group, candidates) in prefixCandidates {
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

    /// The patterns that can start at the text's distinct stems (the group of each stem with patterns, and where
    /// they stand in `firstStemPatterns`) and at its distinct words (the group of each word with prefix patterns
    /// of `head` characters or more, and those patterns). The answers for the text's words come from the
    /// thread's memo when the text was analysed on this thread: a number stands for one stem or word, so they are
    /// the answers the set's tables give, without hashing the words.
    private func firstWordCandidates(_ index: TokenIndex)
        -> (stems: [(group: Int, candidates: Range<Int>)], prefixes: [(group: Int, patterns: [Int])])
    {
        var stems: [(group: Int, candidates: Range<Int>)] = []
        var prefixes: [(group: Int, patterns: [Int])] = []
        if let numbers = index.numbers,
            WordAnalysisCache.current.withFirstWordMemo(owner: identity, numbers: numbers, { (memo: inout FirstWordMemo) -> Void in
                for (group, number) in numbers.stems.lazy.map(Int.init).enumerated() {
                    if memo.stems[number] == nil { memo.stems[number] = byFirstStem[index.stems[group]] ?? 0..<0 }
                    if let candidates = memo.stems[number], !candidates.isEmpty { stems.append((group, candidates)) }
                }
                for (group, number) in numbers.foldedWords.lazy.map(Int.init).enumerated() {
                    if memo.prefixes[number] == nil {
                        memo.prefixes[number] = prefixPatterns(startingWith: index.foldedWords[group])
                    }
                    if memo.prefixes[number]?.isEmpty == false { prefixes.append((group, memo.prefixes[number]!)) }
                }
            }) != nil
        {
            return (stems, prefixes)
        }
        for (group, stem) in index.stems.enumerated() {
            if let candidates = byFirstStem[stem] { stems.append((group, candidates)) }
        }
        for (group, word) in index.foldedWords.enumerated() {
            let patterns = prefixPatterns(startingWith: word)
            if !patterns.isEmpty { prefixes.append((group, patterns)) }
        }
        return (stems, prefixes)
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
