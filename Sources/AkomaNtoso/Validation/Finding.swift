/// A problem one of lexalign's own rules found in a document.
public struct Finding: Sendable, Hashable {
    /// The rule's name, e.g. `duplicate-eid`.
    public let rule: String
    public let severity: Diagnostic.Severity
    public let message: String
    public let location: SourceLocation?

    public init(rule: String, severity: Diagnostic.Severity, message: String, location: SourceLocation?) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The finding as a diagnostic for `file`, the rule named at the end of the message.
    public func diagnostic(file: String?) -> Diagnostic {
        Diagnostic(severity, "\(message) [\(rule)]", file: file, location: location)
    }
}

/// A check the XSD cannot express. Rules are visitors: the `RuleChecker` walks the tree once and shows every
/// element to every rule, in document order, with the chain of its ancestors.
public protocol ValidationRule {
    /// Short kebab-case name printed with each finding.
    var name: String { get }
    mutating func willVisit(_ element: Element, path: [Element], findings: inout [Finding])
    mutating func didVisit(_ element: Element, path: [Element], findings: inout [Finding])
}

extension ValidationRule {
    public mutating func didVisit(_ element: Element, path: [Element], findings: inout [Finding]) {}
}

/// Runs rules over a document.
public struct RuleChecker {
    public var rules: [any ValidationRule]

    /// lexalign's rules: duplicate eIds (error), FRBR identification consistency (warning), eIds that do not
    /// reflect the printed number (warning).
    public static var standardRules: [any ValidationRule] {
        [DuplicateEIdRule(), FRBRConsistencyRule(), NumberInEIdRule()]
    }

    public init(rules: [any ValidationRule] = RuleChecker.standardRules) {
        self.rules = rules
    }

    /// Every finding, ordered by position.
    public func check(_ document: Document) -> [Finding] {
        var walker = Walker(rules: rules)
        walker.walk(document.root)
        return walker.findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location.map { ($0.line, $0.column) } ?? (0, 0)
            let right = rhs.element.location.map { ($0.line, $0.column) } ?? (0, 0)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private struct Walker: DocumentWalker {
        var rules: [any ValidationRule]
        var findings: [Finding] = []

        mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction {
            for index in rules.indices { rules[index].willVisit(element, path: path, findings: &findings) }
            return .visitChildren
        }

        mutating func didVisit(_ element: Element, path: [Element]) {
            for index in rules.indices { rules[index].didVisit(element, path: path, findings: &findings) }
        }
    }
}
