/// Where each word of a text is, so a pattern is only tried where its first word stands. Built once per analysed
/// text (`AnalyzedText.index`) and shared by every pattern searched in it.
///
/// Positions are kept in two flat arrays, grouped by stem and by folded word (each group ascending), rather than
/// one array per distinct word: a text's index is a handful of allocations however many words it has.
struct TokenIndex {
    /// Distinct stems, in order of first appearance (a stem's group number is its index here).
    let stems: [String]
    /// Distinct folded words, in order of first appearance.
    let foldedWords: [String]
    /// Token positions grouped by stem: group `g` is `stemPositions[stemStarts[g]..<stemStarts[g + 1]]`.
    private let stemPositions: [Int]
    private let stemStarts: [Int]
    /// The same by folded word.
    private let foldedPositions: [Int]
    private let foldedStarts: [Int]
    /// The numbers the analysing thread's `WordAnalysisCache` gave each distinct stem and folded word (`stems`,
    /// `foldedWords` order), with that cache's `id`: nil when the index was built from tokens alone.
    let numbers: Numbers?

    struct Numbers: Sendable {
        let cache: UInt64
        let stems: [Int32]
        let foldedWords: [Int32]
    }

    init(_ tokens: [Token]) {
        // Sized for every token up front: a table that grows rehashes all it holds.
        var stemGroups = [String: Int](minimumCapacity: tokens.count)
        var foldedGroups = [String: Int](minimumCapacity: tokens.count)
        var stems: [String] = []
        var foldedWords: [String] = []
        var stemOfToken: [Int] = []
        var foldedOfToken: [Int] = []
        stemOfToken.reserveCapacity(tokens.count)
        foldedOfToken.reserveCapacity(tokens.count)
        for token in tokens {
            stemOfToken.append(Self.group(token.stem, in: &stemGroups, distinct: &stems))
            foldedOfToken.append(Self.group(token.folded, in: &foldedGroups, distinct: &foldedWords))
        }
        (stemPositions, stemStarts) = Self.positions(grouped: stemOfToken, groups: stems.count)
        (foldedPositions, foldedStarts) = Self.positions(grouped: foldedOfToken, groups: foldedWords.count)
        self.stems = stems
        self.foldedWords = foldedWords
        numbers = nil
    }

    /// The group number of `key`, a new one (appended to `distinct`) the first time it is met: one look-up.
    private static func group(_ key: String, in groups: inout [String: Int], distinct: inout [String]) -> Int {
        let next = distinct.count
        let number = Self.value(&groups[key, default: next])
        if number == next { distinct.append(key) }
        return number
    }

    private static func value(_ number: inout Int) -> Int { number }

    /// The same index as `init(_:)`, from the numbers the calling thread's `WordAnalysisCache` gave each token's
    /// folded form and stem (equal strings, equal numbers): tokens are grouped through `scratch` (per number, its
    /// group or -1; left all -1 again), so only the distinct stems are hashed, once, for `positions(of:)`.
    init(_ tokens: [Token], foldedNumbers: [Int32], stemNumbers: [Int32], scratch: inout [Int32], cache: UInt64) {
        var stems: [String] = []
        var foldedWords: [String] = []
        var groupStemNumbers: [Int32] = []
        var groupFoldedNumbers: [Int32] = []
        let stemOfToken = Self.groups(stemNumbers, scratch: &scratch) {
            stems.append(tokens[$0].stem)
            groupStemNumbers.append(stemNumbers[$0])
        }
        let foldedOfToken = Self.groups(foldedNumbers, scratch: &scratch) {
            foldedWords.append(tokens[$0].folded)
            groupFoldedNumbers.append(foldedNumbers[$0])
        }
        // (No table of the stems is made: a stem is looked up by its number, `stemGroup(of:)`.)
        numbers = Numbers(cache: cache, stems: groupStemNumbers, foldedWords: groupFoldedNumbers)
        (stemPositions, stemStarts) = Self.positions(grouped: stemOfToken, groups: stems.count)
        (foldedPositions, foldedStarts) = Self.positions(grouped: foldedOfToken, groups: foldedWords.count)
        self.stems = stems
        self.foldedWords = foldedWords
    }

    /// Per token, the group of its number, groups numbered in order of first appearance; `newGroup` is told the
    /// token that opens each group.
    private static func groups(_ numbers: [Int32], scratch: inout [Int32], newGroup: (Int) -> Void) -> [Int] {
        var groupOfToken: [Int] = []
        groupOfToken.reserveCapacity(numbers.count)
        var opened: [Int32] = []
        for (token, number) in numbers.enumerated() {
            var group = scratch[Int(number)]
            if group < 0 {
                group = Int32(opened.count)
                scratch[Int(number)] = group
                opened.append(number)
                newGroup(token)
            }
            groupOfToken.append(Int(group))
        }
        for number in opened { scratch[Int(number)] = -1 }
        return groupOfToken
    }

    /// Positions grouped by their group number, ascending within each group, and where each group starts.
    private static func positions(grouped groupOf: [Int], groups: Int) -> (positions: [Int], starts: [Int]) {
        var starts = [Int](repeating: 0, count: groups + 1)
        for group in groupOf { starts[group + 1] += 1 }
        for group in 0..<groups { starts[group + 1] += starts[group] }
        var next = starts
        var positions = [Int](repeating: 0, count: groupOf.count)
        for (position, group) in groupOf.enumerated() {
            positions[next[group]] = position
            next[group] += 1
        }
        return (positions, starts)
    }

    /// Ascending positions of the tokens of the `group`th distinct stem.
    func positions(ofStemGroup group: Int) -> ArraySlice<Int> {
        stemPositions[stemStarts[group]..<stemStarts[group + 1]]
    }

    /// Ascending positions of the tokens of the `group`th distinct folded word.
    func positions(ofFoldedGroup group: Int) -> ArraySlice<Int> {
        foldedPositions[foldedStarts[group]..<foldedStarts[group + 1]]
    }

    /// The group of a stem, nil when the text lacks it: found by the stem's number when the calling thread
    /// numbered the text's words (one look-up in its table, rather than a table of the stems made for every text),
    /// else by comparing the distinct stems.
    private func stemGroup(of stem: String) -> Int? {
        let cache = WordAnalysisCache.current
        guard let numbers, numbers.cache == cache.id else { return stems.firstIndex(of: stem) }
        guard let number = cache.knownNumber(of: stem) else { return nil }
        return numbers.stems.firstIndex(of: number)
    }

    /// Ascending positions where this word matches.
    func positions(of word: SignalPattern.Word) -> ArraySlice<Int> {
        switch word {
        case .stem(let stem):
            guard let group = stemGroup(of: stem) else { return [] }
            return positions(ofStemGroup: group)
        case .prefix(let prefix):
            var found: [Int] = []
            for (group, word) in foldedWords.enumerated() where word.hasPrefix(prefix) {
                found.append(contentsOf: positions(ofFoldedGroup: group))
            }
            return ArraySlice(found.sorted())
        }
    }
}
