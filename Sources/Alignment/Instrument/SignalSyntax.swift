/// The written form of a signal phrase, as documented in the header of `Mappings/instruments/budapest.yaml`:
/// words separated by single spaces, a trailing `*` on a word for a prefix match, and ` ... ` between two words for a
/// gap of up to `maximumGap` words. The loader rejects phrases the mapper could not read the same way.
public enum SignalSyntax {
    /// The gap marker between two words.
    public static let gap = "..."
    /// How many text words a ` ... ` gap may skip.
    public static let maximumGap = 6
    /// Phrases longer than this (gaps not counted) are allowed but reported: they rarely match real statutes.
    public static let longPhrase = 6

    /// Why `phrase` is malformed, or nil when it is well formed.
    public static func problem(in phrase: String) -> String? {
        if phrase.isEmpty || phrase.allSatisfy(\.isWhitespace) { return "empty signal" }
        if phrase.first!.isWhitespace || phrase.last!.isWhitespace || mayContain(phrase, "  ") && phrase.contains("  ") {
            return "signal '\(phrase)' has stray spaces (words are separated by single spaces)"
        }
        if phrase.contains(where: { $0.isNewline || $0 == "\t" }) {
            return "signal '\(phrase)' spans lines"
        }
        let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
        for (index, word) in words.enumerated() {
            if word == gap {
                if index == 0 || index == words.count - 1 {
                    return "signal '\(phrase)' starts or ends with a gap ' ... ' (a gap goes between two words)"
                }
                if words[index - 1] == gap { return "signal '\(phrase)' has two gaps in a row" }
                continue
            }
            if mayContain(word, "...") && word.contains("...") { return "signal '\(phrase)': write a gap as ' ... ' between two words" }
            if let star = word.firstIndex(of: "*") {
                if star != word.index(before: word.endIndex) {
                    return "signal '\(phrase)': '*' may only end a word"
                }
                if word.count == 1 { return "signal '\(phrase)': '*' needs a word stem before it" }
            }
        }
        return nil
    }

    /// Whether `text`'s bytes hold `ascii`'s: Foundation's `contains` is asked only then, as it runs on every signal
    /// at start-up (`ByteSearch`).
    private static func mayContain(_ text: some StringProtocol, _ ascii: String) -> Bool {
        ByteSearch.contains(Array(text.utf8), ascii.utf8)
    }

    /// Whether `phrase` is long enough to be worth a warning.
    public static func isLong(_ phrase: String) -> Bool {
        phrase.split(separator: " ").filter { $0 != gap }.count > longPhrase
    }
}
