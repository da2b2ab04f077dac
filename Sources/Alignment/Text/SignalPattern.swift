/// A signal: a phrase statutes use for a legal element, matched against analysed text.
///
/// Syntax (the instrument files are written to it): words are compared by their stems (each stemmed as written,
/// then folded, exactly as the words of a text); a word ending
/// in `*` matches any word that starts with it (after folding); ` ... ` between words allows a gap of up to
/// `maximumGap` words (stop words in the gap are free); otherwise words match in order and contiguously, stop
/// words included. A match never crosses a sentence break (`.`, `;`, `:` or a new line).
public struct SignalPattern: Sendable, Hashable {
    public let source: String
    let segments: [[Word]]

    public static let maximumGap = 6

    enum Word: Sendable, Hashable {
        case stem(String)
        case prefix(String)

        func matches(_ token: Token) -> Bool {
            switch self {
            case .stem(let stem): token.stem == stem
            case .prefix(let prefix): token.folded.hasPrefix(prefix)
            }
        }
    }

    /// Nil when the pattern has no words.
    public init?(_ source: String, analyzer: Analyzer) {
        self.source = source
        var segments: [[Word]] = []
        for part in source.components(separatedBy: "...") {
            var words: [Word] = []
            for raw in part.split(whereSeparator: { $0.isWhitespace }) {
                if raw.hasSuffix("*") {
                    let folded = TextFolding.fold(String(raw.dropLast()))
                    let cleaned = String(folded.filter(TextFolding.isWordCharacter))
                    if !cleaned.isEmpty { words.append(.prefix(cleaned)) }
                } else {
                    // A written word may hold punctuation (`d'un`, `e-mail`): split it as the analyser would, and
                    // stem each piece as written, as the analyser stems the words of a text.
                    for piece in raw.split(whereSeparator: { !TextFolding.isWordCharacter($0) }) {
                        words.append(.stem(analyzer.stem(String(piece))))
                    }
                }
            }
            if !words.isEmpty { segments.append(words) }
        }
        guard !segments.isEmpty else { return nil }
        self.segments = segments
        isSingleWord = segments.count == 1 && segments[0].count == 1
    }

    /// One word, no gap: it matches wherever its word stands.
    let isSingleWord: Bool

    /// Every non-overlapping match in the text, leftmost first, as token index ranges.
    public func matches(in text: AnalyzedText) -> [Range<Int>] {
        matches(in: text.tokens, startingAt: text.index.positions(of: firstWord))
    }

    /// The matches that start at the given positions (ascending): those where the first word can match.
    func matches<Positions: Sequence<Int>>(in tokens: [Token], startingAt positions: Positions) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var free = 0
        for start in positions where start >= free {
            if let end = match(tokens, at: start) {
                found.append(start..<end)
                free = end
            }
        }
        return found
    }

    /// The first word of the pattern.
    var firstWord: Word { segments[0][0] }

    /// The end of a match starting at `start`, or nil.
    private func match(_ tokens: [Token], at start: Int) -> Int? {
        guard let end = matchSegment(segments[0], tokens, at: start) else { return nil }
        return matchRest(1, tokens, from: end)
    }

    private func matchRest(_ segmentIndex: Int, _ tokens: [Token], from position: Int) -> Int? {
        guard segmentIndex < segments.count else { return position }
        var candidate = position
        var gapWords = 0
        while candidate < tokens.count {
            if candidate > position && tokens[candidate].breakBefore { return nil }
            if candidate == position && tokens[candidate].breakBefore { return nil }
            if let end = matchSegment(segments[segmentIndex], tokens, at: candidate),
                let final = matchRest(segmentIndex + 1, tokens, from: end)
            {
                return final
            }
            if !tokens[candidate].isStopWord { gapWords += 1 }
            if gapWords > Self.maximumGap || candidate - position >= 2 * Self.maximumGap { return nil }
            candidate += 1
        }
        return nil
    }

    private func matchSegment(_ words: [Word], _ tokens: [Token], at start: Int) -> Int? {
        guard start + words.count <= tokens.count else { return nil }
        for offset in words.indices {
            if offset > 0 && tokens[start + offset].breakBefore { return nil }
            switch words[offset] {
            case .stem(let stem): if tokens[start + offset].stem != stem { return nil }
            case .prefix(let prefix): if !tokens[start + offset].folded.hasPrefix(prefix) { return nil }
            }
        }
        return start + words.count
    }
}
