import AkomaNtoso

/// The list of texts a corpus is built from, with the header fields each needs supplied or overridden
/// (instruments without a header, a consolidated version sharing its date with the original). One entry per
/// line: the input path, then `KEY=VALUE` fields, tab-separated; `#` starts a comment line.
public struct CorpusManifest: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let input: String
        public let fields: [String: String]
        public let line: Int
    }

    public let entries: [Entry]

    public init(parsing text: String, file: String? = nil) throws(ImportError) {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        for (index, line) in LawText.splitLines(text).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var fields: [String: String] = [:]
            var column = columns[0].count + 2
            for field in columns.dropFirst() {
                if let equals = field.firstIndex(of: "="), equals != field.startIndex {
                    fields[String(field[..<equals])] = String(field[field.index(after: equals)...])
                } else {
                    diagnostics.append(
                        Diagnostic(.error, "expected KEY=VALUE, got '\(field)'", file: file, line: index + 1, column: column))
                }
                column += field.count + 1
            }
            entries.append(Entry(input: columns[0], fields: fields, line: index + 1))
        }
        guard diagnostics.isEmpty else { throw ImportError(diagnostics: diagnostics) }
        self.entries = entries
    }
}
