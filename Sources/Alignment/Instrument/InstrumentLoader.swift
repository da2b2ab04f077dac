import AkomaNtoso
import DataFiles
import Yams

/// Reads and validates an instrument mapping (`Mappings/instruments/<id>.yaml`).
///
/// The rules are the file format's, not one treaty's: which articles must carry signals, in which languages, and
/// which paragraphs accept declarations or reservations are all read from the file itself, so the same loader
/// serves the Budapest Convention, the UN Convention against Cybercrime or a model law.
public enum InstrumentLoader {
    /// The outcome of loading one file: the instrument when the file is usable (no errors), and every finding.
    public struct Result: Sendable {
        public let instrument: Instrument?
        public let diagnostics: [Diagnostic]
    }

    static let instrumentKeys = [
        "id", "title", "uri", "languages", "signals_required", "general_principles", "articles", "other_articles",
        "structure", "related_instruments", "reserves_at_joining_only",
    ]
    static let articleKeys = [
        "number", "title", "section", "declarations_allowed", "reservations_allowed", "serves_offences", "ancillary",
        "found_in", "assessed_on", "designation", "not_where", "elements",
    ]
    static let divisionKeys = ["chapter", "section", "title", "heading", "articles", "sections", "titles"]
    static let relatedKeys = ["id", "title"]
    static let elementKeys = [
        "id", "description", "kind", "qualifier", "paragraph", "covered_by", "implicit_ok", "concepts", "excluding",
        "narrower", "narrows_others", "narrows", "decisive", "stands_apart", "lists_tasks",
    ]

    /// Parses `text`, the contents of `file` (the path used in diagnostics; its base name must match the id).
    /// With `lexicons`, every concept an element names must be defined, and the concepts of `signals_required`
    /// articles must have terms in each of the instrument's `languages`.
    public static func load(_ text: String, file: String, lexicons: ConceptLexicons? = nil) -> Result {
        var checker = YAMLChecker(file: file)
        guard let root = checker.compose(text) else { return Result(instrument: nil, diagnostics: checker.diagnostics) }
        check(root, file: file, lexicons: lexicons, into: &checker)
        let instrument = checker.hasErrors ? nil : checker.decode(Instrument.self, from: root)
        return Result(instrument: instrument, diagnostics: unique(checker.diagnostics))
    }

    private static func check(_ root: Yams.Node, file: String, lexicons: ConceptLexicons?, into checker: inout YAMLChecker) {
        guard let document = checker.mapping(root, "an instrument file") else { return }
        let top = document.named("the instrument")
        checker.checkKeys(top, allowed: instrumentKeys)
        if let id = checker.string(top, "id", required: true) {
            let stem = fileStem(file)
            if !stem.isEmpty, stem != id {
                checker.error("instrument id '\(id)' does not match the file name '\(stem).yaml'", at: top["id"])
            }
        }
        _ = checker.string(top, "title", required: true)
        _ = checker.string(top, "uri")
        _ = checker.bool(top, "reserves_at_joining_only")
        let languageNodes = checker.strings(top, "languages")
        let languages = languageNodes.map(\.value)

        var numbers: [String: Yams.Node] = [:]
        let articles = checker.sequence(top, "articles", required: true)
        if top["articles"] != nil, articles.isEmpty { checker.error("the instrument has no articles", at: top["articles"]) }
        var checkedArticles: [(number: String, mapping: YAMLChecker.Mapping)] = []
        var mapped: Set<String> = []
        let others = checker.sequence(top, "other_articles")
        for (index, node) in (articles + others).enumerated() {
            guard let article = checkArticle(node, into: &checker) else { continue }
            if index < articles.count { mapped.insert(article.number) }
            if let earlier = numbers[article.number] {
                checker.error(
                    "duplicate article number '\(article.number)' (first at line \(earlier.mark?.line ?? 0))",
                    at: article.mapping["number"])
                continue
            }
            numbers[article.number] = node
            checkedArticles.append(article)
        }

        var required: Set<String> = []
        for (number, node) in checker.strings(top, "signals_required") {
            guard mapped.contains(number) else {
                checker.error("signals_required names '\(number)', which is not one of the articles", at: node)
                continue
            }
            required.insert(number)
        }
        for (number, node) in checker.strings(top, "general_principles") where !mapped.contains(number) {
            checker.error("general_principles names '\(number)', which is not one of the articles", at: node)
        }
        if !required.isEmpty, languages.isEmpty {
            checker.error("signals_required needs 'languages' to say which languages", at: top["signals_required"])
        }
        for (code, node) in languageNodes where Language(code: code) == nil {
            checker.error("language '\(code)' is not one the mapper reads (es, pt, en, fr)", at: node)
        }
        // The concept ids the lexicons define, gathered once (a set of a few hundred ids, asked per article).
        let known = lexicons?.ids
        for article in checkedArticles {
            checkConcepts(
                of: article, languages: languages, required: required.contains(article.number), lexicons: lexicons,
                known: known, into: &checker)
            if let node = article.mapping["not_where"],
                let matter = checker.mapping(node, "not_where of Art. \(article.number)", keys: ["concepts", "unless"])
            {
                if matter["concepts"] == nil {
                    checker.error("not_where of Art. \(article.number) needs 'concepts'", at: node)
                }
                for (concept, node) in checker.strings(matter, "concepts") + checker.strings(matter, "unless") {
                    if let known, !known.contains(concept) {
                        checker.error("not_where of Art. \(article.number) names '\(concept)', which no lexicon defines", at: node)
                    }
                }
            }
            for (number, node) in checker.strings(article.mapping, "assessed_on") where !mapped.contains(number) {
                checker.error("assessed_on of Art. \(article.number) names '\(number)', which is not one of the articles", at: node)
            }
            for elementNode in article.mapping["elements"]?.sequence.map(Array.init) ?? [] {
                var quiet = YAMLChecker(file: checker.file)
                guard let element = quiet.mapping(elementNode, "an element of Art. \(article.number)") else { continue }
                for (number, node) in checker.strings(element, "narrows") where !mapped.contains(number) {
                    checker.error("narrows of an element of Art. \(article.number) names '\(number)', which is not one of the articles", at: node)
                }
            }
        }
        checkStructure(top, articles: Set(numbers.keys), into: &checker)
        for node in checker.sequence(top, "related_instruments") {
            guard let related = checker.mapping(node, "a related instrument", keys: relatedKeys) else { continue }
            _ = checker.string(related, "id", required: true)
            _ = checker.string(related, "title", required: true)
        }
    }

    /// `structure`: chapters, sections and titles with headings; each article of the file is placed once.
    private static func checkStructure(
        _ top: YAMLChecker.Mapping, articles: Set<String>, into checker: inout YAMLChecker
    ) {
        guard top["structure"] != nil else { return }
        var placed: [String: Int] = [:]
        func walk(_ nodes: [Yams.Node], levels: ArraySlice<Division.Level>) {
            for node in nodes {
                guard let division = checker.mapping(node, "a division of the structure", keys: divisionKeys) else { continue }
                let named = levels.filter { division[$0.rawValue] != nil }
                guard named.count == 1, let level = named.first else {
                    checker.error(
                        "a division must name exactly one of: " + levels.map(\.rawValue).joined(separator: ", "),
                        at: node)
                    continue
                }
                _ = checker.string(division, level.rawValue, required: true)
                _ = checker.string(division, "heading", required: true)
                for (number, numberNode) in checker.strings(division, "articles") {
                    if !articles.contains(number) {
                        checker.error("the structure names article '\(number)', which the file does not have", at: numberNode)
                    } else if let line = placed[number] {
                        checker.error("article '\(number)' is placed twice in the structure (first at line \(line))", at: numberNode)
                    }
                    placed[number] = placed[number] ?? numberNode.mark?.line ?? 0
                }
                for key in ["sections", "titles"] where division[key] != nil {
                    let deeper = levels.drop { $0 != level }.dropFirst()
                    walk(checker.sequence(division, key), levels: deeper)
                }
            }
        }
        walk(checker.sequence(top, "structure"), levels: ArraySlice(Division.Level.allCases))
        for number in articles.sorted() where placed[number] == nil {
            checker.error("article '\(number)' is in no division of the structure", at: top["structure"])
        }
    }

    private static func checkArticle(
        _ node: Yams.Node, into checker: inout YAMLChecker
    ) -> (number: String, mapping: YAMLChecker.Mapping)? {
        guard let unnamed = checker.mapping(node, "an article") else { return nil }
        guard let number = checker.string(unnamed, "number", required: true) else { return nil }
        let what = "Art. \(number)"
        let mapping = unnamed.named(what)
        checker.checkKeys(mapping, allowed: articleKeys)
        _ = checker.string(mapping, "title", required: true)
        _ = checker.choice(mapping, "section", as: Article.Section.self, required: true)
        _ = checker.strings(mapping, "declarations_allowed")
        _ = checker.strings(mapping, "reservations_allowed")
        _ = checker.strings(mapping, "serves_offences")
        _ = checker.bool(mapping, "ancillary")
        _ = checker.choices(mapping, "found_in", as: TextKind.self)
        _ = checker.string(mapping, "designation")

        var ids: [String: Yams.Node] = [:]
        for elementNode in checker.sequence(mapping, "elements") {
            guard let unnamedElement = checker.mapping(elementNode, "an element of \(what)") else { continue }
            guard let id = checker.string(unnamedElement, "id", required: true) else { continue }
            let element = unnamedElement.named("element '\(id)' of \(what)")
            if let earlier = ids[id] {
                checker.error(
                    "duplicate element id '\(id)' in \(what) (first at line \(earlier.mark?.line ?? 0))",
                    at: element["id"])
            } else {
                ids[id] = element["id"]
            }
            if !isKebabCase(id) {
                checker.error("element id '\(id)' in \(what) must be kebab-case (a-z, 0-9, '-')", at: element["id"])
            }
            checker.checkKeys(element, allowed: elementKeys)
            _ = checker.string(element, "description", required: true)
            _ = checker.choice(element, "kind", as: Article.Kind.self, required: true)
            _ = checker.choice(element, "qualifier", as: Article.Qualifier.self, required: true)
            _ = checker.string(element, "paragraph")
            _ = checker.string(element, "covered_by")
            _ = checker.bool(element, "implicit_ok")
            _ = checker.bool(element, "decisive")
            _ = checker.bool(element, "stands_apart")
            _ = checker.bool(element, "lists_tasks")
        }
        return (number, mapping)
    }

    /// Concepts: well-formed expressions naming concepts the lexicons define; for articles that require them, one
    /// or more per element, each with terms in every language of `languages`.
    private static func checkConcepts(
        of article: (number: String, mapping: YAMLChecker.Mapping), languages: [String], required: Bool,
        lexicons: ConceptLexicons?, known: Set<String>?, into checker: inout YAMLChecker
    ) {
        let elements = article.mapping["elements"]?.sequence.map(Array.init) ?? []
        if required, elements.isEmpty {
            checker.error("Art. \(article.number) requires concepts but has no elements", at: article.mapping.node)
        }
        for elementNode in elements {
            guard let unnamed = elementNode.mapping, let id = unnamed["id"]?.scalar?.string else { continue }
            let what = "element '\(id)' of Art. \(article.number)"
            var quiet = YAMLChecker(file: checker.file)
            guard let element = quiet.mapping(elementNode, what) else { continue }
            let expressions = checker.strings(element, "concepts")
            for (text, node) in expressions + checker.strings(element, "narrower") {
                if let problem = ConceptExpression.problem(in: text) {
                    checker.error("\(problem) (\(what))", at: node)
                    continue
                }
                guard let expression = ConceptExpression(text), let lexicons, let known else { continue }
                for concept in expression.concepts {
                    guard known.contains(concept) else {
                        let hint = YAMLChecker.suggestion(for: concept, among: known.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                        checker.error("\(what) names concept '\(concept)', which no lexicon defines\(hint)", at: node)
                        continue
                    }
                    guard required else { continue }
                    for code in languages {
                        guard let language = Language(code: code) else { continue }
                        if lexicons[language]?.concept(concept)?.terms.isEmpty ?? true {
                            checker.error(
                                "\(what) names concept '\(concept)', which has no terms in the '\(code)' lexicon", at: node)
                        }
                    }
                }
            }
            for (concept, node) in checker.strings(element, "excluding") {
                if let known, !known.contains(concept) {
                    checker.error("\(what) excludes concept '\(concept)', which no lexicon defines", at: node)
                }
            }
            if required, expressions.isEmpty {
                checker.error("\(what) refers to no concept (its article requires them)", at: unnamed["id"])
            }
        }
    }

    static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), !id.hasSuffix("-"),
            !id.contains("--")
        else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `Mappings/instruments/budapest.yaml` -> `budapest`.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// One diagnostic per position and message (an aliased node is checked once per use).
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
