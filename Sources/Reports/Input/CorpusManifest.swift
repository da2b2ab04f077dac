import Alignment
import DataFiles
import Yams

/// `Mappings/corpus.yaml`: which documents of the corpus are in force, what replaced what, what each document
/// contains, and which comparisons to publish.
///
/// A state's corpus is every document of its country (`FRBRcountry`). A document is in force unless its entry
/// says otherwise:
/// - `status: repealed` or `status: superseded` with `superseded_by`: a law repealed by another, or an expression
///   replaced by a later consolidated one. It leaves the gap analysis and is compared with its successor
///   automatically (`comparisons/`).
/// - `status: consolidated` with `superseded_by`: an amending act whose changes are already in the consolidated
///   text of the law it amends. It leaves the gap analysis and is not compared (its provisions are the same text).
///
/// What a document contains decides whether an article absent from it is missing or only not found in the corpus:
/// - `kinds`: the kinds of legal text it is (`cybercrime-act`, `penal-code-special-part`, `criminal-procedure`...;
///   see `TextKind`). The instrument says in which kinds each article is normally found (`found_in`).
/// - `contains`: `whole` (the complete text of those kinds) or `excerpt` (some parts, named in `parts`). Without
///   it, the source's completeness line decides (recorded in the AKN metadata by the importer): `complete...` is
///   whole, anything else an excerpt.
/// An article is missing only where an in-force document is the whole text of a kind the article is found in.
///
/// An entry names a work URI (all its expressions) or one expression URI; the most specific entry wins.
///
/// ```yaml
/// documents:
///   - work: /akn/cl/act/1993-06-07/19223
///     status: repealed
///     superseded_by: /akn/cl/act/2022-06-20/21459
///     kinds: [cybercrime-act]
///     short_title: Ley 19.223
///   - work: /akn/mx/act/1999-05-17/codigo-penal-federal
///     kinds: [penal-code-special-part]
///     contains: excerpt
///     parts: "Book Two, Title Nine (arts. 210 to 211 bis 7)"
/// comparisons:
///   - from: state:cl
///     to: state:pe
/// ```
public struct CorpusManifest: Sendable, Hashable {
    public let documents: [Entry]
    public let comparisons: [ComparisonRequest]

    public init(documents: [Entry] = [], comparisons: [ComparisonRequest] = []) {
        self.documents = documents
        self.comparisons = comparisons
    }

    public struct Entry: Sendable, Hashable {
        /// The FRBR work URI of the document (its expression URI is accepted too).
        public let work: String
        public let status: Status
        public let supersededBy: String?
        /// The kinds of legal text the document is; empty when undeclared (then it proves no absence).
        public let kinds: [TextKind]
        /// Whole text or excerpt; nil: the source's completeness line decides.
        public let contains: Extent?
        /// For an excerpt, the parts it holds, as a reader would name them.
        public let parts: String?
        /// How reports cite the document (`Ley 21.459`), when its title is too long for a table.
        public let shortTitle: String?

        public init(
            work: String, status: Status = .inForce, supersededBy: String? = nil, kinds: [TextKind] = [],
            contains: Extent? = nil, parts: String? = nil, shortTitle: String? = nil
        ) {
            self.work = work
            self.status = status
            self.supersededBy = supersededBy
            self.kinds = kinds
            self.contains = contains
            self.parts = parts
            self.shortTitle = shortTitle
        }

        public var inForce: Bool { status == .inForce }
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case inForce = "in-force"
        case repealed, superseded, consolidated
    }

    /// Whether a corpus document is the whole text of its kinds or only some of its parts.
    public enum Extent: String, Sendable, Hashable, Codable, CaseIterable {
        case whole, excerpt
    }

    static let fileKeys = ["documents", "comparisons"]
    static let entryKeys = ["work", "status", "superseded_by", "kinds", "contains", "parts", "short_title"]
    static let comparisonKeys = ["from", "to"]

    /// Reads the YAML text of `Mappings/corpus.yaml` (`file` names it in messages); every problem found is
    /// reported, each at its `file:line:column`. An empty file is an empty manifest.
    public init(yaml text: String, file: String = "Mappings/corpus.yaml") throws(DataFileErrors) {
        var checker = YAMLChecker(file: file)
        guard let root = checker.compose(text, allowEmpty: true) else {
            self = try checker.checked(CorpusManifest())
            return
        }
        guard let top = checker.mapping(root, "a corpus manifest", keys: Self.fileKeys) else {
            throw DataFileErrors(checker.diagnostics)
        }
        var documents: [Entry] = []
        var seen: [String: Int] = [:]
        for node in checker.sequence(top, "documents") {
            guard let entry = Self.entry(node, checker: &checker) else { continue }
            if let line = seen[entry.work] {
                checker.error("document '\(entry.work)' is listed twice (first at line \(line))", at: node)
            }
            seen[entry.work] = seen[entry.work] ?? node.mark?.line ?? 0
            documents.append(entry)
        }
        var comparisons: [ComparisonRequest] = []
        for node in checker.sequence(top, "comparisons") {
            guard let request = checker.mapping(node, "a comparison", keys: Self.comparisonKeys) else { continue }
            let from = Self.side(request, "from", checker: &checker)
            let to = Self.side(request, "to", checker: &checker)
            if let from, let to { comparisons.append(ComparisonRequest(from: from, to: to)) }
        }
        self = try checker.checked(CorpusManifest(documents: documents, comparisons: comparisons))
    }

    private static func entry(_ node: Yams.Node, checker: inout YAMLChecker) -> Entry? {
        guard let unnamed = checker.mapping(node, "a document entry") else { return nil }
        guard let work = checker.string(unnamed, "work", required: true) else { return nil }
        let entry = unnamed.named("the entry of '\(work)'")
        // `scope` (the former way to say what a document could contain) gets its own message below.
        checker.checkKeys(entry, allowed: entryKeys + ["scope"])
        if !work.hasPrefix("/akn/") {
            checker.error("'work' must be an AKN work or expression URI (/akn/...), not '\(work)'", at: entry["work"])
        }
        let supersededBy = checker.string(entry, "superseded_by")
        let status = checker.choice(entry, "status", as: Status.self) ?? (supersededBy == nil ? .inForce : .repealed)
        if supersededBy == nil, status == .superseded || status == .consolidated {
            checker.error("\(entry.what) is \(status.rawValue) but names no 'superseded_by'", at: entry["status"])
        }
        if supersededBy != nil, status == .inForce {
            checker.error("\(entry.what) is in force but names a 'superseded_by'", at: entry["superseded_by"])
        }
        if entry["scope"] != nil {
            checker.error(
                "'scope' is no longer read: say what \(entry.what) contains with 'kinds' (the kinds of legal text it "
                    + "is) and 'contains' (whole or excerpt, with 'parts')", at: entry["scope"])
        }
        let kinds = checker.choices(entry, "kinds", as: TextKind.self)
        let contains = checker.choice(entry, "contains", as: Extent.self)
        let parts = checker.string(entry, "parts")
        if parts != nil, contains == .whole {
            checker.error("\(entry.what) contains the whole text but names 'parts'", at: entry["parts"])
        }
        return Entry(
            work: work, status: status, supersededBy: supersededBy, kinds: kinds, contains: contains, parts: parts,
            shortTitle: checker.string(entry, "short_title"))
    }

    /// `state:cl` or a work or expression URI.
    private static func side(_ request: YAMLChecker.Mapping, _ key: String, checker: inout YAMLChecker) -> String? {
        guard let value = checker.string(request, key, required: true) else { return nil }
        guard value.hasPrefix("/akn/") || (value.hasPrefix("state:") && value.count > "state:".count) else {
            checker.error("'\(key)' in a comparison must be state:<cc> or an AKN URI, not '\(value)'", at: request[key])
            return nil
        }
        return value
    }

    /// The entry for a document (by its expression URI): an entry naming that expression, else its work.
    public func entry(for uri: String) -> Entry? {
        documents.filter { uri == $0.work || uri.hasPrefix($0.work + "/") }.max { $0.work.count < $1.work.count }
    }
}
