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
    /// The work date; empty for the rare URI without one (`/akn/us/usc/title_9`).
    public var date: String
    /// The work number; empty for the rare URI without one (`/akn/ke/debaterecord/2011-06-10`).
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
        var parts = uri.dropFirst("/akn/".count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
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
        // A doubled slash after the country (`/akn/it//bill/...`, in an OASIS example) is read past.
        if parts.first == "", parts.count > 1 { parts.removeFirst() }
        let documentType = parts.removeFirst()
        guard !documentType.isEmpty else { throw .missingPart("document type", uri: uri) }

        // Work part: [subtype [actor]] date number. Older examples leave out the date (`/akn/us/usc/title_9`) or
        // the number (`/akn/ke/debaterecord/2011-06-10`); both are then empty.
        let isTail: (String) -> Bool = { $0.hasPrefix("!") || $0.contains("@") || $0.hasPrefix(".") || $0.hasPrefix("~") }
        let date: String
        var number: String
        let between: [String]
        if let dateIndex = parts.firstIndex(where: Self.isDatePart) {
            between = Array(parts[..<dateIndex])
            date = parts[dateIndex]
            parts.removeFirst(dateIndex + 1)
            if let first = parts.first, !isTail(first) {
                number = first
                parts.removeFirst()
            } else {
                number = ""
            }
        } else {
            let workEnd = parts.firstIndex(where: isTail) ?? parts.count
            guard workEnd >= 1 else { throw .missingPart("date", uri: uri) }
            between = Array(parts[..<(workEnd - 1)])
            date = ""
            number = parts[workEnd - 1]
            parts.removeFirst(workEnd)
        }
        guard between.count <= 2, !between.contains(where: \.isEmpty) else { throw .malformedPart("subtype", uri: uri) }
        var portion: String?
        if let tilde = number.firstIndex(of: "~") {
            portion = String(number[number.index(after: tilde)...])
            number = String(number[..<tilde])
        }
        guard !number.isEmpty || !date.isEmpty else { throw .missingPart("number", uri: uri) }

        // Tail: expression, components (`!main`, or unmarked in older documents), portion (`~`), format (`.xml`).
        var format: String?
        if var last = parts.last, let dot = last.lastIndex(of: "."),
            Self.isFormatPart(last[last.index(after: dot)...])
        {
            format = String(last[last.index(after: dot)...])
            last = String(last[..<dot])
            parts[parts.count - 1] = last
            if last.isEmpty { parts.removeLast() }
        }
        var language: String?
        var versionDate: String?
        var components: [String] = []
        for var part in parts {
            if let tilde = part.firstIndex(of: "~") {
                guard portion == nil else { throw .malformedPart("portion", uri: uri) }
                portion = String(part[part.index(after: tilde)...])
                part = String(part[..<tilde])
                if part.isEmpty { continue }
            }
            if part.hasPrefix("!") {
                guard part.count > 1 else { throw .malformedPart("component", uri: uri) }
                components.append(String(part.dropFirst()))
            } else if language == nil, Self.isExpressionPart(part) {
                if let at = part.firstIndex(of: "@") {
                    language = String(part[..<at])
                    versionDate = String(part[part.index(after: at)...])
                } else {
                    language = part
                }
            } else if !part.isEmpty, !part.contains("@") {
                components.append(part)
            } else {
                throw .malformedPart(part.isEmpty ? "component" : "expression", uri: uri)
            }
        }
        self.init(
            country: country, locality: locality, documentType: documentType, subtype: between.first,
            actor: between.count == 2 ? between[1] : nil, date: date, number: number, language: language,
            versionDate: versionDate, components: components, portion: portion, format: format)
        let canonical = canonicalDescription
        if canonical != uri { verbatim = Verbatim(canonical: canonical, text: uri) }
    }

    /// `eng@2020-01-01`, `eng@`, `eng`, `es@20120505`: a language of letters, an optional `@version`.
    private static func isExpressionPart(_ part: String) -> Bool {
        let language = part.firstIndex(of: "@").map { part[..<$0] } ?? Substring(part)
        guard (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return part.contains("@") || language.allSatisfy(\.isLowercase)
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

    /// What the parsed text said, when it is not written the canonical way (an unmarked component, a portion
    /// before a component, a component before the expression): printed back as long as nothing was changed.
    private var verbatim: Verbatim?

    private struct Verbatim: Sendable, Hashable {
        let canonical: String
        let text: String
    }

    public static func == (lhs: FRBRURI, rhs: FRBRURI) -> Bool {
        lhs.canonicalDescription == rhs.canonicalDescription
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonicalDescription)
    }

    public var description: String {
        let canonical = canonicalDescription
        if let verbatim, verbatim.canonical == canonical { return verbatim.text }
        return canonical
    }

    /// The canonical spelling: `/akn/{country}[-{locality}]/{doctype}[/{subtype}[/{actor}]]/{date}/{number}
    /// [/{lang}@{version}][/!{component}...][~{portion}][.{format}]`.
    var canonicalDescription: String {
        var result = "/akn/\(country)"
        if let locality { result += "-\(locality)" }
        result += "/\(documentType)"
        if let subtype { result += "/\(subtype)" }
        if let actor { result += "/\(actor)" }
        if !date.isEmpty { result += "/\(date)" }
        if !number.isEmpty { result += "/\(number)" }
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
