/// What a walker wants after seeing an element.
public enum WalkAction: Sendable {
    case visitChildren
    case skipChildren
}

/// Walks an element tree depth first, in document order. Implement the two hooks you need; `path` is the chain
/// of ancestors from the root down to the element's parent.
public protocol DocumentWalker {
    mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction
    mutating func didVisit(_ element: Element, path: [Element])
}

extension DocumentWalker {
    public mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction { .visitChildren }
    public mutating func didVisit(_ element: Element, path: [Element]) {}

    /// Walks the tree under `root`, `root` included.
    public mutating func walk(_ root: Element) {
        var path: [Element] = []
        walk(root, path: &path)
    }

    private mutating func walk(_ element: Element, path: inout [Element]) {
        if willVisit(element, path: path) == .visitChildren {
            path.append(element)
            for case .element(let child) in element.children {
                walk(child, path: &path)
            }
            path.removeLast()
        }
        didVisit(element, path: path)
    }
}
