import Foundation

/// Regular-expression text built from data files: accent-tolerant fragments, alternations of a language file's
/// words, `{placeholder}` expansion in a tradition's shapes. The mechanism only; the words come from the files.
enum PatternText {
    /// `artículo` -> `art[íi]culo`: an accented letter outside a character class also matches its base letter, as
    /// texts printed in capitals often drop accents (`ARTICULO`). Escapes (`\.`, `\p{Lu}`, `\k<x>`) and classes
    /// are kept as written.
    static func tolerant(_ fragment: String) -> String {
        var result = ""
        var inClass = false
        var characters = Array(fragment)[...]
        while let character = characters.popFirst() {
            if character == "\\" {
                result.append(character)
                guard let next = characters.popFirst() else { break }
                result.append(next)
                if "pPk".contains(next), let open = characters.first, open == "{" || open == "<" {
                    let close: Character = open == "{" ? "}" : ">"
                    while let inner = characters.popFirst() {
                        result.append(inner)
                        if inner == close { break }
                    }
                }
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
                result.append(character)
                continue
            }
            if character == "[" {
                inClass = true
                result.append(character)
                continue
            }
            if let base = baseLetter(of: character), base != character {
                result += "[\(character)\(base)]"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The letter without its accent (`í` -> `i`, `Ç` -> `C`), or nil for a character that is not a letter.
    static func baseLetter(of character: Character) -> Character? {
        guard character.isLetter else { return nil }
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = decomposed.first, decomposed.count > 1 else { return character }
        return Character(first)
    }

    /// `(?i:word|other)` of accent-tolerant fragments, the longest first (so that the longest form is tried
    /// first, as a greedy pattern would); `(?!)` (never matches) for no fragments. With `caseSensitive`, capitals
    /// count: `(?-i:...)`.
    static func alternation(_ fragments: [String], caseSensitive: Bool = false) -> String {
        let unique = Array(Set(fragments.map(tolerant))).sorted { ($0.count, $1) > ($1.count, $0) }
        guard !unique.isEmpty else { return "(?:(?!))" }
        return (caseSensitive ? "(?-i:" : "(?i:") + unique.joined(separator: "|") + ")"
    }

    /// Letters in capitals, outside escapes: `primer[oa]?` -> `PRIMER[OA]?`.
    static func uppercased(_ fragment: String) -> String {
        var result = ""
        var characters = Array(fragment)[...]
        while let character = characters.popFirst() {
            if character == "\\" {
                result.append(character)
                if let next = characters.popFirst() { result.append(next) }
            } else {
                result += character.uppercased()
            }
        }
        return result
    }

    /// The first letter, or the letters of a leading character class, in capitals: `únic[oa]` -> `Únic[oa]`,
    /// `[úu]nic[oa]` -> `[ÚU]nic[oa]`.
    static func capitalized(_ fragment: String) -> String {
        if fragment.hasPrefix("["), let close = fragment.firstIndex(of: "]") {
            return fragment[...close].uppercased() + fragment[fragment.index(after: close)...]
        }
        guard let first = fragment.first, first.isLetter else { return fragment }
        return first.uppercased() + fragment.dropFirst()
    }

    /// `{name}` replaced by `values[name]`; the names found with no value.
    static func expand(_ shape: String, values: [String: String]) -> (text: String, unknown: [String]) {
        var result = ""
        var unknown: [String] = []
        var index = shape.startIndex
        while index < shape.endIndex {
            let character = shape[index]
            if character == "\\" {
                // `\p{Lu}`: an escape, not a placeholder.
                let next = shape.index(after: index)
                let end = next < shape.endIndex ? shape.index(after: next) : next
                result += shape[index..<end]
                index = end
                continue
            }
            if character == "{", let close = shape[index...].firstIndex(of: "}") {
                let name = String(shape[shape.index(after: index)..<close])
                if let first = name.first, first.isLetter, first.isLowercase,
                    name.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "_" || $0 == ":" })
                {
                    if let value = values[name] {
                        result += value
                    } else {
                        unknown.append(name)
                        result += "(?!)"
                    }
                    index = shape.index(after: close)
                    continue
                }
            }
            result.append(character)
            index = shape.index(after: index)
        }
        return (result, unknown)
    }

    /// Whether a fragment compiles on its own; the compiler's message when it does not.
    static func problem(in pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return nil
        } catch {
            return pattern.count <= 120 ? "not a valid regular expression (\(pattern))" : "not a valid regular expression"
        }
    }
}
