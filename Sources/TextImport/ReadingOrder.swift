import AkomaNtoso

/// The text of an imported document in the order it was printed: what "nothing lost" compares with the input.
///
/// AKN puts `<num>` before `<heading>`; a heading printed above its number (`Furto` / `Art. 155.`) is marked
/// with `class="headingAbove"` so that the printed order can be read back.
public enum ReadingOrder {
    public static let headingAboveClass = "headingAbove"

    /// Statutory text and editorial notes, blocks on their own lines, without metadata and cover page.
    public static func text(of document: Document) -> String {
        guard let act = document.documentElement else { return "" }
        let content = act.replacingChildren(
            act.children.filter { node in node.element.map { !["meta", "coverPage"].contains($0.name) } ?? true })
        return PlainText.text(of: reordered(content), includingNotes: true)
    }

    private static func reordered(_ element: Element) -> Element {
        var children = element.children.map { node -> Node in
            if case .element(let child) = node { return .element(reordered(child)) }
            return node
        }
        if let headingIndex = children.firstIndex(where: {
            $0.element.map { $0.name == "heading" && $0[attribute: "class"] == headingAboveClass } ?? false
        }) {
            let heading = children.remove(at: headingIndex)
            children.insert(heading, at: 0)
        }
        return element.replacingChildren(children)
    }
}
