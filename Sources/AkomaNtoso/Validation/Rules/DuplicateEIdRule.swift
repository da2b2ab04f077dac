/// An eId must be unique within its document (the schema's `eId-*` unique constraints, which the lenient
/// schema drops): references and the mapper address provisions by eId. Each document element opens a scope
/// that covers everything under it, nested documents included, as the schema's `.//*` selector does.
public struct DuplicateEIdRule: ValidationRule {
    public let name = "duplicate-eid"
    private var scopes: [(depth: Int, seen: [String: SourceLocation?])] = []

    public init() {}

    public mutating func willVisit(_ element: Element, path: [Element], findings: inout [Finding]) {
        if DocumentType(rawValue: element.name) != nil {
            scopes.append((path.count, [:]))
        }
        guard let eId = element[attribute: "eId"], !scopes.isEmpty else { return }
        var reported = false
        for index in scopes.indices {
            if let first = scopes[index].seen[eId] {
                if !reported {
                    let where_ = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
                    findings.append(
                        Finding(
                            rule: name, severity: .error, message: "duplicate eId '\(eId)'\(where_)",
                            location: element.location))
                    reported = true
                }
            } else {
                scopes[index].seen[eId] = element.location
            }
        }
    }

    public mutating func didVisit(_ element: Element, path: [Element], findings: inout [Finding]) {
        if let last = scopes.last, last.depth == path.count, DocumentType(rawValue: element.name) != nil {
            scopes.removeLast()
        }
    }
}
