/// The typed view of a document's `<meta>`: identification (FRBR), lifecycle, references and analysis.
///
/// Like every view, it reads the element tree when asked and keeps nothing else: build it as often as needed.
public struct Meta: Sendable, Hashable {
    public let element: Element

    public init(_ element: Element) {
        self.element = element
    }

    public var identification: Element? { element.child("identification") }

    /// The abstract law: the same work in every language and version.
    public var work: FRBRLevel? { identification?.child("FRBRWork").map(FRBRLevel.init) }
    /// One language version of the work at a date.
    public var expression: FRBRLevel? { identification?.child("FRBRExpression").map(FRBRLevel.init) }
    /// One file format of the expression.
    public var manifestation: FRBRLevel? { identification?.child("FRBRManifestation").map(FRBRLevel.init) }

    /// `<lifecycle>` events in document order (generation, amendment, repeal ...).
    public var lifecycle: [LifecycleEvent] {
        element.child("lifecycle")?.children(named: "eventRef").map(LifecycleEvent.init) ?? []
    }

    /// Everything declared in `<references>`: TLC ontology entries and the documents referred to.
    public var references: [Reference] {
        element.children(named: "references").flatMap(\.elements).map(Reference.init)
    }

    /// Modifications this document makes to others.
    public var activeModifications: [Modification] {
        element.child("analysis")?.child("activeModifications")?.elements.map(Modification.init) ?? []
    }

    /// Modifications other documents made to this one.
    public var passiveModifications: [Modification] {
        element.child("analysis")?.child("passiveModifications")?.elements.map(Modification.init) ?? []
    }
}

/// One FRBR level (`FRBRWork`, `FRBRExpression` or `FRBRManifestation`), as written: values that are not FRBR
/// URIs (legislation.gov.uk's `http://...` ones, placeholders) are kept as strings.
public struct FRBRLevel: Sendable, Hashable {
    public let element: Element

    public init(_ element: Element) {
        self.element = element
    }

    public struct DateEntry: Sendable, Hashable {
        public let date: String
        public let name: String?
    }

    public struct Author: Sendable, Hashable {
        public let href: String
        public let role: String?
    }

    public struct Alias: Sendable, Hashable {
        public let value: String
        public let name: String?
    }

    private func value(_ name: String, attribute: String = "value") -> String? {
        element.child(name)?[attribute: attribute]
    }

    public var this: String? { value("FRBRthis") }
    public var uri: String? { value("FRBRuri") }
    /// All `FRBRuri`s (a manifestation may list several).
    public var uris: [String] { element.children(named: "FRBRuri").compactMap { $0[attribute: "value"] } }
    public var dates: [DateEntry] {
        element.children(named: "FRBRdate").compactMap { entry in
            entry[attribute: "date"].map { DateEntry(date: $0, name: entry[attribute: "name"]) }
        }
    }
    /// The first `FRBRdate`.
    public var date: DateEntry? { dates.first }
    public var authors: [Author] {
        element.children(named: "FRBRauthor").compactMap { author in
            author[attribute: "href"].map { Author(href: $0, role: author[attribute: "as"]) }
        }
    }
    public var country: String? { value("FRBRcountry") }
    public var number: String? { value("FRBRnumber") }
    public var name: String? { value("FRBRname") }
    public var subtype: String? { value("FRBRsubtype") }
    /// `FRBRlanguage language=`: an expression's languages, first the main one.
    public var languages: [String] { element.children(named: "FRBRlanguage").compactMap { $0[attribute: "language"] } }
    public var language: String? { languages.first }
    public var aliases: [Alias] {
        element.children(named: "FRBRalias").compactMap { alias in
            alias[attribute: "value"].map { Alias(value: $0, name: alias[attribute: "name"]) }
        }
    }
    /// A manifestation's `FRBRformat` (a MIME type).
    public var format: String? { value("FRBRformat") }
    public var prescriptive: Bool? { value("FRBRprescriptive").map { $0 == "true" } }
    public var authoritative: Bool? { value("FRBRauthoritative").map { $0 == "true" } }

    /// `this` as an FRBR URI, when it is one.
    public var thisURI: FRBRURI? { this.flatMap { try? FRBRURI(parsing: $0) } }
    /// `uri` as an FRBR URI, when it is one.
    public var uriValue: FRBRURI? { uri.flatMap { try? FRBRURI(parsing: $0) } }
}

/// A lifecycle `eventRef`.
public struct LifecycleEvent: Sendable, Hashable {
    public let eId: String?
    public let date: String?
    /// `generation`, `amendment`, `repeal`.
    public let type: String?
    public let source: String?
    public let refersTo: String?

    public init(_ element: Element) {
        eId = element.identifier
        date = element[attribute: "date"]
        type = element[attribute: "type"]
        source = element[attribute: "source"]
        refersTo = element[attribute: "refersTo"]
    }
}

/// An entry of `<references>`: `TLCPerson`, `TLCOrganization`, `original`, `passiveRef`, `activeRef` ...
public struct Reference: Sendable, Hashable {
    /// The element name, e.g. `TLCOrganization`.
    public let kind: String
    public let eId: String?
    public let href: String?
    public let showAs: String?

    public init(_ element: Element) {
        kind = element.name
        eId = element.identifier
        href = element[attribute: "href"]
        showAs = element[attribute: "showAs"]
    }
}

/// A modification recorded in `<analysis>` (`textualMod`, `forceMod`, `efficacyMod` ...).
public struct Modification: Sendable, Hashable {
    /// The element name, e.g. `textualMod`.
    public let kind: String
    /// `substitution`, `insertion`, `repeal` ...
    public let type: String?
    public let eId: String?
    /// `source href`s: the provisions that make the change.
    public let sources: [String]
    /// `destination href`s: the provisions changed.
    public let destinations: [String]
    /// Dates or events it applies from (`force`, `efficacy`, `application` attributes).
    public let force: String?

    public init(_ element: Element) {
        kind = element.name
        type = element[attribute: "type"]
        eId = element.identifier
        sources = element.children(named: "source").compactMap { $0[attribute: "href"] }
        destinations = element.children(named: "destination").compactMap { $0[attribute: "href"] }
        force = element.child("force")?[attribute: "period"] ?? element[attribute: "period"]
    }
}

extension Document {
    /// The `<meta>` view, when the document has one.
    public var meta: Meta? { metaElement.map(Meta.init) }
}
