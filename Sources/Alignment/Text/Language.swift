/// The languages the analyser knows: the official languages of the Convention's Parties in the Americas.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case es, pt, en, fr

    /// Reads an ISO 639-1 (`es`) or ISO 639-2 (`spa`, `fre`/`fra`) code, as AKN FRBR language attributes give it.
    public init?(code: String) {
        switch code.lowercased() {
        case "es", "spa": self = .es
        case "pt", "por": self = .pt
        case "en", "eng": self = .en
        case "fr", "fra", "fre": self = .fr
        default: return nil
        }
    }

    var stemmer: any Stemmer {
        switch self {
        case .es: SpanishStemmer()
        case .pt: PortugueseStemmer()
        case .en: EnglishStemmer()
        case .fr: FrenchStemmer()
        }
    }
}
