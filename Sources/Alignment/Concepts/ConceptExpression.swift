/// How an element of an instrument is shown in a provision, in terms of concepts: one concept (`access`), or
/// several that must stand together in one sentence: joined by ` + ` within the mapper's proximity
/// (`"preserve + traffic-data"`: the power and its object said together, not in unrelated sentences), or by ` ~ `
/// close after the first one, within a few words (`"damage ~ computer-system"`: the system itself damaged, not
/// the data in it).
public struct ConceptExpression: Sendable, Hashable, CustomStringConvertible {
    /// Concept ids, at least one; the first is the anchor the others are measured from.
    public let concepts: [String]
    /// For each concept after the first: true when it must stand close to the first (` ~ `).
    public let close: [Bool]

    /// Nil when the text names no concept or has stray operators.
    public init?(_ text: String) {
        guard Self.problem(in: text) == nil else { return nil }
        var concepts: [String] = []
        var close: [Bool] = []
        var current = ""
        for character in text {
            if character == "+" || character == "~" {
                concepts.append(current.trimmingCharacters(in: .whitespaces))
                close.append(character == "~")
                current = ""
            } else {
                current.append(character)
            }
        }
        concepts.append(current.trimmingCharacters(in: .whitespaces))
        self.concepts = concepts
        self.close = close
    }

    public var description: String {
        zip(concepts.dropFirst(), close).reduce(concepts[0]) { $0 + ($1.1 ? " ~ " : " + ") + $1.0 }
    }

    /// Why `text` is not an expression, or nil when it is one.
    public static func problem(in text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "+" || $0 == "~" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.contains(where: \.isEmpty) { return "concept expression '\(text)' has an empty part (write 'a + b' or 'a ~ b')" }
        if let bad = parts.first(where: { $0.contains(" ") }) {
            return "concept expression '\(text)': '\(bad)' is not one concept id (join concepts with ' + ' or ' ~ ')"
        }
        return nil
    }
}
