/// A light stemmer for folded (lower-case, accentless) words. Implementations follow the Snowball algorithms'
/// steps and regions, with suffix lists written in folded form (the analyser folds before stemming).
protocol Stemmer: Sendable {
    func stem(_ word: String) -> String
}

/// A word being stemmed, with the Snowball regions R1, R2 and RV as character offsets.
struct StemmingWord {
    var letters: [Character]
    let vowels: Set<Character>

    init(_ word: String, vowels: Set<Character>) {
        self.letters = Array(word)
        self.vowels = vowels
    }

    var string: String { String(letters) }
    var count: Int { letters.count }

    func isVowel(_ index: Int) -> Bool { index >= 0 && index < letters.count && vowels.contains(letters[index]) }

    /// R1: after the first non-vowel following a vowel (from `start`).
    func region(after start: Int) -> Int {
        var index = start
        while index + 1 < letters.count {
            if isVowel(index) && !isVowel(index + 1) { return index + 2 }
            index += 1
        }
        return letters.count
    }

    func hasSuffix(_ suffix: String) -> Bool {
        var index = letters.count
        for character in suffix.reversed() {
            index -= 1
            if index < 0 || letters[index] != character { return false }
        }
        return true
    }

    /// The longest of `suffixes` the word ends with.
    func longestSuffix(_ suffixes: [String]) -> String? {
        var best: String?
        for suffix in suffixes where hasSuffix(suffix) {
            if best == nil || suffix.count > best!.count { best = suffix }
        }
        return best
    }

    /// True when `suffix` (which the word ends with) lies wholly inside the region starting at `region`.
    func suffix(_ suffix: String, isIn region: Int) -> Bool {
        letters.count - suffix.count >= region
    }

    mutating func remove(_ suffix: String) {
        letters.removeLast(suffix.count)
    }

    mutating func replace(_ suffix: String, with replacement: String) {
        letters.removeLast(suffix.count)
        letters.append(contentsOf: replacement)
    }
}

/// RV as Spanish and Portuguese Snowball define it.
func romanceRV(_ word: StemmingWord) -> Int {
    let letters = word.letters
    guard letters.count >= 2 else { return letters.count }
    if !word.isVowel(1) {
        var index = 2
        while index < letters.count && !word.isVowel(index) { index += 1 }
        return min(index + 1, letters.count)
    }
    if word.isVowel(0) && word.isVowel(1) {
        var index = 2
        while index < letters.count && word.isVowel(index) { index += 1 }
        return min(index + 1, letters.count)
    }
    return min(3, letters.count)
}
