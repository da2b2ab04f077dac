import Foundation
import Yams

/// A file of expert decisions, `Mappings/reviews/<cc>.yaml` (all documents of a country) or one per document:
///
/// ```yaml
/// document: /akn/cl/act/2022-06-20/21459      # the decisions below are about this work (or one per decision)
/// decisions:
///   - provision: "2"                           # eId or number as printed (CP 269A)
///     article: "2"
///     decision: confirmed                      # confirmed | rejected | added
///     coverage: full                           # optional: full | partial
///     note: requires overcoming security measures (Art. 40 declaration needed)
///     reviewer: A. Expert
///     date: 2026-11-29
///     text_sha256: 3f1c...                     # SHA-256 of the provision text the expert read
/// ```
public struct ReviewFile: Sendable, Hashable {
    public let path: String
    public let document: String?
    public let decisions: [ReviewDecision]

    public init(path: String, document: String?, decisions: [ReviewDecision]) {
        self.path = path
        self.document = document
        self.decisions = decisions
    }

    /// A problem in a review file, with where it is.
    public struct LoadError: Error, CustomStringConvertible, Sendable, Hashable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): error: \(message)" }
    }

    /// Reads a review file; every problem found is reported (not just the first).
    public static func load(_ text: String, path: String) throws(ReviewErrors) -> ReviewFile {
        var errors: [LoadError] = []
        func fail(_ message: String, _ node: Node?) {
            errors.append(LoadError(file: path, line: node?.mark.map { $0.line } ?? 1, message: message))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ReviewErrors(errors: [LoadError(file: path, line: Self.line(of: error), message: "not valid YAML: \(Self.reason(error))")])
        } catch {
            throw ReviewErrors(errors: [LoadError(file: path, line: 1, message: "not valid YAML: \(error)")])
        }
        guard let root else { return ReviewFile(path: path, document: nil, decisions: []) }
        guard let mapping = root.mapping else {
            throw ReviewErrors(errors: [LoadError(file: path, line: root.mark?.line ?? 1, message: "expected a mapping with 'decisions'")])
        }
        for (key, value) in mapping where !["document", "decisions"].contains(key.string ?? "") {
            fail("unknown key '\(key.string ?? "?")' (expected 'document', 'decisions')", key)
            _ = value
        }
        let document = mapping["document"]?.string
        var decisions: [ReviewDecision] = []
        let allowed: Set<String> = [
            "document", "provision", "article", "decision", "coverage", "note", "reviewer", "date", "text_sha256",
        ]
        if let list = mapping["decisions"] {
            guard let sequence = list.sequence else {
                fail("'decisions' must be a list", list)
                throw ReviewErrors(errors: errors)
            }
            for item in sequence {
                guard let entry = item.mapping else {
                    fail("each decision must be a mapping", item)
                    continue
                }
                for key in entry.keys where !allowed.contains(key.string ?? "") {
                    fail("unknown key '\(key.string ?? "?")' in a decision", key)
                }
                func required(_ key: String) -> String? {
                    guard let value = entry[key] else {
                        fail("decision lacks '\(key)'", item)
                        return nil
                    }
                    guard let string = value.string, !string.isEmpty else {
                        fail("'\(key)' must be a non-empty string", value)
                        return nil
                    }
                    return string
                }
                let provision = required("provision")
                let article = required("article")
                let verdictText = required("decision")
                let reviewer = required("reviewer")
                let date = required("date")
                let hash = required("text_sha256")
                var verdict: ReviewDecision.Verdict?
                if let verdictText {
                    verdict = ReviewDecision.Verdict(rawValue: verdictText)
                    if verdict == nil {
                        fail("decision must be confirmed, rejected or added, not '\(verdictText)'", entry["decision"])
                    }
                }
                var coverage: Coverage?
                if let node = entry["coverage"] {
                    coverage = node.string.flatMap(Coverage.init(rawValue:))
                    if coverage == nil { fail("coverage must be full or partial", node) }
                }
                if let hash, hash.count != 64 || !hash.allSatisfy({ $0.isHexDigit }) {
                    fail("text_sha256 must be 64 hexadecimal digits", entry["text_sha256"])
                }
                if let date, !Self.isISODate(date) { fail("date must be YYYY-MM-DD, not '\(date)'", entry["date"]) }
                if verdict == .added && coverage == nil { fail("an added pair needs a coverage", item) }
                if entry["document"]?.string == nil && document == nil {
                    fail("decision names no document: give 'document' (an FRBR work or expression URI) here or at the top of the file", item)
                }
                if let provision, let article, let verdict, let reviewer, let date, let hash {
                    decisions.append(
                        ReviewDecision(
                            document: entry["document"]?.string ?? document, provision: provision, article: article,
                            verdict: verdict, coverage: coverage, note: entry["note"]?.string, reviewer: reviewer,
                            date: date, textSHA256: hash.lowercased(), file: path, line: item.mark?.line))
                }
            }
        }
        if !errors.isEmpty { throw ReviewErrors(errors: errors) }
        return ReviewFile(path: path, document: document, decisions: decisions)
    }

    /// The file as YAML, decisions in the order given: what `lexalign review` writes.
    public func yaml() -> String {
        var lines: [String] = []
        if let document { lines.append("document: \(Self.quoted(document))") }
        lines.append("decisions:")
        for decision in decisions {
            lines.append("  - provision: \(Self.quoted(decision.provision))")
            if let document = decision.document, document != self.document {
                lines.append("    document: \(Self.quoted(document))")
            }
            lines.append("    article: \(Self.quoted(decision.article))")
            lines.append("    decision: \(decision.verdict.rawValue)")
            if let coverage = decision.coverage { lines.append("    coverage: \(coverage.rawValue)") }
            if let note = decision.note { lines.append("    note: \(Self.quoted(note))") }
            lines.append("    reviewer: \(Self.quoted(decision.reviewer))")
            lines.append("    date: \(Self.quoted(decision.date))")
            lines.append("    text_sha256: \(decision.textSHA256)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }

    static func reason(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}

/// All problems found in one review file.
public struct ReviewErrors: Error, CustomStringConvertible, Sendable {
    public let errors: [ReviewFile.LoadError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension ReviewFile {
    /// The decisions of these files about a document of `country`: a file named `<cc>.yaml` or `<cc>-*.yaml`
    /// speaks for its country's documents; a decision naming a document URI (in itself or at the top of its
    /// file) speaks for that document wherever it is written. The applier checks the URI.
    public static func decisions(in files: [ReviewFile], country: String?) -> [ReviewDecision] {
        files.flatMap { file -> [ReviewDecision] in
            let stem = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent.lowercased()
            let countryFile = country.map { stem == $0 || stem.hasPrefix($0 + "-") } ?? false
            return file.decisions.filter { countryFile || $0.document != nil }
        }
    }
}
