/// The Snowball French stemmer, on folded words. Folding loses the accents Snowball uses to tell `é` endings
/// apart, so the `é`-based verb endings are matched in their folded form (`e`, `ee`, `es`).
struct FrenchStemmer: Stemmer {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    private static let iVerbSuffixes = [
        "issaIent", "issantes", "iraIent", "issante", "issants", "issions", "irions", "issais", "issait", "issant",
        "issent", "issiez", "issons", "irais", "irait", "irent", "iriez", "irons", "iront", "isses", "issez", "ir", "ira",
        "irai", "iras", "irez", "isse", "ies", "iez", "ine", "ines", "is", "it", "ie", "i",
    ].map { $0.lowercased() }
    private static let otherVerbSuffixes = [
        "eraient", "assions", "assiez", "eriez", "erions", "erais", "erait", "erent", "erons", "eront", "antes", "aient",
        "ames", "ates", "asses", "ants", "ante", "ions", "erai", "eras", "erez", "ais", "ait", "ant", "ees", "iez", "ant",
        "ez", "er", "ee", "es", "e", "a", "ai", "as", "asse", "assent", "aIent", "ons",
    ].map { $0.lowercased() }

    func stem(_ word: String) -> String {
        var w = StemmingWord(word, vowels: Self.vowels)
        let rv = frenchRV(w)
        let r1 = w.region(after: 0)
        let r2 = w.region(after: r1)

        let before = w.string
        var standardRemoved = standardSuffix(&w, rv: rv, r1: r1, r2: r2)
        if !standardRemoved || w.string == before {
            standardRemoved = false
            if let i = w.longestSuffix(Self.iVerbSuffixes), w.suffix(i, isIn: rv),
                let preceding = w.letters.dropLast(i.count).last, !Self.vowels.contains(preceding),
                w.count - i.count - 1 >= rv
            {
                w.remove(i)
            } else if let other = w.longestSuffix(Self.otherVerbSuffixes), w.suffix(other, isIn: rv) {
                if other == "ions" {
                    if w.suffix(other, isIn: r2) { w.remove(other) }
                } else {
                    w.remove(other)
                    if w.hasSuffix("e"), w.suffix("e", isIn: rv) { w.remove("e") }
                }
            } else if w.hasSuffix("s"), let preceding = w.letters.dropLast().last, !"aiousy".contains(preceding) {
                w.remove("s")
                if w.hasSuffix("ion"), w.suffix("ion", isIn: r2), let p = w.letters.dropLast(3).last, p == "s" || p == "t" {
                    w.remove("on")
                } else if let residual = w.longestSuffix(["ier", "iere", "e"]), w.suffix(residual, isIn: rv) {
                    w.replace(residual, with: residual == "e" ? "" : "i")
                }
            }
        }
        // Undouble.
        for double in ["enn", "onn", "ett", "ell", "eill"] where w.hasSuffix(double) {
            w.remove(String(double.last!))
            break
        }
        return w.string
    }

    private func frenchRV(_ w: StemmingWord) -> Int {
        let word = w.string
        for prefix in ["par", "col", "tap"] where word.hasPrefix(prefix) { return 3 }
        if w.count >= 2 && w.isVowel(0) && w.isVowel(1) { return min(3, w.count) }
        var index = 1
        while index < w.count && !w.isVowel(index) { index += 1 }
        return min(index + 1, w.count)
    }

    private func standardSuffix(_ w: inout StemmingWord, rv: Int, r1: Int, r2: Int) -> Bool {
        let groups: [[String]] = [
            ["ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes"].map { $0.lowercased() },
            ["atrice", "ateur", "ation", "atrices", "ateurs", "ations"], ["logie", "logies"],
            ["usion", "ution", "usions", "utions"], ["ence", "ences"], ["ement", "ements"],
            ["ite", "ites"], ["if", "ive", "ifs", "ives"], ["eaux"], ["aux"], ["euse", "euses"],
            ["issement", "issements"], ["amment"], ["emment"], ["ment", "ments"],
        ]
        guard let suffix = w.longestSuffix(groups.flatMap { $0 }) else { return false }
        let group = groups.firstIndex { $0.contains(suffix) }!
        switch group {
        case 0, 1:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if group == 1, w.hasSuffix("ic"), w.suffix("ic", isIn: r2) { w.remove("ic") }
        case 2:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "log")
        case 3:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "u")
        case 4:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "ent")
        case 5:
            guard w.suffix(suffix, isIn: rv) else { return false }
            w.remove(suffix)
            if w.hasSuffix("iv"), w.suffix("iv", isIn: r2) {
                w.remove("iv")
                if w.hasSuffix("at"), w.suffix("at", isIn: r2) { w.remove("at") }
            } else if w.hasSuffix("eus"), w.suffix("eus", isIn: r2) {
                w.remove("eus")
            }
        case 6:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if let s = w.longestSuffix(["abil", "ic", "iv"]), w.suffix(s, isIn: r2) { w.remove(s) }
        case 7:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if w.hasSuffix("at"), w.suffix("at", isIn: r2) { w.remove("at") }
        case 8:
            w.replace(suffix, with: "eau")
        case 9:
            guard w.suffix(suffix, isIn: r1) else { return false }
            w.replace(suffix, with: "al")
        case 10:
            guard w.suffix(suffix, isIn: r1) else { return false }
            w.replace(suffix, with: "eux")
        case 11:
            guard w.suffix(suffix, isIn: r1), let p = w.letters.dropLast(suffix.count).last, !Self.vowels.contains(p)
            else { return false }
            w.remove(suffix)
        case 12:
            guard w.suffix(suffix, isIn: rv) else { return false }
            w.replace(suffix, with: "ant")
            return false
        case 13:
            guard w.suffix(suffix, isIn: rv) else { return false }
            w.replace(suffix, with: "ent")
            return false
        default:
            guard w.suffix(suffix, isIn: rv), let p = w.letters.dropLast(suffix.count).last, Self.vowels.contains(p)
            else { return false }
            w.remove(suffix)
            return false
        }
        return true
    }
}
