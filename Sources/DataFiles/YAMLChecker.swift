import AkomaNtoso
import Foundation
import Yams

/// Walks a composed YAML tree and collects `file:line:column` diagnostics for what a hand-edited mapping file gets
/// wrong. Checking the tree (rather than only decoding it) is what gives every error the line of the offending
/// node: experts edit these files and need to be sent to the exact place.
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

    /// Parses `text` into a node tree, or records why it is not YAML (with the parser's position).
    public mutating func compose(_ text: String) -> Yams.Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                diagnostics.append(Diagnostic(.error, "empty file", file: file, line: 1))
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

    // MARK: Shapes

    public mutating func mapping(_ node: Yams.Node, _ what: String) -> Yams.Node.Mapping? {
        guard let mapping = node.mapping else {
            error("\(what) must be a mapping (key: value lines)", at: node)
            return nil
        }
        return mapping
    }

    /// Reports keys the schema does not know: a misspelt `qualifer:` would otherwise be silently ignored.
    public mutating func checkKeys(_ mapping: Yams.Node.Mapping, allowed: [String], in what: String) {
        for (key, _) in mapping {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                let shown = key.scalar?.string ?? "?"
                error("unknown key '\(shown)' in \(what) (expected: \(allowed.joined(separator: ", ")))", at: key)
                continue
            }
        }
    }

    /// A scalar value as text; nil (and an error when `required`) when absent, null or not a scalar.
    public mutating func string(
        _ mapping: Yams.Node.Mapping, _ key: String, in what: String, at owner: Yams.Node, required: Bool
    ) -> String? {
        guard let value = mapping[key], value.null == nil else {
            if required { error("\(what) has no '\(key)'", at: owner) }
            return nil
        }
        guard let scalar = value.scalar else {
            error("'\(key)' in \(what) must be a single value", at: value)
            return nil
        }
        if required, scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            error("'\(key)' in \(what) is empty", at: value)
            return nil
        }
        return scalar.string
    }

    /// The items of a sequence value; empty (and an error when `required`) when absent.
    public mutating func sequence(
        _ mapping: Yams.Node.Mapping, _ key: String, in what: String, at owner: Yams.Node, required: Bool
    ) -> [Yams.Node] {
        guard let value = mapping[key], value.null == nil else {
            if required { error("\(what) has no '\(key)'", at: owner) }
            return []
        }
        guard let sequence = value.sequence else {
            error("'\(key)' in \(what) must be a list", at: value)
            return []
        }
        return Array(sequence)
    }

    /// A list of scalars, each with its node (for the line of a bad item).
    public mutating func strings(
        _ mapping: Yams.Node.Mapping, _ key: String, in what: String, at owner: Yams.Node, required: Bool = false
    ) -> [(value: String, node: Yams.Node)] {
        sequence(mapping, key, in: what, at: owner, required: required).compactMap { item in
            guard let scalar = item.scalar else {
                error("items of '\(key)' in \(what) must be single values", at: item)
                return nil
            }
            return (scalar.string, item)
        }
    }

    /// A value that must be one of a closed vocabulary (section, kind, qualifier, status).
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ mapping: Yams.Node.Mapping, _ key: String, as type: Choice.Type, in what: String, at owner: Yams.Node,
        required: Bool
    ) -> Choice? where Choice.RawValue == String {
        guard let raw = string(mapping, key, in: what, at: owner, required: required) else { return nil }
        guard let value = Choice(rawValue: raw) else {
            let expected = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            error("unknown \(key) '\(raw)' in \(what) (expected one of: \(expected))", at: mapping[key])
            return nil
        }
        return value
    }

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
}
