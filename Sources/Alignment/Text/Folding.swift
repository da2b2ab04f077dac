import Foundation

/// Unicode normalisation with case and accent folding: the form every comparison of legal words is made in,
/// so that `Artículo`, `ARTICULO` and `artículo` (composed or not) are one word.
public enum TextFolding {
    /// NFKC, then lower case without diacritics (`ñ` -> `n`, `ç` -> `c`, `º` -> `o`).
    public static func fold(_ text: String) -> String {
        // Fast path: ASCII and the accented Latin letters of the four languages, scalar by scalar.
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.append((65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if let folded = latin[scalar] {
                result.append(contentsOf: folded.unicodeScalars)
            } else {
                return slowFold(text)
            }
        }
        return String(result)
    }

    /// NFKC and lower case, accents kept: the form Snowball's stemmers are written for.
    public static func lowercase(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return word.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// NFKC, then Foundation's case and diacritic folding: for everything the table does not know.
    static func slowFold(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        return compatible.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// Precomposed Latin letters with diacritics, ordinal indicators and ligatures, folded.
    static let latin: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ñńņňŉ", "n"),
            ("ÑŃŅŇ", "n"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"), ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"),
            ("ýÿŷ", "y"), ("ÝŸŶ", "y"), ("śŝşš", "s"), ("ŚŜŞŠ", "s"), ("źżž", "z"), ("ŹŻŽ", "z"), ("ĝğġģ", "g"),
            ("ĜĞĠĢ", "g"), ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "l"), ("ŕŗř", "r"), ("ŔŖŘ", "r"), ("ţťŧ", "t"), ("ŢŤŦ", "t"),
            ("º", "o"), ("ª", "a"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = folded }
        }
        for (scalar, folded) in [("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"), ("ß", "ss")] {
            table[Unicode.Scalar(scalar)!] = folded
        }
        return table
    }()

    /// `Character.isWhitespace`, without a Unicode property lookup for ASCII (most of a statute's characters).
    static func isWhitespace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 32 || (9...13).contains(ascii) }
        return character.isWhitespace
    }

    /// `Character.isNewline`, without a Unicode property lookup for ASCII (CR LF is one character, `\n`).
    static func isNewline(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return (10...13).contains(ascii) }
        return character.isNewline
    }

    /// True for characters that belong inside a word token.
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (48...57).contains(ascii) || (65...90).contains(ascii) || (97...122).contains(ascii)
        }
        return character.isLetter || character.isNumber
    }
}
