import Foundation

extension DocumentOutline {
    /// A human-readable summary: identity, then one line per unit, indented by depth.
    public func renderedText() -> String {
        var lines: [String] = []
        let type = documentType.map { type in name.map { "\(type) (\($0))" } ?? type } ?? "(unknown)"
        lines.append("type: \(type)")
        lines.append("namespace: \(namespace ?? "(none)")")
        for (label, identification) in [("work", work), ("expression", expression), ("manifestation", manifestation)] {
            guard let identification else { continue }
            var line = "\(label): \(identification.uri ?? "(no FRBRuri)")"
            var details: [String] = []
            if let this = identification.this, this != identification.uri { details.append("this: \(this)") }
            if let date = identification.date { details.append("date: \(date)") }
            if !details.isEmpty { line += " (\(details.joined(separator: ", ")))" }
            lines.append(line)
        }
        lines.append("language: \(language ?? "(none)")")
        lines.append("outline: \(entries.count) units, \(provisionCount) provisions")
        for entry in entries {
            var line = String(repeating: "  ", count: entry.depth + 1) + entry.level
            if let num = entry.num, !num.isEmpty { line += " \(num)" }
            line += " [\(entry.eId ?? "no eId")]"
            if let heading = entry.heading, !heading.isEmpty { line += " \(heading)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON for machines: keys sorted, entries in document order, the same bytes on every run.
    public func renderedJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
