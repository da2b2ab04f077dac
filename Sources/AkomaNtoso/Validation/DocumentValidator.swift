import Foundation

/// What `lexalign validate` does for one file: read it, validate it against a schema (when given one), run
/// lexalign's own rules, and say which of three outcomes it was.
public struct DocumentValidator: Sendable {
    public enum Outcome: String, Sendable, Codable {
        /// No errors (there may be warnings).
        case valid
        /// Read, but the schema or a rule found errors.
        case invalid
        /// Not read: missing, not well-formed, or refused by the parser.
        case unreadable
    }

    public struct Report: Sendable {
        public let file: String
        public let outcome: Outcome
        /// Errors and warnings in file order (parser, then schema, then rules).
        public let diagnostics: [Diagnostic]
    }

    public let schema: XSDSchema?
    public let runsRules: Bool

    public init(schema: XSDSchema?, runsRules: Bool = true) {
        self.schema = schema
        self.runsRules = runsRules
    }

    public func validate(fileAt url: URL) -> Report {
        let file = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return Report(
                file: file, outcome: .unreadable,
                diagnostics: [Diagnostic(.error, "cannot read file: \(AKNParser.reason(error))", file: file)])
        }
        return validate(data, file: file)
    }

    public func validate(_ data: Data, file: String) -> Report {
        let parsed: ParsedDocument
        do {
            parsed = try AKNParser().parse(data, file: file)
        } catch {
            return Report(file: file, outcome: .unreadable, diagnostics: error.diagnostics)
        }
        var diagnostics = parsed.diagnostics
        if let schema {
            diagnostics += XSDValidator(schema: schema).validate(data, file: file)
        }
        if runsRules {
            diagnostics += RuleChecker().check(parsed.document).map { $0.diagnostic(file: file) }
        }
        let outcome: Outcome = diagnostics.contains { $0.severity == .error } ? .invalid : .valid
        return Report(file: file, outcome: outcome, diagnostics: diagnostics)
    }
}
