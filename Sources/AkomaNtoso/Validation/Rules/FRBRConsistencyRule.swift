/// The three FRBR levels of an `<identification>` must describe one document: each level's `FRBRthis` is its
/// `FRBRuri` (plus a component), the expression belongs to the work, the manifestation to the expression, and
/// the dates, country and language written in the URIs agree with the elements that state them.
/// URIs that are not `/akn/` FRBR URIs (legislation.gov.uk's, Fedlex's) are only checked for `this`/`uri`.
public struct FRBRConsistencyRule: ValidationRule {
    public let name = "frbr-consistency"

    public init() {}

    public mutating func willVisit(_ element: Element, path: [Element], findings: inout [Finding]) {
        guard element.name == "identification", path.last?.name == "meta" else { return }
        func warn(_ message: String, _ at: Element?) {
            findings.append(Finding(rule: name, severity: .warning, message: message, location: (at ?? element).location))
        }
        let levels = [("FRBRWork", "work"), ("FRBRExpression", "expression"), ("FRBRManifestation", "manifestation")]
        var uris: [String: FRBRURI] = [:]
        for (elementName, label) in levels {
            guard let levelElement = element.child(elementName) else { continue }
            let level = FRBRLevel(levelElement)
            guard let this = level.this, let uri = level.uri else { continue }
            let thisElement = levelElement.child("FRBRthis")
            if let thisURI = try? FRBRURI(parsing: this), let uriURI = try? FRBRURI(parsing: uri) {
                uris[label] = uriURI
                if Self.withoutComponentAndFormat(thisURI) != Self.withoutComponentAndFormat(uriURI) {
                    warn("\(label) FRBRthis '\(this)' is not its FRBRuri '\(uri)' plus a component", thisElement)
                }
            } else if !this.hasPrefix(uri) {
                warn("\(label) FRBRthis '\(this)' does not start with its FRBRuri '\(uri)'", thisElement)
            }
        }
        let workElement = element.child("FRBRWork")
        let expressionElement = element.child("FRBRExpression")
        if let work = uris["work"] {
            for (label, uri) in [("expression", uris["expression"]), ("manifestation", uris["manifestation"])] {
                if let uri, uri.work != work.work {
                    warn("\(label) FRBRuri '\(uri)' does not belong to the work '\(work)'", element.child(label == "expression" ? "FRBRExpression" : "FRBRManifestation"))
                }
            }
            if let workElement, !work.date.isEmpty, let date = FRBRLevel(workElement).date?.date,
                !Self.sameDate(work.date, date)
            {
                warn("work FRBRdate \(date) differs from the date in the work FRBRuri '\(work)'", workElement.child("FRBRdate"))
            }
            if let workElement, let country = FRBRLevel(workElement).country,
                country.lowercased().split(separator: "-").first.map(String.init) != work.country.lowercased()
            {
                warn("FRBRcountry '\(country)' differs from the country in the work FRBRuri '\(work)'", workElement.child("FRBRcountry"))
            }
        }
        if let expression = uris["expression"], let expressionElement {
            let level = FRBRLevel(expressionElement)
            if let version = expression.versionDate, version.contains(where: \.isNumber), !level.dates.contains(where: { Self.sameDate(version, $0.date) }) {
                warn("expression FRBRdate \(level.date?.date ?? "(none)") differs from the version date in '\(expression)'", expressionElement.child("FRBRdate"))
            }
            if let uriLanguage = expression.language, let language = level.language, uriLanguage.count == language.count,
                uriLanguage.lowercased() != language.lowercased()
            {
                warn("FRBRlanguage '\(language)' differs from the language in the expression FRBRuri '\(expression)'", expressionElement.child("FRBRlanguage"))
            }
            if let manifestation = uris["manifestation"], manifestation.language != nil,
                manifestation.language != expression.language || manifestation.versionDate != expression.versionDate
            {
                warn("manifestation FRBRuri '\(manifestation)' does not belong to the expression '\(expression)'", element.child("FRBRManifestation"))
            }
        }
    }

    static func withoutComponentAndFormat(_ uri: FRBRURI) -> String {
        var copy = uri
        copy.components = []
        copy.format = nil
        copy.portion = nil
        return copy.canonicalDescription
    }

    /// `2012-05-05` and `20120505` are the same date; a URI may give only the year.
    static func sameDate(_ uriDate: String, _ elementDate: String) -> Bool {
        let left = uriDate.filter(\.isNumber), right = elementDate.filter(\.isNumber)
        return !left.isEmpty && right.hasPrefix(left)
    }
}
