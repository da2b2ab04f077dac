/// The Snowball Portuguese stemmer, on folded words (nasal `ã`/`õ` folded to `a`/`o`).
struct PortugueseStemmer: Stemmer {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    private static let verbSuffixes = [
        "ariamos", "eriamos", "iriamos", "assemos", "essemos", "issemos", "arieis", "erieis", "irieis", "asseis",
        "esseis", "isseis", "aramos", "eramos", "iramos", "avamos", "aremos", "eremos", "iremos", "ariam", "eriam",
        "iriam", "assem", "essem", "issem", "ara", "era", "ira", "arias", "erias", "irias", "ardes", "erdes", "irdes",
        "asses", "esses", "isses", "astes", "estes", "istes", "areis", "ereis", "ireis", "aveis", "iamos", "armos",
        "ermos", "irmos", "aria", "eria", "iria", "asse", "esse", "isse", "aste", "este", "iste", "arei", "erei", "irei",
        "aram", "eram", "iram", "avam", "arem", "erem", "irem", "ando", "endo", "indo", "adas", "idas", "aras", "eras",
        "iras", "avas", "ares", "eres", "ires", "ieis", "ados", "idos", "amos", "emos", "imos", "ada", "ida", "ava",
        "iam", "ado", "ido", "ias", "ais", "eis", "ira", "ia", "ei", "am", "em", "ar", "er", "ir", "as", "es", "is",
        "eu", "iu", "ou",
    ]

    func stem(_ word: String) -> String {
        var w = StemmingWord(word, vowels: Self.vowels)
        let rv = romanceRV(w)
        let r1 = w.region(after: 0)
        let r2 = w.region(after: r1)

        var changed = standardSuffix(&w, rv: rv, r1: r1, r2: r2)
        var verbRemoved = false
        if !changed, let verb = w.longestSuffix(Self.verbSuffixes), w.suffix(verb, isIn: rv) {
            w.remove(verb)
            verbRemoved = true
        }
        changed = changed || verbRemoved
        if changed {
            if w.hasSuffix("ci"), w.suffix("i", isIn: rv) { w.remove("i") }
        } else if let residual = w.longestSuffix(["os", "a", "i", "o"]), w.suffix(residual, isIn: rv) {
            w.remove(residual)
        }
        if w.hasSuffix("e"), w.suffix("e", isIn: rv) {
            w.remove("e")
            if (w.hasSuffix("gu") || w.hasSuffix("ci")), w.suffix("u", isIn: rv) { w.remove(String(w.letters.last!)) }
        }
        return w.string
    }

    private func standardSuffix(_ w: inout StemmingWord, rv: Int, r1: Int, r2: Int) -> Bool {
        let groups: [[String]] = [
            ["eza", "ezas", "ico", "ica", "icos", "icas", "ismo", "ismos", "avel", "ivel", "ista", "istas", "oso", "osa",
             "osos", "osas", "amento", "amentos", "imento", "imentos", "adora", "ador", "acao", "adoras", "adores",
             "acoes", "ante", "antes", "ancia"],
            ["logia", "logias"], ["ucao", "ucoes"], ["encia", "encias"], ["amente"], ["mente"], ["idade", "idades"],
            ["iva", "ivo", "ivas", "ivos"], ["ira", "iras"],
        ]
        guard let suffix = w.longestSuffix(groups.flatMap { $0 }) else { return false }
        let group = groups.firstIndex { $0.contains(suffix) }!
        switch group {
        case 0:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
        case 1:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "log")
        case 2:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "u")
        case 3:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.replace(suffix, with: "ente")
        case 4:
            guard w.suffix(suffix, isIn: r1) else { return false }
            w.remove(suffix)
            if w.hasSuffix("iv"), w.suffix("iv", isIn: r2) {
                w.remove("iv")
                if w.hasSuffix("at"), w.suffix("at", isIn: r2) { w.remove("at") }
            } else if let s = w.longestSuffix(["os", "ic", "ad"]), w.suffix(s, isIn: r2) {
                w.remove(s)
            }
        case 5:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if let s = w.longestSuffix(["ante", "avel", "ivel"]), w.suffix(s, isIn: r2) { w.remove(s) }
        case 6:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if let s = w.longestSuffix(["abil", "ic", "iv"]), w.suffix(s, isIn: r2) { w.remove(s) }
        case 7:
            guard w.suffix(suffix, isIn: r2) else { return false }
            w.remove(suffix)
            if w.hasSuffix("at"), w.suffix("at", isIn: r2) { w.remove("at") }
        default:
            guard w.suffix(suffix, isIn: rv), w.letters.dropLast(suffix.count).last == "e" else { return false }
            w.replace(suffix, with: "ir")
        }
        return true
    }
}
