/// An Akoma Ntoso FRBR URI:
/// `/akn/{country}[-{locality}]/{doctype}[/{subtype}[/{actor}]]/{date}/{number}[/{lang}@{version}][/!{component}][~{portion}][.{format}]`.
///
/// Parsing then printing gives back the same string for every URI lexalign accepts, so identifiers can be
/// compared, rebuilt for another language or level (work, expression, manifestation) without string surgery.
public struct FRBRURI: Sendable, Hashable, CustomStringConvertible, Codable {
    public var country: String
    public var locality: String?
    public var documentType: String
    public var subtype: String?
    public var actor: String?
    public var date: String
    public var number: String
    /// ISO 639-2 language of the expression (`spa`, `eng`), when this names an expression or below.
    public var language: String?
    /// The version date after `@`; an empty string for a bare `@`.
    public var versionDate: String?
    /// `!main`, `!schedule_1`, possibly nested (`!main/!schedule_1`) — stored without the `!`.
    public var components: [String]
    public var portion: String?
    /// The manifestation format (`xml`, `pdf`), when the URI names a manifestation file.
    public var format: String?

    public init(
        country: String, locality: String? = nil, documentType: String, subtype: String? = nil,
        actor: String? = nil, date: String, number: String, language: String? = nil,
        versionDate: String? = nil, components: [String] = [], portion: String? = nil, format: String? = nil
    ) {
        self.country = country
        self.locality = locality
        self.documentType = documentType
        self.subtype = subtype
        self.actor = actor
        self.date = date
        self.number = number
        self.language = language
        self.versionDate = versionDate
        self.components = components
        self.portion = portion
        self.format = format
    }

    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        case notAnAKNURI(String)
        case missingPart(String, uri: String)
        case malformedPart(String, uri: String)

        public var description: String {
            switch self {
            case .notAnAKNURI(let uri): "'\(uri)' is not an Akoma Ntoso FRBR URI (it must start with /akn/)"
            case .missingPart(let part, let uri): "FRBR URI '\(uri)' has no \(part)"
            case .malformedPart(let part, let uri): "FRBR URI '\(uri)' has a malformed \(part)"
            }
        }
    }

    public init(parsing uri: String) throws(ParseError) {
        guard uri.hasPrefix("/akn/") else { throw .notAnAKNURI(uri) }
        var rest = Substring(uri.dropFirst("/akn/".count))

        // Manifestation format: a final `.xml` after the last slash, not inside a number like 487.0191.
        var format: String?
        if let lastSlash = rest.lastIndex(of: "/"), let dot = rest[lastSlash...].lastIndex(of: "."),
            Self.isFormatPart(rest[rest.index(after: dot)...]),
            rest[rest.index(after: lastSlash)...].contains("@") || rest[rest.index(after: lastSlash)...].hasPrefix("!")
        {
            format = String(rest[rest.index(after: dot)...])
            rest = rest[..<dot]
        }
        var portion: String?
        if let tilde = rest.firstIndex(of: "~") {
            portion = String(rest[rest.index(after: tilde)...])
            rest = rest[..<tilde]
        }
        var parts = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty else { throw .missingPart("country", uri: uri) }
        let place = parts.removeFirst()
        let country: String
        var locality: String?
        if let dash = place.firstIndex(of: "-") {
            country = String(place[..<dash])
            locality = String(place[place.index(after: dash)...])
        } else {
            country = place
        }
        let documentType = parts.removeFirst()
        guard !documentType.isEmpty else { throw .missingPart("document type", uri: uri) }

        guard let dateIndex = parts.firstIndex(where: Self.isDatePart) else { throw .missingPart("date", uri: uri) }
        let between = Array(parts[..<dateIndex])
        guard between.count <= 2 else { throw .malformedPart("subtype", uri: uri) }
        let subtype = between.first
        let actor = between.count == 2 ? between[1] : nil
        let date = parts[dateIndex]
        parts.removeFirst(dateIndex + 1)
        guard let number = parts.first, !number.isEmpty, !number.hasPrefix("!"), !number.contains("@") else {
            throw .missingPart("number", uri: uri)
        }
        parts.removeFirst()

        var language: String?
        var versionDate: String?
        if let expression = parts.first, !expression.hasPrefix("!") {
            if let at = expression.firstIndex(of: "@") {
                language = String(expression[..<at])
                versionDate = String(expression[expression.index(after: at)...])
            } else {
                language = expression
            }
            guard let language, language.count >= 2, language.allSatisfy(\.isLetter) else {
                throw .malformedPart("expression language", uri: uri)
            }
            parts.removeFirst()
        }
        var components: [String] = []
        for part in parts {
            guard part.hasPrefix("!"), part.count > 1 else { throw .malformedPart("component", uri: uri) }
            components.append(String(part.dropFirst()))
        }
        self.init(
            country: country, locality: locality, documentType: documentType, subtype: subtype, actor: actor,
            date: date, number: number, language: language, versionDate: versionDate, components: components,
            portion: portion, format: format)
    }

    /// The work URI: no expression, component, portion or format.
    public var work: FRBRURI {
        FRBRURI(
            country: country, locality: locality, documentType: documentType, subtype: subtype, actor: actor,
            date: date, number: number)
    }

    /// The expression URI in a language, at a version date.
    public func expression(language: String, versionDate: String?) -> FRBRURI {
        var copy = work
        copy.language = language
        copy.versionDate = versionDate
        return copy
    }

    public var description: String {
        var result = "/akn/\(country)"
        if let locality { result += "-\(locality)" }
        result += "/\(documentType)"
        if let subtype { result += "/\(subtype)" }
        if let actor { result += "/\(actor)" }
        result += "/\(date)/\(number)"
        if let language {
            result += "/\(language)"
            if let versionDate { result += "@\(versionDate)" }
        }
        for component in components { result += "/!\(component)" }
        if let portion { result += "~\(portion)" }
        if let format { result += ".\(format)" }
        return result
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally followed by more (some publishers add a time).
    static func isDatePart(_ part: String) -> Bool {
        let scalars = Array(part.utf8)
        guard scalars.count >= 4, scalars.prefix(4).allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        if scalars.count == 4 { return true }
        return scalars[4] == UInt8(ascii: "-") && scalars.count >= 7
            && scalars[5...6].allSatisfy({ $0 >= 48 && $0 <= 57 })
    }

    static func isFormatPart(_ part: Substring) -> Bool {
        ["xml", "akn", "pdf", "html", "doc", "docx", "odt", "txt", "epub", "json"].contains(part.lowercased())
    }
}
