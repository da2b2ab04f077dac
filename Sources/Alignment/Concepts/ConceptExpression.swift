/// How an element of an instrument is shown in a provision, in terms of concepts: one concept (`access`), or
/// several joined by ` + ` that must stand together in one sentence, within the mapper's proximity
/// (`"preserve + traffic-data"`: the power and its object said together, not in unrelated sentences).
public struct ConceptExpression: Sendable, Hashable, CustomStringConvertible {
    /// Concept ids, at least one.
    public let concepts: [String]

    public static let separator = " + "

    /// Nil when the text names no concept or has stray separators.
    public init?(_ text: String) {
        let parts = text.components(separatedBy: "+").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
        concepts = parts
    }

    public var description: String { concepts.joined(separator: Self.separator) }

    /// Why `text` is not an expression, or nil when it is one.
    public static func problem(in text: String) -> String? {
        let parts = text.components(separatedBy: "+").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.contains(where: \.isEmpty) { return "concept expression '\(text)' has an empty part (write 'a + b')" }
        if let bad = parts.first(where: { $0.contains(" ") }) {
            return "concept expression '\(text)': '\(bad)' is not one concept id (join concepts with ' + ')"
        }
        return nil
    }
}
