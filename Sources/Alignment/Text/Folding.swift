import Foundation

/// Unicode normalisation with case and accent folding: the form every comparison of legal words is made in,
/// so that `Artículo`, `ARTICULO` and `artículo` (composed or not) are one word.
public enum TextFolding {
    /// NFKC, then lower case without diacritics (`ñ` -> `n`, `ç` -> `c`, `º` -> `o`).
    public static func fold(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        if compatible.unicodeScalars.allSatisfy({ $0.isASCII }) { return compatible.lowercased() }
        return compatible.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// True for characters that belong inside a word token.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
