import AkomaNtoso
import Foundation
import Yams

/// The one reader of hand-edited YAML data files (instruments, parties, reviews, `corpus.yaml`, and any new one).
///
/// It walks the composed node tree and collects `file:line:column` diagnostics for everything a file gets wrong,
/// not just the first problem: experts edit these files and need to be sent to the exact place. A loader reads
/// each value through a typed accessor, which checks it on the way:
///
/// ```swift
/// var checker = YAMLChecker(file: path)
/// guard let root = checker.compose(text), let top = checker.mapping(root, "the file", keys: ["terms"]) else {
///     throw DataFileErrors(checker.diagnostics)
/// }
/// var terms: [Term] = []
/// for node in checker.sequence(top, "terms", required: true) {
///     guard let entry = checker.mapping(node, "a term", keys: ["id", "kind", "phrases"]) else { continue }
///     let id = checker.string(entry, "id", required: true)
///     let kind = checker.choice(entry, "kind", as: Term.Kind.self, required: true)
///     let phrases = checker.strings(entry, "phrases").map(\.value)
///     if let id, let kind { terms.append(Term(id: id, kind: kind, phrases: phrases)) }
/// }
/// return try checker.checked(terms)
/// ```
///
/// Unknown keys are errors, with a suggestion when one is close (`unknown key 'qualifer' in element 'access' of
/// Art. 2 (did you mean 'qualifier'?)`), so a misspelt key is never silently ignored.
public struct YAMLChecker {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: String, at node: Yams.Node?) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(.error, message, file: file, line: mark?.line ?? 1, column: mark?.column))
    }

    public mutating func warning(_ message: String, at node: Yams.Node?) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(.warning, message, file: file, line: mark?.line ?? 1, column: mark?.column))
    }

    /// `value` when the file has no errors so far; else every diagnostic, thrown as one error.
    public func checked<Value>(_ value: Value) throws(DataFileErrors) -> Value {
        guard !hasErrors else { throw DataFileErrors(diagnostics) }
        return value
    }

    // MARK: Parsing

    /// Parses `text` into a node tree, or records why it is not YAML (with the parser's position). An empty file
    /// (nothing but comments) is an error unless `allowEmpty`; then the result is nil with no diagnostic.
    public mutating func compose(_ text: String, allowEmpty: Bool = false) -> Yams.Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                if !allowEmpty { diagnostics.append(Diagnostic(.error, "empty file", file: file, line: 1)) }
                return nil
            }
            return root
        } catch let yamlError as YamlError {
            diagnostics.append(Self.diagnostic(for: yamlError, file: file))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, "bad YAML: \(error)", file: file, line: 1))
            return nil
        }
    }

    public static func diagnostic(for yamlError: YamlError, file: String) -> Diagnostic {
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            var message = "bad YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return Diagnostic(.error, message, file: file, line: mark.line, column: mark.column)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return located(problem, context, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().joined(separator: ", ")
            return Diagnostic(
                .error, "bad YAML: duplicate key(s) \(keys) in one mapping", file: file, line: context.mark.line,
                column: context.mark.column)
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "bad YAML: \(problem)", file: file, line: 1)
        default:
            return Diagnostic(.error, "bad YAML: \(yamlError)", file: file, line: 1)
        }
    }

    // MARK: Mappings

    /// A mapping of the file, with what it is for messages (`element 'access' of Art. 2`).
    public struct Mapping {
        public let node: Yams.Node
        public let entries: Yams.Node.Mapping
        /// How messages name it: `a decision`, `Art. 2`.
        public let what: String

        public subscript(key: String) -> Yams.Node? { entries[key] }

        /// The same mapping, named differently in messages (once its id is known).
        public func named(_ what: String) -> Mapping {
            Mapping(node: node, entries: entries, what: what)
        }
    }

    /// `node` as a mapping, or an error. With `keys`, every other key is reported (see `checkKeys`).
    public mutating func mapping(_ node: Yams.Node, _ what: String, keys: [String]? = nil) -> Mapping? {
        guard let entries = node.mapping else {
            error("\(what) must be a mapping (key: value lines)", at: node)
            return nil
        }
        let mapping = Mapping(node: node, entries: entries, what: what)
        if let keys { checkKeys(mapping, allowed: keys) }
        return mapping
    }

    /// Reports keys the file format does not know: a misspelt `qualifer:` would otherwise be silently ignored.
    public mutating func checkKeys(_ mapping: Mapping, allowed: [String]) {
        for (key, _) in mapping.entries {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                let shown = key.scalar?.string ?? "?"
                let hint = Self.suggestion(for: shown, among: allowed).map { "did you mean '\($0)'?" }
                    ?? "expected: \(allowed.joined(separator: ", "))"
                error("unknown key '\(shown)' in \(mapping.what) (\(hint))", at: key)
                continue
            }
        }
    }

    // MARK: Values

    /// A scalar value as text; nil (and an error when `required`) when absent, null or not a scalar. A required
    /// value must not be blank.
    public mutating func string(_ mapping: Mapping, _ key: String, required: Bool = false) -> String? {
        guard let value = mapping[key], value.null == nil else {
            if required { error("\(mapping.what) has no '\(key)'", at: mapping.node) }
            return nil
        }
        guard let scalar = value.scalar else {
            error("'\(key)' in \(mapping.what) must be a single value", at: value)
            return nil
        }
        if required, scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            error("'\(key)' in \(mapping.what) is empty", at: value)
            return nil
        }
        return scalar.string
    }

    /// `true` or `false`; nil when absent (an error when it is something else).
    public mutating func bool(_ mapping: Mapping, _ key: String) -> Bool? {
        guard let value = mapping[key], value.null == nil else { return nil }
        guard let bool = value.bool else {
            error("'\(key)' in \(mapping.what) must be true or false", at: value)
            return nil
        }
        return bool
    }

    /// A value that must be one of a closed vocabulary (section, kind, qualifier, status), by its raw value.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ mapping: Mapping, _ key: String, as type: Choice.Type, required: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        guard let raw = string(mapping, key, required: required) else { return nil }
        return choice(raw, as: type, key: key, in: mapping.what, at: mapping[key])
    }

    /// The items of a sequence value; empty (and an error when `required`) when absent.
    public mutating func sequence(_ mapping: Mapping, _ key: String, required: Bool = false) -> [Yams.Node] {
        guard let value = mapping[key], value.null == nil else {
            if required { error("\(mapping.what) has no '\(key)'", at: mapping.node) }
            return []
        }
        guard let sequence = value.sequence else {
            error("'\(key)' in \(mapping.what) must be a list", at: value)
            return []
        }
        return Array(sequence)
    }

    /// A list of scalars, each with its node (for the line of a bad item).
    public mutating func strings(
        _ mapping: Mapping, _ key: String, required: Bool = false
    ) -> [(value: String, node: Yams.Node)] {
        sequence(mapping, key, required: required).compactMap { item in
            guard let scalar = item.scalar else {
                error("items of '\(key)' in \(mapping.what) must be single values", at: item)
                return nil
            }
            return (scalar.string, item)
        }
    }

    /// A list of values of a closed vocabulary (`scope: [definitions, substantive]`); unknown items are errors.
    public mutating func choices<Choice: RawRepresentable & CaseIterable>(
        _ mapping: Mapping, _ key: String, as type: Choice.Type, required: Bool = false
    ) -> [Choice] where Choice.RawValue == String {
        strings(mapping, key, required: required).compactMap { raw, node in
            choice(raw, as: type, key: key, in: mapping.what, at: node)
        }
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ raw: String, as type: Choice.Type, key: String, in what: String, at node: Yams.Node?
    ) -> Choice? where Choice.RawValue == String {
        if let value = Choice(rawValue: raw) { return value }
        let names = Choice.allCases.map(\.rawValue)
        let hint = Self.suggestion(for: raw, among: names).map { "did you mean '\($0)'?" }
            ?? "expected one of: \(names.joined(separator: ", "))"
        error("unknown \(key) '\(raw)' in \(what) (\(hint))", at: node)
        return nil
    }

    // MARK: Decoding

    /// Decodes the checked tree into the model; a failure here is reported at the node the decoder stopped on.
    public mutating func decode<Value: Decodable>(_ type: Value.Type, from root: Yams.Node) -> Value? {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let decodingError as DecodingError {
            let (path, message) = Self.describe(decodingError)
            error(message, at: Self.node(at: path, in: root) ?? root)
            return nil
        } catch {
            self.error("cannot read the file: \(error)", at: root)
            return nil
        }
    }

    public static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context):
            return (context.codingPath, "missing '\(key.stringValue)'")
        @unknown default:
            return ([], "\(error)")
        }
    }

    /// The node a decoder coding path points to, as far as it can be followed.
    public static func node(at path: [any CodingKey], in root: Yams.Node) -> Yams.Node? {
        var current = root
        for key in path {
            if let index = key.intValue, let sequence = current.sequence, index < sequence.count {
                current = sequence[index]
            } else if let mapping = current.mapping, let next = mapping[key.stringValue] {
                current = next
            } else {
                break
            }
        }
        return current
    }

    // MARK: Suggestions

    /// The candidate `word` was most likely meant to be, if one is close: at most one edit (insertion, deletion,
    /// substitution or swap of neighbours) per three characters, ignoring case and `-`/`_`. Ties go to the
    /// earlier candidate.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let folded = fold(word)
        let limit = max(1, (folded.count + 2) / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    private static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().map { $0 == "-" ? "_" : $0 })
    }

    /// Optimal string alignment distance (Levenshtein with transpositions of adjacent characters).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

/// Every error found in one data file (loaders report them all, not just the first), one per line as
/// `file:line:column: error: message`.
public struct DataFileErrors: Error, CustomStringConvertible, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
