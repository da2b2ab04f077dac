/// A position in a source file, kept so that diagnostics can point at it.
///
/// Locations are ignored by `==`: two trees that say the same thing are equal wherever they came from.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A namespace-qualified attribute, kept in document order so that writing is deterministic.
public struct Attribute: Sendable, Hashable {
    public let name: String
    public let prefix: String?
    public let namespace: String?
    public let value: String

    public init(name: String, value: String, prefix: String? = nil, namespace: String? = nil) {
        self.name = name
        self.value = value
        self.prefix = prefix
        self.namespace = namespace
    }

    /// `prefix:name`, or `name` when unprefixed.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
}

/// An `xmlns` or `xmlns:prefix` declaration, kept where the source put it.
public struct NamespaceDeclaration: Sendable, Hashable {
    public let prefix: String?
    public let uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}

/// One node of a document tree. The tree is lossless: everything a publisher wrote survives a round trip,
/// including extension namespaces that lexalign does not interpret.
public enum Node: Sendable, Hashable {
    case element(Element)
    case text(String)
    case comment(String)
    /// Rare: kept out of line so that a node stays two words.
    indirect case processingInstruction(target: String, data: String)

    public var element: Element? {
        if case .element(let element) = self { return element }
        return nil
    }
}

/// An XML element as an immutable value. Typed views (`Hierarchy`, `Meta`, `Document`) are read off it.
///
/// The fields live in one shared, immutable object: copying an element (into a child list, a walker's path, a
/// provision's ancestors) costs one reference count, and a node in a child list is a few words, not the whole
/// element. It is still a value: nothing can change an element once made.
public struct Element: Sendable {
    private final class Storage: Sendable {
        let name: String
        let prefix: String?
        let namespace: String?
        let attributes: [Attribute]
        let namespaceDeclarations: [NamespaceDeclaration]
        let children: [Node]
        let location: SourceLocation?

        init(
            name: String, prefix: String?, namespace: String?, attributes: [Attribute],
            namespaceDeclarations: [NamespaceDeclaration], children: [Node], location: SourceLocation?
        ) {
            self.name = name
            self.prefix = prefix
            self.namespace = namespace
            self.attributes = attributes
            self.namespaceDeclarations = namespaceDeclarations
            self.children = children
            self.location = location
        }
    }

    private let storage: Storage

    /// Local name, e.g. `article`.
    public var name: String { storage.name }
    public var prefix: String? { storage.prefix }
    /// Namespace URI, or nil for no namespace.
    public var namespace: String? { storage.namespace }
    public var attributes: [Attribute] { storage.attributes }
    public var namespaceDeclarations: [NamespaceDeclaration] { storage.namespaceDeclarations }
    public var children: [Node] { storage.children }
    /// Where the start tag was found; nil for built trees. Not part of equality.
    public var location: SourceLocation? { storage.location }

    public init(
        name: String,
        prefix: String? = nil,
        namespace: String? = AKNNamespace.v3,
        attributes: [Attribute] = [],
        namespaceDeclarations: [NamespaceDeclaration] = [],
        children: [Node] = [],
        location: SourceLocation? = nil
    ) {
        storage = Storage(
            name: name, prefix: prefix, namespace: namespace, attributes: attributes,
            namespaceDeclarations: namespaceDeclarations, children: children, location: location)
    }

    /// `prefix:name`, or `name` when unprefixed.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    /// The value of an unprefixed attribute (AKN's own attributes are unqualified).
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// Child elements, in order.
    public var elements: [Element] { children.compactMap(\.element) }

    /// The first child element with this local name.
    public func child(_ name: String) -> Element? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// All child elements with this local name.
    public func children(named name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// The concatenated character data of this element and all its descendants, as written.
    public var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            case .comment, .processingInstruction: break
            }
        }
    }

    /// A copy with other children; everything else kept.
    public func replacingChildren(_ children: [Node]) -> Element {
        Element(
            name: name, prefix: prefix, namespace: namespace, attributes: attributes,
            namespaceDeclarations: namespaceDeclarations, children: children, location: location)
    }

    /// A copy with an attribute set (replaced in place, or appended).
    public func settingAttribute(_ name: String, to value: String) -> Element {
        var attributes = self.attributes
        if let index = attributes.firstIndex(where: { $0.name == name && $0.namespace == nil }) {
            attributes[index] = Attribute(name: name, value: value)
        } else {
            attributes.append(Attribute(name: name, value: value))
        }
        return Element(
            name: self.name, prefix: prefix, namespace: namespace, attributes: attributes,
            namespaceDeclarations: namespaceDeclarations, children: children, location: location)
    }
}

extension Element: Hashable {
    public static func == (lhs: Element, rhs: Element) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.name == rhs.name && lhs.prefix == rhs.prefix && lhs.namespace == rhs.namespace
            && lhs.attributes == rhs.attributes && lhs.namespaceDeclarations == rhs.namespaceDeclarations
            && lhs.children == rhs.children
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(namespace)
        hasher.combine(attributes)
        hasher.combine(children)
    }
}
