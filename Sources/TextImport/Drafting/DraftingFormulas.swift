import Foundation

/// The drafting formulas statutes are written with, in every language of `Mappings/languages/`: how they define
/// terms (`"computer system" means`, `se entenderá por`, `on entend par`), insert wording into another law
/// (`Incorpórase ... del artículo 173 del Código Penal, el siguiente:`) and cite another provision (`as defined in
/// section 2`, `en los términos del artículo 5`). The importer and the mapper read the same files; this is the
/// mapper's way in.
///
/// `language` arguments take an ISO 639-1 code (`es`) or the FRBR code (`spa`); a language with no file has no
/// formulas.
public struct DraftingFormulas: Sendable {
    private let byCode: [String: Compiled]

    /// One language's formulas, as written in its file and compiled.
    private struct Compiled: Sendable {
        let conventions: LanguageConventions
        let quotedDefinition: NSRegularExpression?
        let leadingDefinition: NSRegularExpression?
        let formulaDefinitions: [NSRegularExpression]
        let targets: [Target]
        let references: NSRegularExpression?
    }

    /// An amendment formula and the words it cannot match without: most provision heads lack them.
    private struct Target: Sendable {
        let expression: NSRegularExpression
        let required: RequiredWords
    }

    public init(languages: [LanguageConventions]) {
        var byCode: [String: Compiled] = [:]
        for language in languages {
            let compiled = Self.compile(language)
            byCode[language.code] = compiled
            byCode[language.frbr] = compiled
        }
        self.byCode = byCode
    }

    // MARK: the lists, for a matcher of one's own

    /// Formulas that define terms, in the mapper's signal notation: folded words, `*` ending a stem, `...` a gap
    /// of a few words (`se entender* por`, `the following definitions`).
    public func definitionFormulas(language: String) -> [String] {
        compiled(language)?.conventions.definitionFormulas ?? []
    }

    /// Words right after a defined term that define it, lower case without accents: `means`, `includes`,
    /// `designe`, `significa`.
    public func termFollowers(language: String) -> Set<String> {
        Set((compiled(language)?.conventions.termFollowers ?? []).map(Self.folded))
    }

    /// Words that open a definition's proviso or exclusion, folded: `provided that`, `does not include`, `salvo`.
    public func definitionExceptions(language: String) -> Set<String> {
        Set((compiled(language)?.conventions.definitionExceptions ?? []).map(Self.folded))
    }

    /// Word pairs after a term that send the reader elsewhere for its meaning, folded: (`same`, `meaning`),
    /// (`mismo`, `significado`).
    public func meaningElsewhere(language: String) -> [(String, String)] {
        (compiled(language)?.conventions.meaningElsewhere ?? []).compactMap { pair in
            pair.count == 2 ? (Self.folded(pair[0]), Self.folded(pair[1])) : nil
        }
    }

    // MARK: matchers

    /// The term a line defines, and the formula that defines it: `"computer system" means ...` ->
    /// (`computer system`, `means`); `Para los efectos de esta ley, se entenderá por «dato informático» ...` ->
    /// (`dato informático`, `se entenderá por`). Nil when the line defines nothing.
    public func definedTerm(in text: String, language: String) -> DefinedTerm? {
        guard let compiled = compiled(language) else { return nil }
        if let expression = compiled.quotedDefinition, let match = Self.firstMatch(expression, in: text),
            let term = match["term"], let formula = match["formula"]
        {
            return DefinedTerm(term: term, formula: formula)
        }
        if let expression = compiled.leadingDefinition, let match = Self.firstMatch(expression, in: text),
            let term = match["term"], let formula = match["formula"]
        {
            return DefinedTerm(term: term.trimmingCharacters(in: .whitespaces), formula: formula)
        }
        let folded = Self.foldedKeepingLength(text)
        for expression in compiled.formulaDefinitions {
            guard let match = Self.firstMatch(expression, in: folded), let formulaRange = match.range("formula"),
                let termRange = match.range("term")
            else { continue }
            // Indices of the folded copy map one to one onto the text's characters.
            let term = Self.slice(text, like: folded, range: termRange)
            let formula = Self.slice(text, like: folded, range: formulaRange)
            return DefinedTerm(term: term, formula: formula)
        }
        return nil
    }

    /// The article of another law that an amending provision rewrites, when the formula introduces new wording
    /// (`Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente: ...` -> `173`, `Código Penal`).
    /// Experts cite such a rule as the host's article (`CP 173`).
    public func amendedProvision(in text: String, language: String) -> AmendedProvision? {
        for target in compiled(language)?.targets ?? [] {
            guard target.required.mayMatch(text), let match = Self.firstMatch(target.expression, in: text),
                let number = match["number"],
                let host = match["host"]
            else { continue }
            return AmendedProvision(
                number: number.trimmingCharacters(in: .whitespaces),
                host: host.split(separator: " ").joined(separator: " "))
        }
        return nil
    }

    /// Provisions a text cites through a reference formula, in order: `as defined in section 2` -> `2`;
    /// `en los términos del artículo 197 bis` -> `197 bis`.
    public func references(in text: String, language: String) -> [CrossReference] {
        guard let expression = compiled(language)?.references else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            let captures = NamedCaptures(text: text, match: match)
            guard let formula = captures["formula"], let number = captures["number"] else { return nil }
            return CrossReference(formula: formula, number: number)
        }
    }

    // MARK: compiling

    private func compiled(_ language: String) -> Compiled? {
        byCode[language.lowercased()]
    }

    private static func compile(_ language: LanguageConventions) -> Compiled {
        func regex(_ pattern: String) -> NSRegularExpression? {
            try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        }
        let followers = language.termFollowers
        let followerAlternation = PatternText.alternation(followers)
        let quoted = followers.isEmpty
            ? nil
            : regex(#"[“"«‘']\s*(?<term>[^“”"«»‘’']{1,80}?)\s*[”"»’']\s*,?\s+(?<formula>"# + followerAlternation + #")\b"#)
        let leading = followers.isEmpty
            ? nil
            : regex(#"^(?<term>\p{L}[\p{L}\- ]{0,60}?)\s+(?<formula>"# + followerAlternation + #")\b"#)
        let formulas = language.definitionFormulas.compactMap { formula -> NSRegularExpression? in
            // Signal notation to a pattern over folded text: words, `*` stems, `...` gaps; then the term, quoted or
            // the next words up to punctuation.
            let words = formula.split(separator: " ").map { word -> String in
                if word == "..." { return #"(?:\S+\s+){0,4}?"# }
                let escaped = NSRegularExpression.escapedPattern(for: String(word).replacingOccurrences(of: "*", with: ""))
                return word.hasSuffix("*") ? escaped + #"\p{L}*"# : escaped
            }
            var pattern = ""
            for word in words {
                if pattern.isEmpty || pattern.hasSuffix("{0,4}?") { pattern += word } else { pattern += #"[\s']+"# + word }
            }
            return regex(
                #"(?<formula>\b"# + pattern + #"\b)\s*:?\s*(?:[“"«‘']\s*(?<term>[^“”"«»‘’']{1,80}?)\s*[”"»’']|(?<term2>[\p{L}][\p{L} ]{0,60}?)(?=\s*[,:;.(]))"#)
        }.map { expression in
            // The unquoted alternative is named `term2`; read it as `term`.
            (try? NSRegularExpression(
                pattern: expression.pattern.replacingOccurrences(of: "(?<term2>", with: "(?<term>"),
                options: [.caseInsensitive])) ?? expression
        }
        let targetNumber =
            #"\d+(?:\.\d+)*(?:\s?[º°])?(?:[\s-]?(?:"# + PatternText.alternation(language.suffixes) + #"|[A-Z])\b)?(?:\s\d+)?"#
        let targets = language.amendmentTargets.compactMap { target -> Target? in
            // (`RequiredWords` reads the pattern as `regex` compiles it: case-insensitive, no comments.)
            regex(PatternText.tolerant(target).replacingOccurrences(of: "{target_number}", with: targetNumber)).map {
                Target(expression: $0, required: RequiredWords(pattern: $0.pattern))
            }
        }
        let references = language.references.isEmpty
            ? nil
            : regex(
                "(?<formula>" + PatternText.alternation(language.references) + #")\s+(?<number>\d+(?:[.\-]\d+)*(?:\s?(?:"#
                    + PatternText.alternation(language.suffixes) + #"|[A-Za-z])\b)?(?:\s\d+\b)?(?:\(\d+\))*)"#)
        return Compiled(
            conventions: language, quotedDefinition: quoted, leadingDefinition: leading, formulaDefinitions: formulas,
            targets: targets, references: references)
    }

    // MARK: helpers

    /// Lower case, accents removed: `Designe` -> `designe`.
    static func folded(_ text: String) -> String {
        String(text.lowercased().map { PatternText.baseLetter(of: $0) ?? $0 })
    }

    /// The same, one character for one, so that positions in the copy are positions in the text.
    static func foldedKeepingLength(_ text: String) -> String {
        String(text.map { character in
            let lowered = character.lowercased()
            guard lowered.count == 1, let letter = lowered.first else { return character }
            return PatternText.baseLetter(of: letter) ?? letter
        })
    }

    private static func slice(_ text: String, like folded: String, range: Range<String.Index>) -> String {
        let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let length = folded.distance(from: range.lowerBound, to: range.upperBound)
        let from = text.index(text.startIndex, offsetBy: start)
        return String(text[from..<text.index(from, offsetBy: length)]).trimmingCharacters(in: .whitespaces)
    }

    private static func firstMatch(_ expression: NSRegularExpression, in text: String) -> NamedCaptures? {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map {
            NamedCaptures(text: text, match: $0)
        }
    }
}

/// A term a provision defines and the formula that defines it.
public struct DefinedTerm: Sendable, Hashable {
    public let term: String
    public let formula: String

    public init(term: String, formula: String) {
        self.term = term
        self.formula = formula
    }
}

/// The article of another law an amending provision rewrites: its number as written (`173`, `36 B`) and the host
/// law as the amending text names it (`Código Penal`).
public struct AmendedProvision: Sendable, Hashable {
    public let number: String
    public let host: String

    public init(number: String, host: String) {
        self.number = number
        self.host = host
    }
}

/// A provision cited by a reference formula: the formula as written and the provision's number.
public struct CrossReference: Sendable, Hashable {
    public let formula: String
    public let number: String

    public init(formula: String, number: String) {
        self.formula = formula
        self.number = number
    }
}
