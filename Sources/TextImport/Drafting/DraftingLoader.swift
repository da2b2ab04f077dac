import AkomaNtoso
import DataFiles
import Foundation
import Yams

/// Reads `Mappings/languages/*.yaml` and `Mappings/traditions/*.yaml` through the one YAML checker: every problem
/// reported as `file:line:column`, unknown keys refused, every pattern compiled before it is used.
enum DraftingLoader {
    // MARK: languages

    /// The lists a language file may hold, by section and key, with where each goes.
    private static var languageLists: [String: [String: WritableKeyPath<LanguageConventions, [String]>]] {[
        "labels": ["article": \.articleLabels, "section": \.sectionLabels, "paragraph": \.paragraphLabels],
        "numbers": [
            "suffixes": \.suffixes, "ordinals": \.ordinals, "ordinal_prefixes": \.ordinalPrefixes,
            "ordinal_marks": \.ordinalMarks, "prefixes": \.codePrefixes, "signs": \.numberSigns,
        ],
        "transitory": [
            "nouns": \.transitoryNouns, "adjectives": \.transitoryAdjectives, "qualifiers": \.transitoryQualifiers,
        ],
        "editorial": [
            "notes": \.editorialNotes, "participles": \.editorialParticiples, "by": \.byWords, "gazettes": \.gazettes,
            "gazette_notes": \.gazetteNotes, "citations": \.noteCitations, "previous_wording": \.previousWording,
            "bracketed": \.bracketedNotes,
        ],
        "repeal": ["markers": \.repealMarkers],
        "amendments": ["introducers": \.amendmentIntroducers, "approval": \.approvalVerbs, "targets": \.amendmentTargets],
        "laws": [
            "titles": \.lawTitles, "codes": \.codeTitles, "code_names": \.codeNames, "connectors": \.nameConnectors,
            "date_connectors": \.dateConnectors, "months": \.months,
        ],
        "formulas": [
            "closing": \.closingFormulas, "enacting": \.enactingFormulas, "long_titles": \.longTitles,
            "offence_openings": \.offenceOpenings, "run_in_openings": \.runInOpenings,
            "list_conjunctions": \.listConjunctions,
        ],
        "definitions": [
            "formulas": \.definitionFormulas, "term_followers": \.termFollowers,
            "exceptions": \.definitionExceptions,
        ],
        "headings": ["abbreviations": \.abbreviations, "enclitic_endings": \.encliticEndings],
    ]}
    /// Top-level lists.
    private static var languageTopLists: [String: WritableKeyPath<LanguageConventions, [String]>] {
        [
            "references": \.references, "contents": \.contents, "schedules": \.schedules,
            "amending_schedules": \.amendingSchedules, "explanatory": \.explanatory,
        ]
    }
    /// Keys whose entries are plain words or signal notation, not regular expressions.
    private static let plainKeys: Set<String> = [
        "transitory.qualifiers", "definitions.formulas", "definitions.term_followers", "definitions.exceptions",
        "headings.abbreviations",
        "headings.enclitic_endings", "formulas.list_conjunctions",
    ]

    static func language(_ text: String, file: String) -> (LanguageConventions?, [Diagnostic]) {
        var checker = YAMLChecker(file: file)
        let sections = Array(languageLists.keys) + ["groupings"]
        guard let root = checker.compose(text),
            let top = checker.mapping(
                root, "a language file", keys: ["language", "frbr"] + sections.sorted() + languageTopLists.keys.sorted())
        else {
            return (nil, checker.diagnostics)
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let code = checker.string(top, "language", required: true) ?? ""
        if !code.isEmpty, code != stem {
            checker.error("language '\(code)' does not match the file name '\(stem).yaml'", at: top["language"])
        }
        if !code.isEmpty, !(code.count == 2 && code.allSatisfy { $0.isASCII && $0.isLowercase }) {
            checker.error("language '\(code)' must be an ISO 639-1 code in lower case", at: top["language"])
        }
        let frbr = checker.string(top, "frbr", required: true) ?? ""
        if !frbr.isEmpty, !(frbr.count == 3 && frbr.allSatisfy { $0.isASCII && $0.isLowercase }) {
            checker.error("frbr '\(frbr)' must be an ISO 639-2 code in lower case", at: top["frbr"])
        }
        var language = LanguageConventions(code: code, frbr: frbr, file: file)

        for (key, path) in languageTopLists {
            language[keyPath: path] = patterns(top, key, plain: plainKeys.contains(key), into: &checker)
        }
        for (section, keys) in languageLists {
            guard let node = top[section] else { continue }
            let allowed = section == "definitions" ? Array(keys.keys) + ["meaning_elsewhere"] : Array(keys.keys)
            guard let mapping = checker.mapping(node, "'\(section)'", keys: allowed.sorted()) else { continue }
            for (key, path) in keys {
                language[keyPath: path] = patterns(
                    mapping, key, plain: plainKeys.contains("\(section).\(key)"), into: &checker)
            }
            if section == "definitions" {
                for item in checker.sequence(mapping, "meaning_elsewhere") {
                    let words = (item.sequence.map(Array.init) ?? []).compactMap { $0.scalar?.string }
                    if words.count != 2 || item.sequence?.count != 2 {
                        checker.error("items of 'meaning_elsewhere' must be pairs of words: [same, meaning]", at: item)
                    } else {
                        language.meaningElsewhere.append(words)
                    }
                }
            }
        }
        if let node = top["groupings"],
            let mapping = checker.mapping(node, "'groupings'", keys: GroupingElement.allCases.map(\.rawValue))
        {
            for element in GroupingElement.allCases {
                let words = patterns(mapping, element.rawValue, plain: false, into: &checker)
                if !words.isEmpty { language.groupings[element] = words }
            }
        }
        for target in language.amendmentTargets {
            if !(target.contains("(?<number>") && target.contains("(?<host>")) {
                checker.error("an amendment target needs the named groups 'number' and 'host': \(target)", at: top["amendments"])
            }
        }
        return (checker.hasErrors ? nil : language, checker.diagnostics)
    }

    /// A list of entries; each regular-expression entry must compile on its own.
    private static func patterns(
        _ mapping: YAMLChecker.Mapping, _ key: String, plain: Bool, into checker: inout YAMLChecker
    ) -> [String] {
        checker.strings(mapping, key).compactMap { value, node in
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                checker.error("empty entry in '\(key)'", at: node)
                return nil
            }
            if !plain {
                let probe = value.replacingOccurrences(of: "{target_number}", with: "1")
                if let problem = PatternText.problem(in: PatternText.tolerant(probe)) {
                    checker.error("entry of '\(key)' is \(problem)", at: node)
                    return nil
                }
            }
            return value
        }
    }

    // MARK: traditions

    private static let traditionKeys = [
        "tradition", "default", "detect", "numbers", "provisions", "groupings", "markers", "headings", "contents",
        "schedules", "explanatory", "inline_markers",
    ]

    /// Reads a tradition file; every shape is expanded with `lexicon`'s words and compiled, errors at the shape.
    static func tradition(_ text: String, file: String, lexicon: Lexicon) -> (DraftingTradition?, [Diagnostic]) {
        var checker = YAMLChecker(file: file)
        guard let root = checker.compose(text), let top = checker.mapping(root, "a tradition file", keys: traditionKeys)
        else {
            return (nil, checker.diagnostics)
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let name = checker.string(top, "tradition", required: true) ?? ""
        if !name.isEmpty, name != stem {
            checker.error("tradition '\(name)' does not match the file name '\(stem).yaml'", at: top["tradition"])
        }
        var tradition = DraftingTradition(name: name, file: file)
        tradition.isDefault = checker.bool(top, "default") ?? false
        tradition.contents = checker.bool(top, "contents") ?? false
        tradition.schedules = checker.bool(top, "schedules") ?? false
        tradition.explanatory = checker.bool(top, "explanatory") ?? false
        tradition.inlineMarkers = checker.bool(top, "inline_markers") ?? false

        for node in checker.sequence(top, "detect", required: true) {
            guard let cue = checker.mapping(node, "a cue", keys: ["shape", "weight"]) else { continue }
            let shape = checker.string(cue, "shape", required: true) ?? ""
            let weight = checker.string(cue, "weight").map { Int($0) } ?? 1
            guard let weight, weight > 0 else {
                checker.error("'weight' in a cue must be a whole number above 0", at: cue["weight"])
                continue
            }
            check(shape: shape, at: cue["shape"], numbers: top["numbers"], lexicon: lexicon, into: &checker)
            tradition.cues.append(.init(shape: shape, weight: weight))
        }
        if let node = top["numbers"], let numbers = checker.mapping(node, "'numbers'") {
            for (key, value) in numbers.entries {
                guard let name = key.scalar?.string, let shape = value.scalar?.string else {
                    checker.error("'numbers' maps names to shapes", at: key)
                    continue
                }
                tradition.numbers[name] = shape
            }
        }
        for node in checker.sequence(top, "provisions", required: true) {
            guard let entry = checker.mapping(node, "a provision shape", keys: ["kind", "shape"]) else { continue }
            let kind = checker.choice(entry, "kind", as: DraftingTradition.ProvisionKind.self, required: true)
            let shape = checker.string(entry, "shape", required: true)
            if let kind, let shape {
                requireGroups(["label", "number", "rest"], in: shape, at: entry["shape"], into: &checker)
                check(shape: shape, at: entry["shape"], numbers: top["numbers"], lexicon: lexicon, into: &checker)
                tradition.provisions.append(.init(kind: kind, shape: shape))
            }
        }
        if let node = top["groupings"],
            let groupings = checker.mapping(node, "'groupings'", keys: ["shape", "after_provisions"])
        {
            tradition.groupingShape = checker.string(groupings, "shape", required: true) ?? ""
            requireGroups(["label", "number", "heading", "separator"], in: tradition.groupingShape, at: groupings["shape"], into: &checker)
            check(shape: tradition.groupingShape, at: groupings["shape"], numbers: top["numbers"], lexicon: lexicon, into: &checker)
            tradition.groupingsAfterProvisions = checker.bool(groupings, "after_provisions") ?? false
        } else {
            checker.error("the tradition file has no 'groupings'", at: root)
        }
        for node in checker.sequence(top, "markers") {
            guard
                let entry = checker.mapping(
                    node, "a marker", keys: ["style", "element", "shape", "list", "closes_lists", "roman"])
            else { continue }
            let style = checker.string(entry, "style", required: true)
            let element = checker.string(entry, "element", required: true)
            let shape = checker.string(entry, "shape", required: true)
            var roman: (String, String)?
            if let romanNode = entry["roman"], let mapping = checker.mapping(romanNode, "'roman'", keys: ["style", "element"]) {
                if let style = checker.string(mapping, "style", required: true),
                    let element = checker.string(mapping, "element", required: true)
                {
                    checkElement(element, at: mapping["element"], into: &checker)
                    roman = (style, element)
                }
            }
            if let element { checkElement(element, at: entry["element"], into: &checker) }
            if let style, let element, let shape {
                requireGroups(["label", "number", "rest"], in: shape, at: entry["shape"], into: &checker)
                check(shape: shape, at: entry["shape"], numbers: top["numbers"], lexicon: lexicon, into: &checker)
                tradition.markers.append(
                    .init(
                        style: style, element: element, shape: shape, isList: checker.bool(entry, "list") ?? false,
                        closesLists: checker.bool(entry, "closes_lists") ?? false, roman: roman))
            }
        }
        if let node = top["headings"], let headings = checker.mapping(node, "'headings'", keys: ["dash", "marginal_notes"]) {
            tradition.dashHeadings = checker.bool(headings, "dash") ?? false
            tradition.marginalNotes = checker.bool(headings, "marginal_notes") ?? false
        }
        return (checker.hasErrors ? nil : tradition, checker.diagnostics)
    }

    /// AKN elements a sub-unit may become.
    static let subUnitElements: Set<String> = [
        "subsection", "paragraph", "subparagraph", "clause", "subclause", "point", "indent", "alinea", "list", "sublist",
        "level",
    ]

    private static func checkElement(_ element: String, at node: Yams.Node?, into checker: inout YAMLChecker) {
        if !subUnitElements.contains(element) {
            checker.error(
                "unknown element '\(element)' (expected one of: \(subUnitElements.sorted().joined(separator: ", ")))", at: node)
        }
    }

    private static func requireGroups(
        _ names: [String], in shape: String, at node: Yams.Node?, into checker: inout YAMLChecker
    ) {
        for name in names where !shape.contains("(?<\(name)>") {
            checker.error("the shape has no named group '\(name)'", at: node)
        }
    }


    /// Expands a shape with the lexicon's words and the file's named numbers, and compiles it.
    private static func check(
        shape: String, at node: Yams.Node?, numbers: Yams.Node?, lexicon: Lexicon, into checker: inout YAMLChecker
    ) {
        var named: [String: String] = [:]
        for (key, value) in numbers?.mapping ?? [:] {
            if let name = key.scalar?.string, let text = value.scalar?.string { named[name] = text }
        }
        let values = Numbering.placeholderValues(numbers: named, lexicon: lexicon, keyword: "x")
        let (expanded, unknown) = PatternText.expand(shape, values: values)
        for name in unknown {
            checker.error(
                "unknown placeholder '{\(name)}' (known: \(values.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")))",
                at: node)
        }
        if unknown.isEmpty, let problem = PatternText.problem(in: expanded) {
            checker.error("the shape is \(problem)", at: node)
        }
    }
}
