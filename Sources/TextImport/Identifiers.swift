import Foundation

/// eIds by the AKN naming convention (`chp_I__art_2__para_1`) and the names lexalign derives from titles.
enum Identifiers {
    /// A printed number made fit for an eId, as Laws.Africa cleans them: spaces, ordinal marks, quotes and
    /// brackets dropped, letters kept as printed (`único`), other punctuation to `-`: `1°` -> `1`, `211 bis 1` -> `211bis1`,
    /// `274 "B"` -> `274B`, `§ 4º-A` -> `4-A`, `342.1` -> `342.1`.
    static func cleanNumber(_ number: String) -> String {
        var result = ""
        for character in number {
            if character.isWhitespace || "°ºª\"“”'‘’«»()[]§".contains(character) { continue }
            if character.isLetter || character.isNumber || character == "." || character == "-" {
                result.append(character)
            } else {
                result.append("-")
            }
        }
        while let first = result.first, first == "-" || first == "." { result.removeFirst() }
        while let last = result.last, last == "-" || last == "." { result.removeLast() }
        return result
    }

    /// Lowercase ASCII words joined by `-`: `Código Penal de la Nación` -> `codigo-penal-de-la-nacion`.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: "-")
    }
}

/// Hands out eIds and keeps them unique within one document.
struct EIdAllocator {
    private var used: Set<String> = []
    private var counters: [String: Int] = [:]

    /// `{prefix}__{alias}_{number}`; an unnumbered unit gets the next ordinal for its alias under the prefix.
    mutating func allocate(prefix: String, alias: String, number: String) -> String {
        var cleaned = Identifiers.cleanNumber(number)
        if cleaned.isEmpty {
            let key = prefix + "|" + alias
            let next = (counters[key] ?? 0) + 1
            counters[key] = next
            cleaned = String(next)
        }
        let base = (prefix.isEmpty ? "" : prefix + "__") + alias + "_" + cleaned
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = base + "-" + String(suffix)
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
