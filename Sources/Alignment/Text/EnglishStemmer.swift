/// The Snowball English (Porter2) stemmer.
struct EnglishStemmer: Stemmer {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    private static let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]
    private static let validLi: Set<Character> = ["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl", "gently": "gentl",
        "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "news": "news", "sky": "sky",
    ]

    func stem(_ word: String) -> String {
        if let exception = Self.exceptions[word] { return exception }
        var w = StemmingWord(word.hasPrefix("'") ? String(word.dropFirst()) : word, vowels: Self.vowels)
        // Mark consonant y as Y.
        for index in w.letters.indices where w.letters[index] == "y" && (index == 0 || w.isVowel(index - 1)) {
            w.letters[index] = "Y"
        }
        let text = w.string
        let r1 = ["gener", "commun", "arsen"].first { text.hasPrefix($0) }?.count ?? w.region(after: 0)
        let r2 = w.region(after: r1)

        // Step 1a.
        if w.hasSuffix("sses") {
            w.replace("sses", with: "ss")
        } else if let s = w.longestSuffix(["ied", "ies"]) {
            w.replace(s, with: w.count > 4 ? "i" : "ie")
        } else if w.hasSuffix("us") || w.hasSuffix("ss") {
        } else if w.hasSuffix("s"), w.letters.dropLast(2).contains(where: { Self.vowels.contains($0) }) {
            w.remove("s")
        }
        // Step 1b.
        if let s = w.longestSuffix(["eed", "eedly"]) {
            if w.suffix(s, isIn: r1) { w.replace(s, with: "ee") }
        } else if let s = w.longestSuffix(["ed", "edly", "ing", "ingly"]),
            w.letters.dropLast(s.count).contains(where: { Self.vowels.contains($0) })
        {
            w.remove(s)
            if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") {
                w.letters.append("e")
            } else if Self.doubles.contains(where: { w.hasSuffix($0) }) {
                w.letters.removeLast()
            } else if isShort(w, r1: w.region(after: 0)) {
                w.letters.append("e")
            }
        }
        // Step 1c.
        if let last = w.letters.last, last == "y" || last == "Y", w.count > 2, !w.isVowel(w.count - 2) {
            w.letters[w.count - 1] = "i"
        }
        step2(&w, r1: r1)
        step3(&w, r1: r1, r2: r2)
        step4(&w, r2: r2)
        // Step 5.
        if w.hasSuffix("e") {
            let preceding = StemmingWord(String(w.letters.dropLast()), vowels: Self.vowels)
            if w.suffix("e", isIn: r2) || (w.suffix("e", isIn: r1) && !endsShortSyllable(preceding)) { w.remove("e") }
        } else if w.hasSuffix("ll"), w.suffix("l", isIn: r2) {
            w.remove("l")
        }
        return w.string.lowercased()
    }

    private func endsShortSyllable(_ w: StemmingWord) -> Bool {
        let n = w.count
        if n == 2 { return w.isVowel(0) && !w.isVowel(1) }
        guard n >= 3 else { return false }
        let last = w.letters[n - 1]
        return !w.isVowel(n - 3) && w.isVowel(n - 2) && !w.isVowel(n - 1) && !"wxY".contains(last)
    }

    private func isShort(_ w: StemmingWord, r1: Int) -> Bool {
        r1 >= w.count && endsShortSyllable(w)
    }

    private func step2(_ w: inout StemmingWord, r1: Int) {
        let rules: [(String, String)] = [
            ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
            ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
            ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"),
            ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("fulli", "ful"), ("lessli", "less"), ("ogi", "og"),
            ("li", ""),
        ]
        guard let suffix = w.longestSuffix(rules.map(\.0)), w.suffix(suffix, isIn: r1) else { return }
        let replacement = rules.first { $0.0 == suffix }!.1
        if suffix == "ogi" {
            if w.letters.dropLast(3).last == "l" { w.replace(suffix, with: replacement) }
        } else if suffix == "li" {
            if let p = w.letters.dropLast(2).last, Self.validLi.contains(p) { w.remove(suffix) }
        } else {
            w.replace(suffix, with: replacement)
        }
    }

    private func step3(_ w: inout StemmingWord, r1: Int, r2: Int) {
        let rules: [(String, String)] = [
            ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
            ("ful", ""), ("ness", ""), ("ative", ""),
        ]
        guard let suffix = w.longestSuffix(rules.map(\.0)), w.suffix(suffix, isIn: r1) else { return }
        if suffix == "ative" {
            if w.suffix(suffix, isIn: r2) { w.remove(suffix) }
        } else {
            w.replace(suffix, with: rules.first { $0.0 == suffix }!.1)
        }
    }

    private func step4(_ w: inout StemmingWord, r2: Int) {
        let suffixes = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
            "ive", "ize", "ion",
        ]
        guard let suffix = w.longestSuffix(suffixes), w.suffix(suffix, isIn: r2) else { return }
        if suffix == "ion" {
            if let p = w.letters.dropLast(3).last, p == "s" || p == "t" { w.remove(suffix) }
        } else {
            w.remove(suffix)
        }
    }
}
