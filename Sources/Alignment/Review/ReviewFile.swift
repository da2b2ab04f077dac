import DataFiles
import Foundation
import Yams

/// A file of expert decisions, `Mappings/reviews/<cc>.yaml` (all documents of a country) or one per document:
///
/// ```yaml
/// document: /akn/cl/act/2022-06-20/21459      # the decisions below are about this work (or one per decision)
/// decisions:
/// - provision: '2'                             # eId or number as printed (CP 269A)
///   article: '2'
///   decision: confirmed                        # confirmed | rejected | added
///   coverage: full                             # optional: full | partial
///   note: requires overcoming security measures (Art. 40 declaration needed)
///   reviewer: A. Expert
///   date: '2026-11-29'
///   text_sha256: 3f1c...                       # SHA-256 of the provision text the expert read
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

    static let fileKeys = ["document", "decisions"]
    static let decisionKeys = [
        "provision", "document", "article", "decision", "coverage", "note", "reviewer", "date", "text_sha256",
    ]

    /// Reads a review file (an empty one has no decisions); every problem found is reported, each at its
    /// `file:line:column`.
    public static func load(_ text: String, path: String) throws(ReviewErrors) -> ReviewFile {
        var checker = YAMLChecker(file: path)
        guard let root = checker.compose(text, allowEmpty: true) else {
            return try checker.checked(ReviewFile(path: path, document: nil, decisions: []))
        }
        guard let top = checker.mapping(root, "a review file", keys: fileKeys) else {
            throw DataFileErrors(checker.diagnostics)
        }
        let document = checker.string(top, "document")
        var decisions: [ReviewDecision] = []
        for node in checker.sequence(top, "decisions") {
            guard let entry = checker.mapping(node, "a decision", keys: decisionKeys) else { continue }
            if let decision = decision(entry, fileDocument: document, path: path, checker: &checker) {
                decisions.append(decision)
            }
        }
        return try checker.checked(ReviewFile(path: path, document: document, decisions: decisions))
    }

    private static func decision(
        _ entry: YAMLChecker.Mapping, fileDocument: String?, path: String, checker: inout YAMLChecker
    ) -> ReviewDecision? {
        let provision = checker.string(entry, "provision", required: true)
        let article = checker.string(entry, "article", required: true)
        let verdict = checker.choice(entry, "decision", as: ReviewDecision.Verdict.self, required: true)
        let coverage = checker.choice(entry, "coverage", as: Coverage.self)
        let note = checker.string(entry, "note")
        let reviewer = checker.string(entry, "reviewer", required: true)
        let date = checker.string(entry, "date", required: true)
        let hash = checker.string(entry, "text_sha256", required: true)
        let document = checker.string(entry, "document") ?? fileDocument
        if let date, !isISODate(date) {
            checker.error("'date' in a decision must be an ISO date (YYYY-MM-DD), not '\(date)'", at: entry["date"])
        }
        if let hash, hash.count != 64 || !hash.allSatisfy(\.isHexDigit) {
            checker.error("'text_sha256' in a decision must be 64 hexadecimal digits", at: entry["text_sha256"])
        }
        if verdict == .added, coverage == nil, entry["coverage"] == nil {
            checker.error("an added pair needs a 'coverage' (full or partial)", at: entry.node)
        }
        if document == nil {
            checker.error(
                "decision names no document: give 'document' (an FRBR work or expression URI) here or at the top of "
                    + "the file", at: entry.node)
        }
        guard let provision, let article, let verdict, let reviewer, let date, let hash else { return nil }
        return ReviewDecision(
            document: document, provision: provision, article: article, verdict: verdict, coverage: coverage,
            note: note, reviewer: reviewer, date: date, textSHA256: hash.lowercased(), file: path,
            line: entry.node.mark?.line)
    }

    /// The file as YAML, decisions in the order given: what `lexalign review` writes. Written by Yams's emitter
    /// (no folding of long lines, non-ASCII as is, multi-line notes as literal blocks), so `load` of the result
    /// gives the same decisions back.
    public func yaml() -> String {
        var top: [(Node, Node)] = []
        if let document { top.append(("document", Self.scalar(document))) }
        top.append(("decisions", Node(decisions.map { Self.node($0, fileDocument: document) })))
        do {
            return try Yams.serialize(node: Node(top), width: -1, allowUnicode: true)
        } catch {
            // The emitter fails only on nodes it cannot represent; these are plain strings.
            preconditionFailure("cannot write a review file: \(error)")
        }
    }

    private static func node(_ decision: ReviewDecision, fileDocument: String?) -> Node {
        var pairs: [(Node, Node)] = [("provision", scalar(decision.provision))]
        if let document = decision.document, document != fileDocument { pairs.append(("document", scalar(document))) }
        pairs.append(("article", scalar(decision.article)))
        pairs.append(("decision", scalar(decision.verdict.rawValue)))
        if let coverage = decision.coverage { pairs.append(("coverage", scalar(coverage.rawValue))) }
        if let note = decision.note { pairs.append(("note", scalar(note))) }
        pairs.append(("reviewer", scalar(decision.reviewer)))
        pairs.append(("date", scalar(decision.date)))
        pairs.append(("text_sha256", scalar(decision.textSHA256)))
        return Node(pairs)
    }

    /// A string node that reads back as the same string: quoted where plain YAML would read a number or a date,
    /// a literal block when it has several lines (the emitter quotes it instead when a block cannot hold it).
    private static func scalar(_ text: String) -> Node {
        text.contains("\n") ? .scalar(.init(text, Tag(.str), .literal)) : .scalar(text.represented())
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

/// All problems found in one review file (the name the CLI catches; the type every data file loader throws).
public typealias ReviewErrors = DataFileErrors

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
