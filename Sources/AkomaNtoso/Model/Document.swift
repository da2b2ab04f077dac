/// An Akoma Ntoso document: the `<akomaNtoso>` root and the one document element under it.
///
/// The tree is kept whole (see `Element`); this type reads the typed facts off it.
public struct Document: Sendable, Hashable {
    /// The `<akomaNtoso>` element.
    public let root: Element

    public init(root: Element) {
        self.root = root
    }

    /// Wraps a document element (`<act>`, `<bill>`, ...) in an `<akomaNtoso>` root.
    public init(documentElement: Element) {
        self.root = Element(
            name: "akomaNtoso",
            namespaceDeclarations: [NamespaceDeclaration(prefix: nil, uri: AKNNamespace.v3)],
            children: [.element(documentElement)])
    }

    /// The element that says what kind of document this is (`<act>`, `<judgment>`, ...).
    public var documentElement: Element? {
        root.elements.first { DocumentType(rawValue: $0.name) != nil }
    }

    public var type: DocumentType? {
        documentElement.flatMap { DocumentType(rawValue: $0.name) }
    }

    /// The `name` attribute of the document element (e.g. `act name="ley"`), used as FRBR subtype hint.
    public var name: String? { documentElement?[attribute: "name"] }

    /// The `<meta>` block of the document element.
    public var metaElement: Element? { documentElement?.child("meta") }
}
