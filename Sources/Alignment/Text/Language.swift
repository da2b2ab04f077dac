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

    /// The name of the language's stemmer in Snowball's `libstemmer`.
    var snowballAlgorithm: String {
        switch self {
        case .es: "spanish"
        case .pt: "portuguese"
        case .en: "english"
        case .fr: "french"
        }
    }

    /// A dense index (0..<allCases.count), for per-language tables kept in arrays.
    var index: Int {
        switch self {
        case .es: 0
        case .pt: 1
        case .en: 2
        case .fr: 3
        }
    }
}
