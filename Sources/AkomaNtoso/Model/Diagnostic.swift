/// A finding about an input: what is wrong and exactly where, in the `file:line:column: severity: message`
/// form that editors and CI logs understand.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .note: 0
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public let severity: Severity
    public let message: String
    public let file: String?
    public let line: Int?
    public let column: Int?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public init(_ severity: Severity, _ message: String, file: String? = nil, location: SourceLocation?) {
        self.init(severity, message, file: file, line: location?.line, column: location?.column)
    }

    /// The same finding attributed to a file.
    public func inFile(_ file: String) -> Diagnostic {
        Diagnostic(severity, message, file: file, line: line, column: column)
    }

    public var description: String {
        var position = file ?? "<input>"
        if let line {
            position += ":\(line)"
            if let column { position += ":\(column)" }
        }
        return "\(position): \(severity.rawValue): \(message)"
    }
}
