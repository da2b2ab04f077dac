import Foundation

/// The grammar of one drafting tradition, compiled: its numbering shapes (provisions, groupings, sub-unit markers)
/// expanded with the words of every language file, and the lexicon of notes and formulas. Classifies each line of
/// a law as a blank, an editorial note, a grouping heading, a provision, a sub-unit marker or text.
///
/// One grammar serves every language of its tradition: a label from one language never means something else in
/// another, and mixed texts (a Spanish law quoting an English title) are common.
struct Numbering: Sendable {
    let tradition: DraftingTradition
    let lexicon: Lexicon
    private let provisionShapes: [Shape<DraftingTradition.ProvisionKind>]
    private let groupingShapes: [Shape<GroupingElement>]
    private let markerShapes: [Shape<DraftingTradition.MarkerShape>]
    /// Any marker shape at all, groups unnamed: one pattern that rules out most lines before each shape is tried.
    private let anyMarker: NSRegularExpression?
    private let cues: [(expression: NSRegularExpression, weight: Int)]
    /// Styles of list items (numerales, literales, Roman incisos, paragraphs of subsections).
    let listStyles: Set<String>
    /// The Roman-numeral alternative of each letter style: `(a)` -> (`(i)`, subparagraph).
    let romanStyles: [String: (style: String, element: String)]

    /// A compiled shape, the names of its groups and what a match means.
    private struct Shape<Meaning: Sendable>: Sendable {
        let meaning: Meaning
        let expression: NSRegularExpression
        let groups: Set<String>
    }

    init(tradition: DraftingTradition, lexicon: Lexicon) {
        self.tradition = tradition
        self.lexicon = lexicon
        let values = Self.placeholderValues(tradition: tradition, lexicon: lexicon, keyword: nil)
        func compile<Meaning>(_ shape: String, _ meaning: Meaning, extra: [String: String] = [:]) -> Shape<Meaning> {
            let text = PatternText.expand(shape, values: values.merging(extra) { $1 }).text
            // Shapes were expanded and compiled when the files were loaded.
            let expression = try! NSRegularExpression(pattern: text)
            let groups = Set(["quote", "label", "number", "rest", "separator", "heading"].filter { shape.contains("(?<\($0)>") })
            return Shape(meaning: meaning, expression: expression, groups: groups)
        }
        provisionShapes = tradition.provisions.map { compile($0.shape, $0.kind) }
        groupingShapes = lexicon.groupingKeywords.map { keyword in
            compile(tradition.groupingShape, keyword.element, extra: ["keyword": keyword.alternation])
        }
        markerShapes = tradition.markers.map { compile($0.shape, $0) }
        let alternatives = markerShapes.map { shape in
            // Named groups and back-references to them become plain ones: only whether a line matches matters.
            shape.expression.pattern.replacingOccurrences(of: "(?<", with: "(?<x").replacingOccurrences(of: "(?<x=", with: "(?<=")
                .replacingOccurrences(of: "(?<x!", with: "(?<!")
        }
        anyMarker = alternatives.isEmpty ? nil : Self.prefilter(alternatives)
        cues = tradition.cues.map { (compile($0.shape, ()).expression, $0.weight) }
        listStyles = Set(tradition.markers.filter(\.isList).map(\.style) + tradition.markers.compactMap { marker in
            marker.isList ? marker.roman?.style : nil
        })
        var roman: [String: (String, String)] = [:]
        for marker in tradition.markers { if let alternative = marker.roman { roman[marker.style] = alternative } }
        romanStyles = roman
    }

    /// The values of a tradition's `{placeholders}`: the lexicon's words, then the tradition's named numbers
    /// (which may use the words).
    static func placeholderValues(tradition: DraftingTradition, lexicon: Lexicon, keyword: String?) -> [String: String] {
        placeholderValues(numbers: tradition.numbers, lexicon: lexicon, keyword: keyword)
    }

    static func placeholderValues(numbers: [String: String], lexicon: Lexicon, keyword: String?) -> [String: String] {
        var values = lexicon.placeholders
        if let keyword { values["keyword"] = keyword }
        // Named numbers may refer to each other: expand until nothing changes (a cycle stays unexpanded).
        var pending = numbers
        for _ in 0..<4 {
            for (name, shape) in pending.sorted(by: { $0.key < $1.key }) {
                values[name] = "(?:" + PatternText.expand(shape, values: values).text + ")"
            }
            pending = numbers
        }
        return values
    }

    /// How many non-blank lines are read to recognise a tradition.
    static let detectionLines = 2_000

    /// How strongly the lines look like this tradition's: the weights of the cues they match.
    func score(_ lines: [String]) -> Int {
        var total = 0
        var read = 0
        for line in lines {
            let text = line.trimmedSpaces
            guard !text.isEmpty else { continue }
            // The first lines tell the tradition; a 5 MB law need not be read twice.
            read += 1
            if read > Self.detectionLines { break }
            for cue in cues where Self.matches(cue.expression, text) { total += cue.weight }
        }
        return total
    }

    // MARK: line classification

    enum Line: Equatable {
        case blank
        /// A whole line of editorial text: `(Artículo sustituido por ...)`, `[modificado por ...]`, `Artículo adicionado DOF ...`.
        case note
        /// `TÍTULO I`, `CAPITULO. II`, `Capítulo III - Cooperación internacional`.
        case grouping(Grouping)
        /// `ARTÍCULOS TRANSITORIOS`: the transitory articles follow, as their own sequence.
        case transitionalHeading
        case article(ArticleLine)
        case marker(Marker)
        case text
    }

    struct Grouping: Equatable {
        /// AKN element: book, part, title, chapter, division, subdivision.
        let element: String
        /// The label as printed, with the number: `TÍTULO I`, `"TÍTULO I`, `CAPITULO. I`.
        let label: String
        let number: String
        /// Heading on the same line, after a separator.
        let heading: String?
        /// The separator between label and heading, as printed (` - `).
        let separator: String
    }

    struct ArticleLine: Equatable {
        /// Quotation marks and spaces before the label (`“ `), for articles quoted in an amending law.
        let leadingQuote: String
        /// The label, number and separator as printed: `Artículo 1°.-`, `Art. 154-A.`, `342.1`.
        let label: String
        /// The number alone: `1°`, `154-A`, `342.1`, `primero`.
        let number: String
        /// What follows the separator on the same line.
        let rest: String
        /// `primero`, `único`: numbered in words (transitory and sole articles).
        let inWords: Bool
        /// The rest of the line is the heading (`184 Interception`, `§ 1030. Fraud ...`).
        let bare: Bool
        /// AKN element: article, or section.
        let element: String
        /// A disposition numbered by an ordinal alone (`ÚNICA.`, `PRIMERA.-`): an article only after the body began.
        var disposition = false
        /// Numbered with a full stop and no label (`1. Short title`): a provision only in increasing order.
        var sequential = false
        /// A section sign and number whose heading runs on into the text (`§ 18.2-152.4. Computer trespass;
        /// penalty. A. It shall be ...`): the heading is all before the first full stop, `;` and all.
        var headingRunsOn = false
    }

    struct Marker: Equatable {
        /// Which numbering style: units of one style are siblings, a new style nests.
        let style: String
        /// AKN element for the style.
        let element: String
        /// The marker as printed, with its separator: `1)`, `(a)`, `§ 4º-A.`, `I -`.
        let label: String
        let number: String
        let rest: String
        /// `(i)`, `(v)`, `(x)`: a letter that may be a Roman numeral; context decides.
        let romanCandidate: Bool
        /// A parágrafo or subsection: never nested in a list item.
        let closesLists: Bool
    }

    func classify(_ raw: String) -> Line {
        let line = raw.trimmedSpaces
        if line.isEmpty { return .blank }
        if isNote(line) { return .note }
        if Self.matches(lexicon.transitionalHeading, line) { return .transitionalHeading }
        if tradition.groupingsAfterProvisions, let article = article(line) { return .article(article) }
        if let grouping = grouping(line) { return .grouping(grouping) }
        if !tradition.groupingsAfterProvisions, let article = article(line) { return .article(article) }
        if let marker = marker(line) { return .marker(marker) }
        return .text
    }

    // MARK: notes

    static let bracketNote = regex(#"^\[.*\]$"#)

    func isNote(_ line: String) -> Bool {
        if line.first == "[" || line.first == "(" {
            return Self.matches(Self.bracketNote, line) || Self.matches(lexicon.parenthesisNote, line)
        }
        // Only a line that names a gazette or says "by" (`por`, `pela`, `by`) can be a note of these kinds.
        let bytes = Array(line.utf8)
        guard lexicon.gazettes.contains(where: { Self.contains(bytes, Array($0.utf8)) })
            || lexicon.byWordBytes.contains(where: { Self.contains(bytes, $0) })
        else { return false }
        return Self.matches(lexicon.gazetteNote, line) || Self.matches(lexicon.amendedByNote, line)
    }

    /// A trailing editorial note on a line of text: `... datos. (Inciso incorporado por art. 9° de la Ley N° 26.388)`,
    /// `data[Repealed, 2014, c. 31, s. 16]`. Returns the text before it and the note.
    func splitTrailingNote(_ text: String) -> (text: String, note: String)? {
        if text.last(where: { !$0.isWhitespace }) == "]", let groups = Self.captures(lexicon.trailingBracketNote, text),
            let body = groups[1], let note = groups[2]
        {
            return (body, note)
        }
        guard text.last(where: { !$0.isWhitespace }) == ")", let groups = Self.captures(lexicon.trailingNote, text),
            let body = groups[1], let note = groups[3]
        else {
            return nil
        }
        return (body + (groups[2] ?? ""), note)
    }

    // MARK: groupings

    /// The first word of a line, lowercased, accents and a leading quotation mark dropped: `"TÍTULO` -> `titulo`.
    static func firstWord(_ line: String) -> String {
        let word = line.drop { "“\"« ".contains($0) }.prefix { $0.isLetter || $0 == "-" }
        var folded = ""
        for character in word.lowercased() {
            folded.append(PatternText.baseLetter(of: character) ?? character)
        }
        return folded
    }

    func grouping(_ line: String) -> Grouping? {
        guard let first = line.first(where: { !"“\"« ".contains($0) }), first.isLetter,
            Self.matches(lexicon.groupingFirstWord, line)
        else { return nil }
        for shape in groupingShapes {
            guard let match = Self.match(shape.expression, line), var label = match["label"], var number = match["number"]
            else { continue }
            var heading = match["heading"]
            var separator = match["separator"] ?? ""
            // A decimal number (`Part 10.7—Computer offences`, `Section 15.1 (...)`): the digits after the dot are
            // the number's, not the heading's.
            if separator == ".", let text = heading, let digit = text.first, digit.isNumber {
                let digits = text.prefix { $0.isNumber }
                number += "." + digits
                label += "." + digits
                let rest = text.dropFirst(digits.count)
                let mark = rest.prefix { " .:—–-".contains($0) }
                separator = String(mark)
                let title = rest.dropFirst(mark.count)
                heading = title.isEmpty ? nil : String(title)
            }
            if let heading {
                // `Section 2 of the Act ...` is a sentence; a grouping heading is a title, not a clause.
                // `Sección 1.ª Disposiciones generales`: an ordinal mark ends the number as a separator would.
                let marked = number.last.map { !($0.isASCII && ($0.isLetter || $0.isNumber)) } ?? false
                if separator.trimmingCharacters(in: .whitespaces).isEmpty && !marked {
                    guard heading == heading.uppercased(), heading.contains(where: \.isLetter) else { continue }
                }
                if heading.first?.isLowercase == true { continue }
                // A long title (`CAPÍTULO IV. Disposiciones comunes a ...`) only after an explicit separator and
                // with no sentence in it.
                let words = heading.split(separator: " ").count
                let explicit = !separator.trimmingCharacters(in: .whitespaces).isEmpty
                if words > 30 && !(explicit && words <= 80 && !heading.hasSuffix(".") && !Self.hasSubstring(heading, ". ")) {
                    continue
                }
                if heading.hasSuffix(".") && shape.meaning == .division && heading.split(separator: " ").count > 12 {
                    continue
                }
            }
            return Grouping(element: shape.meaning.rawValue, label: label, number: number, heading: heading, separator: separator)
        }
        return nil
    }

    // MARK: provisions

    func article(_ line: String) -> ArticleLine? {
        for shape in provisionShapes {
            guard let match = Self.match(shape.expression, line), let label = match["label"],
                let rawNumber = match["number"]
            else { continue }
            let rest = match["rest"] ?? ""
            let quote = match["quote"] ?? ""
            let number = rawNumber.trimmingCharacters(in: .whitespaces)
            switch shape.meaning {
            case .labelled:
                let separator = (match["separator"] ?? "").trimmingCharacters(in: .whitespaces)
                // `Artículo 58 del Código ...` is a citation in running text, not an article; so is `Section 15.1
                // (extended geographical jurisdiction—Category A) applies to ...`, a parenthesis and then lower case.
                if separator.isEmpty, let first = Self.afterParentheses(rest).first, first.isLowercase { continue }
                // `primero`, `único`, `premier`; not a French code number (`L. 323-1`).
                let inWords = number.first?.isLetter == true && !number.contains(where: \.isNumber)
                let element = Self.matches(lexicon.sectionLabel, label) ? "section" : "article"
                return ArticleLine(
                    leadingQuote: quote, label: label, number: number, rest: rest, inWords: inWords, bare: false,
                    element: element)
            case .disposition:
                var disposition = ArticleLine(
                    leadingQuote: "", label: label, number: number, rest: rest, inWords: true, bare: false,
                    element: "article")
                disposition.disposition = true
                return disposition
            case .bare:
                let words = rest.split(separator: " ").count
                // (A heading may end on an abbreviation: `478.2 Unauthorised impairment of data held on a computer
                // disk etc.`, or on the full stop of older prints: `1 Unauthorised access to computer material.`, one
                // phrase with no other stop in it.)
                guard words <= 20, let last = rest.last,
                    !".,;:".contains(last) || rest.hasSuffix(" etc.")
                        || last == "." && !rest.dropLast().contains(where: { ".;:".contains($0) })
                else { continue }
                return ArticleLine(
                    leadingQuote: "", label: label, number: number, rest: rest, inWords: false, bare: true,
                    element: "section")
            case .headed:
                // `§ 2. Computer damage. A person who ...`, `§701-106 Territorial applicability. (1) Except ...`,
                // `§ 18.2-152.4. Computer trespass; penalty. A. It shall be ...`: the heading and the first sentence
                // (or subsection) on one line; the text after the heading is the section's, as after an article's
                // inline rubric.
                let runsOn = rest.range(of: #"^[^.:]{1,250}\.\s+(?:\p{Lu}|\(\w{1,4}\)\s)"#, options: .regularExpression) != nil
                guard runsOn || Self.isHeadingLike(rest, maxWords: 30)
                    || rest.hasSuffix(".") && rest.split(separator: " ").count <= 20
                else { continue }
                var headed = ArticleLine(
                    leadingQuote: "", label: label, number: number, rest: rest, inWords: false, bare: !runsOn,
                    element: "section")
                headed.headingRunsOn = runsOn
                return headed
            case .numbered:
                var numbered = ArticleLine(
                    leadingQuote: quote, label: label, number: number, rest: rest, inWords: false, bare: false,
                    element: "section")
                numbered.sequential = true
                return numbered
            }
        }
        return nil
    }

    /// `text` without the parentheses it opens with: `(extended jurisdiction) applies to` -> `applies to`.
    static func afterParentheses(_ text: String) -> Substring {
        var rest = Substring(text)
        while rest.first == "(", let close = rest.firstIndex(of: ")") {
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        return rest
    }

    /// The leading integer of a plain article number (`12`, `12°`), or nil for `12-A`, `12 bis`, `primero`.
    static func plainInteger(_ number: String) -> Int? {
        var digits = ""
        var rest = Substring(number)
        while let first = rest.first, first.isASCII, first.isNumber {
            digits.append(first)
            rest = rest.dropFirst()
        }
        let tail = rest.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, tail.isEmpty || tail == "°" || tail == "º" else { return nil }
        return Int(digits)
    }

    /// The leading integer of any article number (`269` for `269A`).
    static func leadingInteger(_ number: String) -> Int? {
        Int(number.prefix { $0.isASCII && $0.isNumber })
    }

    // MARK: sub-units

    static let romanNumerals: Set<String> = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
        "xviii", "xix", "xx",
    ]

    /// One alternation of whole patterns, each group name made unique, or nil when it does not compile.
    static func prefilter(_ patterns: [String]) -> NSRegularExpression? {
        var index = 0
        let renamed = patterns.map { pattern -> String in
            index += 1
            var body = pattern.replacingOccurrences(of: "(?<x", with: "(?<p\(index)x")
                .replacingOccurrences(of: "\\k<x", with: "\\k<p\(index)x")
            // Anchored once for all alternatives, so that a line is tried at its start only.
            if body.hasPrefix("^") { body.removeFirst() } else { body = ".*?" + body }
            return "(?:" + body + ")"
        }
        return try? NSRegularExpression(pattern: "^(?:" + renamed.joined(separator: "|") + ")")
    }

    func marker(_ line: String) -> Marker? {
        guard let first = line.first, !first.isWhitespace else { return nil }
        if let anyMarker, !Self.matches(anyMarker, line) { return nil }
        for shape in markerShapes {
            guard let match = Self.match(shape.expression, line), let label = match["label"] else { continue }
            let number = match["number"] ?? ""
            let roman = shape.meaning.roman != nil && Self.romanNumerals.contains(number.lowercased())
            return Marker(
                style: shape.meaning.style, element: shape.meaning.element, label: label, number: number,
                rest: match["rest"] ?? "", romanCandidate: roman, closesLists: shape.meaning.closesLists)
        }
        return nil
    }

    // MARK: headings, amendments, closing formulas

    /// A short title-like line: no final punctuation, starts with a capital.
    static func isHeadingLike(_ line: String, maxWords: Int = 15) -> Bool {
        guard let last = line.last(where: { $0 != " " }),
            let first = line.first(where: { !"“\"«( ".contains($0) }), first.isUppercase || first.isNumber
        else { return false }
        if ".,;:".contains(last) && !line.hasSuffix("etc.") { return false }
        var characters = 0
        var spaces = 0
        for character in line {
            characters += 1
            if character == " " { spaces += 1 }
            if characters > 170 || spaces > maxWords + 4 { return false }
        }
        return line.split(separator: " ").count <= maxWords
    }

    /// Whether a line may end with an amending formula (`...:` or `...: “`), before trying the expression.
    static func mayIntroduceInsertion(_ text: String) -> Bool {
        text.last(where: { !$0.isWhitespace && !"“\"«".contains($0) }) == ":"
    }
    /// Whether a line may hold a formula followed by a quoted article, before trying the expression.
    static func mayHoldInlineInsertion(_ text: String) -> Bool {
        text.contains(":" as Character)
    }
    /// A closing quotation mark at the end of a quoted text: `...”`, `...".`, `...” .`.
    static func endsWithClosingQuote(_ text: String) -> Bool {
        var tail = Substring(text)
        while let last = tail.last, last.isWhitespace { tail = tail.dropLast() }
        if let last = tail.last, ".;,".contains(last) { tail = tail.dropLast() }
        while let last = tail.last, last.isWhitespace { tail = tail.dropLast() }
        return tail.last.map { "”\"»".contains($0) } ?? false
    }

    // MARK: regular expression helpers

    /// Whether `needle` occurs in `haystack` (UTF-8 bytes).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Substring search on UTF-8 bytes, without bridging to Foundation.
    static func hasSubstring(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        outer: for start in 0...(haystack.count - pattern.count) {
            for offset in 0..<pattern.count where haystack[start + offset] != pattern[offset] { continue outer }
            return true
        }
        return false
    }

    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are constants of this file: a failure is a programming error caught by any test.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Capture groups of the first match (index 0 is the whole match); nil when no match.
    static func captures(_ expression: NSRegularExpression, _ text: String) -> [String?]? {
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else {
            return nil
        }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// The named groups of the first match; nil when no match.
    static func match(_ expression: NSRegularExpression, _ text: String) -> NamedCaptures? {
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else {
            return nil
        }
        return NamedCaptures(text: text, match: match)
    }

    static func firstMatch(_ expression: NSRegularExpression, in text: String) -> (String, [String?])? {
        guard let groups = captures(expression, text), let whole = groups[0] else { return nil }
        return (whole, groups)
    }
}

/// The groups of one match, by name.
struct NamedCaptures {
    let text: String
    let match: NSTextCheckingResult

    subscript(_ name: String) -> String? {
        range(name).map { String(text[$0]) }
    }

    func range(_ name: String) -> Range<String.Index>? {
        let range = match.range(withName: name)
        guard range.location != NSNotFound else { return nil }
        return Range(range, in: text)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (the hot path of line reading, without Foundation).
    var trimmedSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        if first == startIndex && last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
