/// Multiword legal terms kept as units: the same concept in every language gets one id, so that a Spanish
/// `sistema informático` and an English `computer system` are the same unit.
public struct LegalUnitMatch: Sendable, Hashable {
    /// Language-independent id: `computer-system`, `computer-data`, `traffic-data`, `service-provider`,
    /// `computer-program`.
    public let unit: String
    public let tokens: Range<Int>
}

public enum LegalUnits {
    /// The phrasings of each unit per language, in `SignalPattern` syntax.
    public static let phrasings: [Language: [(unit: String, phrases: [String])]] = [
        .es: [
            ("computer-system", [
                "sistema informatico", "sistemas informaticos", "sistema* o equipo* de informatica",
                "sistema de tratamiento de informacion", "sistema* de informacion", "dispositivo* informatico*",
                "sistema* computacional*", "equipo* informatico*", "red* informatica*",
            ]),
            ("computer-data", ["dato* informatico*", "datos electronicos", "informacion contenida en sistema*"]),
            ("traffic-data", ["dato* de trafico", "datos relativos al trafico", "datos de conexion"]),
            ("service-provider", ["proveedor* de servicio*", "prestador* de servicio*"]),
            ("computer-program", ["programa* informatico*", "programa* de computacion", "programa* de computador*", "software"]),
        ],
        .pt: [
            ("computer-system", ["sistema* informatico*", "dispositivo* informatico*", "sistema* de informacao*"]),
            ("computer-data", ["dado* informatico*", "dados eletronicos"]),
            ("traffic-data", ["dado* de trafego", "registro* de conexao", "registro* de acesso"]),
            ("service-provider", ["provedor* de conexao", "provedor* de aplicac*", "provedor* de servic*"]),
            ("computer-program", ["programa* de computador", "programa* informatico*", "software"]),
        ],
        .en: [
            ("computer-system", ["computer system", "computer systems", "information system*"]),
            ("computer-data", ["computer data"]),
            ("traffic-data", ["traffic data", "transmission data"]),
            ("service-provider", ["service provider*", "provider* of ... service*"]),
            ("computer-program", ["computer program*", "software"]),
        ],
        .fr: [
            ("computer-system", ["systeme* informatique*", "systeme* de traitement automatise*"]),
            ("computer-data", ["donnee* informatique*"]),
            ("traffic-data", ["donnee* relative* au trafic", "donnee* de trafic", "donnee* de connexion"]),
            ("service-provider", ["fournisseur* de service*", "prestataire* de service*"]),
            ("computer-program", ["programme* informatique*", "logiciel*"]),
        ],
    ]

    private static let compiled: [Language: [(unit: String, patterns: [SignalPattern])]] = {
        var result: [Language: [(unit: String, patterns: [SignalPattern])]] = [:]
        for (language, units) in phrasings {
            let analyzer = Analyzer(language: language)
            result[language] = units.map { unit in
                (unit.unit, unit.phrases.compactMap { SignalPattern($0, analyzer: analyzer) })
            }
        }
        return result
    }()

    static func find(in tokens: [Token], index: TokenIndex, language: Language) -> [LegalUnitMatch] {
        let text = AnalyzedText(text: "", language: language, tokens: tokens, units: [], characters: [], index: index)
        var found: [LegalUnitMatch] = []
        for (unit, patterns) in compiled[language] ?? [] {
            for pattern in patterns {
                for range in pattern.matches(in: text) { found.append(LegalUnitMatch(unit: unit, tokens: range)) }
            }
        }
        return found.sorted { ($0.tokens.lowerBound, $0.unit) < ($1.tokens.lowerBound, $1.unit) }
    }
}
