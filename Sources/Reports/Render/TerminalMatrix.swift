/// The matrix as plain text for a terminal: a row per state, one symbol per article, readiness at the end.
public enum TerminalMatrix {
    public static func render(_ matrix: Matrix) -> String {
        let nameWidth = max(5, matrix.rows.map(\.stateName.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        // Article numbers written vertically above their column when they have two digits or more.
        let digits = matrix.articles.map(\.article.count).max() ?? 1
        var lines: [String] = []
        for line in 0..<digits {
            let header = matrix.articles.map { article -> String in
                let characters = Array(article.article)
                let offset = digits - characters.count
                return line < offset ? " " : String(characters[line - offset])
            }.joined()
            lines.append(pad(line == digits - 1 ? "State" : "", nameWidth) + "  " + header + "  " + (line == digits - 1 ? "Ready" : ""))
        }
        for row in matrix.rows {
            let readiness = row.readiness.map { "\($0)%" } ?? "–"
            lines.append(pad(row.stateName, nameWidth) + "  " + row.cells.map(\.status.symbol).joined() + "  " + readiness)
        }
        lines.append("")
        lines.append(ArticleStatus.allCases.map { "\($0.symbol) \($0.label.lowercased())" }.joined(separator: "  "))
        return lines.joined(separator: "\n") + "\n"
    }
}
