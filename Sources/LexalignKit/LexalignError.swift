import AkomaNtoso

/// Why a use case stopped: every line a user needs to fix it (`file:line:column: error: message`, in the order met)
/// and what kind of problem it is. The kit never prints; the CLI prints the lines and turns the kind into its exit
/// status, in one place.
public struct LexalignError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The call cannot be carried out as given: options that exclude each other, a value that names nothing.
        case usage
        /// An input's content is wrong: a malformed document, an invalid YAML file, a template that does not compile.
        case badInput
        /// A file or folder the call names does not exist or cannot be read (the Mappings folder, an instrument, a
        /// schema, the gold tables).
        case cannotRead
        /// An output file cannot be written.
        case cannotWrite
    }

    public let kind: Kind
    public let messages: [String]

    public init(_ kind: Kind, _ messages: [String]) {
        self.kind = kind
        self.messages = messages
    }

    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.init(kind, diagnostics.map(\.description))
    }

    public var description: String { messages.joined(separator: "\n") }
}
