/// Where each word of a text is, so a pattern is only tried where its first word stands. Built once per analysed
/// text (`AnalyzedText.index`) and shared by every pattern searched in it.
struct TokenIndex {
    let positionsByStem: [String: [Int]]
    /// Distinct folded words, in no particular order, with their positions.
    let foldedWords: [(word: String, positions: [Int])]

    init(_ tokens: [Token]) {
        // Sized for every token up front: a table that grows rehashes all it holds.
        var byStem = [String: [Int]](minimumCapacity: tokens.count)
        var byFolded = [String: [Int]](minimumCapacity: tokens.count)
        for (position, token) in tokens.enumerated() {
            byStem[token.stem, default: []].append(position)
            byFolded[token.folded, default: []].append(position)
        }
        positionsByStem = byStem
        // Not sorted: a prefix is looked up by a scan (a text has a few hundred distinct words, and most texts are
        // searched for no short prefix at all).
        foldedWords = byFolded.map { ($0.key, $0.value) }
    }

    /// Ascending positions where this word matches.
    func positions(of word: SignalPattern.Word) -> [Int] {
        switch word {
        case .stem(let stem):
            return positionsByStem[stem] ?? []
        case .prefix(let prefix):
            var positions: [Int] = []
            for (word, at) in foldedWords where word.hasPrefix(prefix) {
                positions.append(contentsOf: at)
            }
            return positions.sorted()
        }
    }
}
