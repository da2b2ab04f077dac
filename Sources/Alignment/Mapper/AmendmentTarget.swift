import Foundation

/// The article of another law that an amending provision rewrites when the amending text was not split into an
/// inserted article of its own ("Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente:
/// ..."). Experts cite such a rule as the host's article (`CP 173`), so the mapper reports it that way.
public struct AmendmentTarget: Sendable, Hashable {
    /// The host's article number as written: `173`, `36 B`, `342.1`.
    public let number: String
    /// The host law as the amending text names it: `Código Penal`.
    public let host: String

    /// Formulas by language: the target article and the host are the first and second groups. The formula must
    /// introduce new wording ("el siguiente", "la siguiente", "así", "the following", "ainsi rédigé", "a seguinte"),
    /// so provisions that only change a few words of another law keep their own number.
    private static let patterns: [Language: [NSRegularExpression]] = {
        func compile(_ patterns: [String]) -> [NSRegularExpression] {
            patterns.map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
        }
        let number = #"(\d+(?:\.\d+)*(?:\s?[º°])?(?:[\s-]?(?:bis|ter|quater|quinquies|[A-Z])\b)?(?:\s\d+)?)"#
        return [
            .es: compile([
                #"^[^.]{0,160}?\bart[íi]culo\s+"# + number
                    + #",?\s+(?:del|de la)\s+((?:C[óo]digo|Ley)\b[^,:]{0,80}?)(?:,|\s+(?:con|por|el|la|los|las|en|as[íi])\b)[^.]{0,200}?(?:siguientes?\b|as[íi]\s*:)"#
            ]),
            .pt: compile([
                #"^[^.]{0,160}?\bart(?:igo|\.)\s*"# + number
                    + #",?\s+(?:do|da)\s+((?:C[óo]digo|Lei|Decreto)\b[^,:]{0,80}?)(?:,|\s+(?:passa|fica|com|a)\b)[^.]{0,200}?(?:seguintes?\b|reda[çc][ãa]o)"#
            ]),
            .en: compile([
                #"^[^.]{0,160}?\bsection\s+"# + number
                    + #"\s+of\s+the\s+([A-Z][\w ]{0,60}?(?:Code|Act))\b[^.]{0,200}?\bfollowing\b"#
            ]),
            .fr: compile([
                #"^[^.]{0,160}?\barticle\s+"# + number
                    + #"\s+du\s+((?:code|loi)\b[^,:]{0,60}?)(?:,|\s+(?:est|sont)\b)[^.]{0,200}?(?:suivant|ainsi r[ée]dig[ée])"#
            ]),
        ]
    }()

    public static func find(in text: String, language: Language) -> AmendmentTarget? {
        let range = NSRange(text.startIndex..., in: text)
        for pattern in patterns[language] ?? [] {
            guard let match = pattern.firstMatch(in: text, range: range),
                let number = Range(match.range(at: 1), in: text), let host = Range(match.range(at: 2), in: text)
            else { continue }
            let cleanNumber = text[number].trimmingCharacters(in: .whitespaces)
            let cleanHost = text[host].trimmingCharacters(in: .whitespaces)
            return AmendmentTarget(number: String(cleanNumber), host: Self.capitalized(String(cleanHost)))
        }
        return nil
    }

    /// `Código Penal` as the text has it; a host written in lower case keeps its words.
    private static func capitalized(_ host: String) -> String {
        host.split(separator: " ").joined(separator: " ")
    }
}
