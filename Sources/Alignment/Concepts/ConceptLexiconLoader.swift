import AkomaNtoso
import DataFiles
import Yams

/// Reads and checks a concept lexicon (`Mappings/lexicons/<language>.yaml`) through the one YAML checker: every
/// problem is reported with its file, line and column, unknown keys are refused with a suggestion, and each term
/// must be a phrase the mapper can read (`SignalSyntax`).
public enum ConceptLexiconLoader {
    public struct Result: Sendable {
        public let lexicon: ConceptLexicon?
        public let diagnostics: [Diagnostic]
    }

    static let topKeys = ["language", "concepts"]
    static let conceptKeys = ["terms", "note"]

    /// Parses `text`, the contents of `file` (its base name must be the language code: `es.yaml`).
    public static func load(_ text: String, file: String) -> Result {
        var checker = YAMLChecker(file: file)
        guard let root = checker.compose(text),
            let top = checker.mapping(root, "a concept lexicon", keys: topKeys)
        else { return Result(lexicon: nil, diagnostics: checker.diagnostics) }
        let language = checker.choice(top, "language", as: Language.self, required: true)
        if let language {
            let stem = InstrumentLoader.fileStem(file)
            if !stem.isEmpty, stem != language.rawValue {
                checker.error(
                    "lexicon language '\(language.rawValue)' does not match the file name '\(stem).yaml'",
                    at: top["language"])
            }
        }
        var concepts: [ConceptLexicon.Concept] = []
        if let node = top["concepts"], node.null == nil {
            if let entries = checker.mapping(node, "the concepts") {
                for (key, value) in entries.entries {
                    guard let id = key.scalar?.string else {
                        checker.error("a concept id must be a single word", at: key)
                        continue
                    }
                    if !InstrumentLoader.isKebabCase(id) {
                        checker.error("concept id '\(id)' must be kebab-case (a-z, 0-9, '-')", at: key)
                    }
                    guard let concept = checker.mapping(value, "concept '\(id)'", keys: conceptKeys) else { continue }
                    let note = checker.string(concept, "note")
                    var terms: [String] = []
                    var seen: [String: Yams.Node] = [:]
                    for (term, termNode) in checker.strings(concept, "terms", required: true) {
                        if let problem = SignalSyntax.problem(in: term) {
                            checker.error("\(problem) (concept '\(id)')", at: termNode)
                            continue
                        }
                        if let earlier = seen[term] {
                            checker.warning(
                                "term '\(term)' of concept '\(id)' is listed twice (first at line \(earlier.mark?.line ?? 0))",
                                at: termNode)
                            continue
                        }
                        seen[term] = termNode
                        if SignalSyntax.isLong(term) {
                            checker.warning(
                                "term '\(term)' of concept '\(id)' is long; statutes rarely repeat more than a few words",
                                at: termNode)
                        }
                        terms.append(term)
                    }
                    if concept["terms"] != nil, terms.isEmpty, concept["terms"]?.sequence?.isEmpty == true {
                        checker.error("concept '\(id)' has no terms", at: concept["terms"])
                    }
                    concepts.append(ConceptLexicon.Concept(id: id, terms: terms, note: note))
                }
            }
        } else {
            checker.error("a concept lexicon has no 'concepts'", at: top.node)
        }
        if language != nil {
            for role in RoleConcept.allCases where !concepts.contains(where: { $0.id == role.rawValue }) {
                checker.error(
                    "the lexicon has no concept '\(role.rawValue)' (the mapper reads provisions' roles with it: \(role.purpose))",
                    at: top["concepts"] ?? top.node)
            }
        }
        let lexicon = checker.hasErrors || language == nil ? nil : ConceptLexicon(language: language!, concepts: concepts)
        return Result(lexicon: lexicon, diagnostics: checker.diagnostics)
    }
}
