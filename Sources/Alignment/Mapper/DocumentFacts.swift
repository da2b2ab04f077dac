import AkomaNtoso

/// What the mapper needs to know about a document besides its provisions, read from its FRBR identification.
public struct DocumentFacts: Sendable, Hashable {
    /// The FRBR expression URI (`FRBRExpression/FRBRthis`), else the work URI, else an empty string.
    public let expressionURI: String
    /// The work URI (`FRBRWork/FRBRthis`, or the expression URI without its language part).
    public let workURI: String?
    /// ISO 3166-1 alpha-2 country, lower case, from `FRBRcountry` or the URI.
    public let country: String?
    /// The expression language (`FRBRlanguage`, or the URI's language part), when the analyser knows it.
    public let language: Language?
    /// Every `FRBRalias` value and `name` attribute in the identification: importers record a source file's stem
    /// there, which lets the evaluator pair the document with a gold table of the same stem.
    public let aliases: [String]

    public init(expressionURI: String, workURI: String?, country: String?, language: Language?, aliases: [String]) {
        self.expressionURI = expressionURI
        self.workURI = workURI
        self.country = country
        self.language = language
        self.aliases = aliases
    }

    public init(_ document: Document) {
        let identification = document.metaElement?.child("identification")
        let work = identification?.child("FRBRWork")
        let expression = identification?.child("FRBRExpression")
        let expressionThis = expression?.child("FRBRthis")?[attribute: "value"]
        let workThis = work?.child("FRBRthis")?[attribute: "value"]
        let parsed = (expressionThis ?? workThis).flatMap { try? FRBRURI(parsing: $0) }
        let languageCode = expression?.child("FRBRlanguage")?[attribute: "language"] ?? parsed?.language
        var aliases: [String] = []
        for level in [work, expression, identification?.child("FRBRManifestation")].compactMap({ $0 }) {
            for alias in level.children(named: "FRBRalias") {
                if let value = alias[attribute: "value"] { aliases.append(value) }
                if let name = alias[attribute: "name"] { aliases.append(name) }
            }
        }
        self.init(
            expressionURI: Self.expressionPart(expressionThis) ?? workThis ?? "",
            workURI: workThis.flatMap(Self.withoutManifestation),
            country: (work?.child("FRBRcountry")?[attribute: "value"] ?? parsed?.country)?.lowercased(),
            language: languageCode.flatMap(Language.init(code:)), aliases: aliases)
    }

    /// `FRBRthis` of an expression may name its main component (`.../spa@2022-06-20/!main`): keep the expression.
    static func expressionPart(_ uri: String?) -> String? {
        guard let uri else { return nil }
        if let range = uri.range(of: "/!") { return String(uri[..<range.lowerBound]) }
        return uri
    }

    static func withoutManifestation(_ uri: String) -> String {
        expressionPart(uri) ?? uri
    }
}
