/// The Snowball Spanish stemmer, on folded words.
struct SpanishStemmer: Stemmer {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    private static let pronouns = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"]
    private static let pronounHosts = ["iendo", "ando", "ar", "er", "ir"]

    private static let verbSuffixesY = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"]
    private static let verbSuffixesEn = ["en", "es", "eis", "emos"]
    private static let verbSuffixes = [
        "arian", "arias", "aran", "aras", "ariais", "aria", "areis", "ariamos", "aremos", "ara", "are", "erian", "erias",
        "eran", "eras", "eriais", "eria", "ereis", "eriamos", "eremos", "era", "ere", "irian", "irias", "iran", "iras",
        "iriais", "iria", "ireis", "iriamos", "iremos", "ira", "ire", "aba", "ada", "ida", "ia", "iera", "ad", "ed", "id",
        "ase", "iese", "aste", "iste", "an", "aban", "ian", "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido",
        "ando", "iendo", "io", "ar", "er", "ir", "as", "abas", "adas", "idas", "ias", "ieras", "ases", "ieses", "is",
        "ais", "abais", "iais", "ierais", "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "abamos",
        "iamos", "imos", "aramos", "ieramos", "iesemos", "asemos", "are", "iere", "ase", "ese", "ieres", "ares", "aren",
        "ieren", "aremos",
    ]

    func stem(_ word: String) -> String {
        var w = StemmingWord(word, vowels: Self.vowels)
        let rv = romanceRV(w)
        let r1 = w.region(after: 0)
        let r2 = w.region(after: r1)

        // Step 0: attached pronouns.
        if let pronoun = w.longestSuffix(Self.pronouns), w.suffix(pronoun, isIn: rv) {
            let base = String(w.letters.dropLast(pronoun.count))
            if Self.pronounHosts.contains(where: { base.hasSuffix($0) }) || base.hasSuffix("uyendo") {
                w.remove(pronoun)
            }
        }

        if standardSuffix(&w, r1: r1, r2: r2) {
            // done with verbs
        } else if let y = w.longestSuffix(Self.verbSuffixesY), w.suffix(y, isIn: rv),
            w.letters.dropLast(y.count).last == "u"
        {
            w.remove(y)
        } else {
            let general = w.longestSuffix(Self.verbSuffixes)
            let en = w.longestSuffix(Self.verbSuffixesEn)
            if let en, general.map({ $0.count <= en.count }) ?? true, w.suffix(en, isIn: rv) {
                w.remove(en)
                if w.hasSuffix("gu"), w.suffix("u", isIn: rv) { w.remove("u") }
            } else if let general, w.suffix(general, isIn: rv) {
                w.remove(general)
            }
        }

        // Step 3: residual suffix.
        if let residual = w.longestSuffix(["os", "a", "o", "i"]), w.suffix(residual, isIn: rv) {
            w.remove(residual)
        } else if w.hasSuffix("e"), w.suffix("e", isIn: rv) {
            w.remove("e")
            if w.hasSuffix("gu"), w.suffix("u", isIn: rv) { w.remove("u") }
        }
        return w.string
    }

    /// Step 1; true when a suffix was removed.
    private func standardSuffix(_ w: inout StemmingWord, r1: Int, r2: Int) -> Bool {
        let groups: [[String]] = [
            ["anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista",
             "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"],
            ["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"],
            ["logia", "logias"], ["ucion", "uciones"], ["encia", "encias"], ["amente"], ["mente"],
            ["idad", "idades"], ["iva", "ivo", "ivas", "ivos"],
        ]
        guard let suffix = w.longestSuffix(groups.flatMap { $0 }) else { return false }
        let group = groups.firstIndex { $0.contains(suffix) }!
        switch group {
        case 0:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
        case 1:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if w.hasSuffix("ic"), w.suffix("ic", isIn: r2) { w.remove("ic") }
        case 2:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "log")
        case 3:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "u")
        case 4:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "ente")
        case 5:
            guard w.suffix(suffix, isIn: r1) else { return false }
            w.remove(suffix)
            if w.hasSuffix("iv"), w.suffix("iv", isIn: r2) {
                w.remove("iv")
                if w.hasSuffix("at"), w.suffix("at", isIn: r2) { w.remove("at") }
            } else if let s = w.longestSuffix(["os", "ic", "ad"]), w.suffix(s, isIn: r2) {
                w.remove(s)
            }
        case 6:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if let s = w.longestSuffix(["ante", "able", "ible"]), w.suffix(s, isIn: r2) { w.remove(s) }
        case 7:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if let s = w.longestSuffix(["abil", "ic", "iv"]), w.suffix(s, isIn: r2) { w.remove(s) }
        default:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if w.hasSuffix("at"), w.suffix("at", isIn: r2) { w.remove("at") }
        }
        return true
    }
}
