/// Where each word of a text is, so a pattern is only tried where its first word stands. Built once per analysed
/// text (`AnalyzedText.index`) and shared by every pattern searched in it.
struct TokenIndex {
    let positionsByStem: [String: [Int]]
    /// Distinct folded words, sorted, with their positions.
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
