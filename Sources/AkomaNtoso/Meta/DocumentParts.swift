/// The document body, its hierarchy, and the documents nested in it.
extension Document {
    /// Body element names of the twelve document types.
    static let bodyNames: Set<String> = [
        "body", "mainBody", "debateBody", "judgmentBody", "amendmentBody", "collectionBody", "portionBody",
    ]

    /// The body (`body`, `mainBody`, `debateBody`, `judgmentBody`, `amendmentBody`, `collectionBody`,
    /// `portionBody`).
    public var body: Element? {
        documentElement?.elements.first { Self.bodyNames.contains($0.name) }
    }

    /// The outermost hierarchy nodes of the body, in order (looking through non-hierarchy wrappers).
    public var hierarchy: [Hierarchy] {
        guard let body else { return [] }
        return Hierarchy.outermost(in: body)
    }

    /// Nested documents: `components/component` (under the root, as the OASIS examples place them, or under the
    /// document element) and documents held inline by a `collectionBody` component. Each is a `Document` whose
    /// `root` is the `<component>` element.
    public var components: [Document] {
        var wrappers: [Element] = []
        for parent in [root, documentElement].compactMap({ $0 }) {
            for list in parent.children(named: "components") { wrappers += list.children(named: "component") }
        }
        if let body, body.name == "collectionBody" {
            wrappers += body.children(named: "component")
        }
        return wrappers.map(Document.init(root:)).filter { $0.documentElement != nil }
    }

    /// `attachments/attachment` of the document element (annexes, schedules), each a `Document` whose `root` is
    /// the `<attachment>` element; attachments may have attachments of their own.
    public var attachments: [Document] {
        (documentElement?.children(named: "attachments") ?? []).flatMap { $0.children(named: "attachment") }
            .map(Document.init(root:)).filter { $0.documentElement != nil }
    }

    /// The work FRBR URI (`FRBRWork/FRBRuri`), as written.
    public var workURI: String? { meta?.work?.uri }
    /// The expression FRBR URI (`FRBRExpression/FRBRuri`), as written.
    public var expressionURI: String? { meta?.expression?.uri }
    /// The expression's main language.
    public var language: String? { meta?.expression?.language }
}

/// A hierarchical unit (`chapter`, `article`, `section`, `paragraph`, `hcontainer` ... all 28 names) as a view
/// on its element: identifiers as given, the parts AKN defines for it, and the hierarchy under it.
public struct Hierarchy: Sendable, Hashable {
    public let element: Element
    public let level: HierarchyLevel

    /// Nil when the element is not a hierarchy level.
    public init?(_ element: Element) {
        guard let level = HierarchyLevel(rawValue: element.name) else { return nil }
        self.element = element
        self.level = level
    }

    public var eId: String? { element[attribute: "eId"] }
    /// The pre-3.0 identifier (`id=`), kept by older publishers.
    public var id: String? { element[attribute: "id"] }
    public var wId: String? { element[attribute: "wId"] }
    public var guid: String? { element[attribute: "GUID"] }

    public var num: Element? { element.child("num") }
    public var heading: Element? { element.child("heading") }
    public var subheading: Element? { element.child("subheading") }
    public var intro: Element? { element.child("intro") }
    public var content: Element? { element.child("content") }
    public var wrapUp: Element? { element.child("wrapUp") }
    /// `crossHeading`s between the children.
    public var crossHeadings: [Element] { element.children(named: "crossHeading") }

    /// The number as printed, whitespace folded (`Section 3`, `(a)`).
    public var numText: String? { num.map(PlainText.inline) }
    /// The heading's text, whitespace folded, without notes.
    public var headingText: String? { heading.map(PlainText.inline) }

    /// The hierarchy nodes directly under this one, in order.
    public var children: [Hierarchy] { element.elements.compactMap(Hierarchy.init) }

    /// The outermost hierarchy nodes under `element`, looking through wrappers that are not hierarchy levels.
    static func outermost(in element: Element) -> [Hierarchy] {
        var found: [Hierarchy] = []
        for child in element.elements where child.name != "meta" {
            if let node = Hierarchy(child) {
                found.append(node)
            } else if !Document.isNestedDocumentContainer(child.name) {
                found += outermost(in: child)
            }
        }
        return found
    }
}

extension Document {
    static func isNestedDocumentContainer(_ name: String) -> Bool {
        ["components", "component", "attachments", "attachment", "quotedStructure", "embeddedStructure"].contains(name)
    }
}
