import Foundation

/// The words of every language file compiled into the patterns lines are read with: editorial notes, repeal
/// markers, amending, enacting and closing formulas, law and code names, front- and back-matter headings.
///
/// One lexicon serves every text: a label from one language never means something else in another, and mixed
/// texts (a Spanish law quoting an English title) are common. The patterns are mechanisms ("a parenthesis holding
/// one of these stems is a note"); the words are the language files'.
struct Lexicon: Sendable {
    /// Values of the `{placeholders}` of the traditions' shapes.
    let placeholders: [String: String]
    /// Grouping heading words by element, outermost first, as alternations.
    let groupingKeywords: [(element: GroupingElement, alternation: String)]
    let groupingFirstWord: NSRegularExpression

    let parenthesisNote: NSRegularExpression
    let gazetteNote: NSRegularExpression
    let amendedByNote: NSRegularExpression
    let trailingNote: NSRegularExpression
    let trailingBracketNote: NSRegularExpression
    let previousWordingHeading: NSRegularExpression
    let transitionalHeading: NSRegularExpression
    /// Gazette abbreviations and "by" words, to skip the note patterns on lines that cannot hold them.
    let gazettes: [String]
    let byWords: [String]
    /// ` por`, ` pela`, ` by`: a "by" word after a space, as UTF-8 bytes.
    let byWordBytes: [[UInt8]]

    let insertionIntroducer: NSRegularExpression
    let inlineInsertion: NSRegularExpression
    let inlineFragment: NSRegularExpression
    let destinationArticle: NSRegularExpression
    let nextQuotedArticle: NSRegularExpression
    let approvalFormula: NSRegularExpression
    let codeName: NSRegularExpression
    let numberedLaw: NSRegularExpression
    let offenceOpening: NSRegularExpression
    let runInOpening: NSRegularExpression
    let closingFormula: NSRegularExpression
    let enactingFormula: NSRegularExpression
    let longTitle: NSRegularExpression
    let repealed: NSRegularExpression
    let repealedBy: NSRegularExpression
    let derogatedBy: NSRegularExpression
    let lawNumber: NSRegularExpression
    let lawNumberInTitle: NSRegularExpression
    let codeTitle: NSRegularExpression
    let sectionLabel: NSRegularExpression
    let contentsHeading: NSRegularExpression
    let scheduleHeading: NSRegularExpression
    let amendingSchedule: NSRegularExpression
    let explanatoryHeading: NSRegularExpression

    let abbreviations: Set<String>
    let encliticEndings: [String]
    let transitoryQualifiers: [String]
    /// The start of a definition run into the text after the previous one (`...; "asset" includes`), group 1.
    let runInDefinition: NSRegularExpression?
    /// Conjunctions that end a list item before the next one: `or`, `and`, `y`, `ou` (lower case).
    let listConjunctions: Set<String>

    init(languages: [LanguageConventions]) {
        func all(_ words: (LanguageConventions) -> [String]) -> [String] { languages.flatMap(words) }
        let alt = { (words: [String]) in PatternText.alternation(words) }
        func compile(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
            // Fragments were checked one by one when the files were loaded; a combination that fails is a defect
            // of this file's patterns, which every import test exercises.
            try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        }

        let articleLabels = all(\.articleLabels)
        // Labels written in full (`artículo`, not `art\.`) name a destination or a repealed article in running text.
        let fullArticleLabels = articleLabels.filter { !$0.hasSuffix("\\.") }
        let ordinalWords = all(\.ordinals)
        let prefixes = all(\.ordinalPrefixes)
        func ordinal(_ transform: (String) -> String, caseSensitive: Bool) -> String {
            let words = PatternText.alternation(ordinalWords.map(transform), caseSensitive: caseSensitive)
            guard !prefixes.isEmpty else { return words }
            let prefix = PatternText.alternation(prefixes.map(transform), caseSensitive: caseSensitive)
            return "(?:(?:\(prefix)\\s?)?\(words))"
        }
        placeholders = [
            "article_label": alt(articleLabels),
            "section_label": alt(all(\.sectionLabels)),
            "provision_label": alt(articleLabels + all(\.sectionLabels)),
            "paragraph_label": alt(all(\.paragraphLabels)),
            "ordinal": ordinal({ $0 }, caseSensitive: false),
            "ordinal:upper": ordinal(PatternText.uppercased, caseSensitive: true),
            "ordinal:capitalized": ordinal(PatternText.capitalized, caseSensitive: true),
            "suffix": alt(all(\.suffixes)),
            "ordinal_mark": alt(all(\.ordinalMarks)),
            "code_prefix": alt(all(\.codePrefixes)),
            "transitory_qualifier": alt(all(\.transitoryQualifiers)),
            "contents": alt(all(\.contents)),
            "schedule": alt(all(\.schedules)),
        ]
        groupingKeywords = GroupingElement.allCases.compactMap { element in
            let words = languages.flatMap { $0.groupings[element] ?? [] }
            return words.isEmpty ? nil : (element, alt(words))
        }
        groupingFirstWord = compile(
            "^[“\"«\\s]*" + alt(languages.flatMap { $0.groupings.values.flatMap { $0 } }) + "(?![\\p{L}])")

        let notes = alt(all(\.editorialNotes))
        let gazetteAlternation = alt(all(\.gazettes))
        let by = alt(all(\.byWords))
        parenthesisNote = compile(#"^\((?=[^()]*"# + notes + #")(?:[^()]|\([^()]*\))*\)\.?$"#)
        gazetteNote = compile(
            #"^(?:[\p{L}]+\s+){0,4}?"# + alt(all(\.gazetteNotes)) + #"\b[^.]{0,160}\b"# + gazetteAlternation
                + #"\s+\d{2}-\d{2}-\d{4}(?:[.,;]?\s*(?:[\p{L}() ]+\s+)?"# + gazetteAlternation
                + #"\s+\d{2}-\d{2}-\d{4})*\.?$"#)
        amendedByNote = compile("^" + alt(all(\.editorialParticiples)) + #"\s+"# + by + #"\b.{0,200}$"#)
        trailingNote = compile(
            #"^(.*?\S)(\s*)(\((?=[^()]*"# + notes + #")(?=[^()]*"# + alt(all(\.noteCitations)) + #")[^()]{12,}\))\s*$"#)
        trailingBracketNote = compile(#"^(.*?\S\s*)(\["# + alt(all(\.bracketedNotes)) + #"\b[^\[\]]*\])\s*$"#)
        previousWordingHeading = compile("^" + alt(all(\.previousWording)) + #"\s*:?$"#)
        transitionalHeading = compile(
            "^(?:" + alt(all(\.transitoryNouns)) + #"\s+)?"# + alt(all(\.transitoryAdjectives)) + #"\.?$"#)
        gazettes = Array(Set(all(\.gazettes))).sorted()
        byWords = Array(Set(all(\.byWords))).sorted()
        byWordBytes = byWords.map { Array((" " + $0).utf8) }

        let introducers = alt(all(\.amendmentIntroducers))
        let labels = alt(articleLabels)
        insertionIntroducer = compile(introducers + #"\b[^:]{0,60}:\s*[“"«]?\s*$"#)
        inlineInsertion = compile(#"^(.*?"# + introducers + #"\b[^:]{0,60}:)(\s*[“"«]?\s*)("# + labels + #"\s*\d.*)$"#)
        inlineFragment = compile(#"^(.*?"# + introducers + #"\b[^:]{0,60}:)(\s*[“"«]?\s*)(\S.*)$"#)
        destinationArticle = compile(
            alt(fullArticleLabels) + #"\s+(\d+(?:\s?(?:"# + alt(all(\.suffixes)) + #"|[A-Z])\b)?(?:\s\d+\b)?)"#,
            caseInsensitive: false)
        nextQuotedArticle = compile(#"^(.*?[”"])\s*([“"«])\s*("# + labels + #"\s*\d.*)$"#, caseInsensitive: false)
        approvalFormula = compile(#"\b"# + alt(all(\.approvalVerbs)) + #"\b"#)
        let connectors = alt(all(\.nameConnectors))
        codeName = compile(
            alt(all(\.codeTitles)) + #"(?:\s+(?:"# + connectors + #"\s+)?[\p{Lu}][\p{L}]+)+|"# + alt(all(\.codeNames)),
            caseInsensitive: false)
        let lawTitles = alt(all(\.lawTitles))
        let signs = alt(all(\.numberSigns))
        numberedLaw = compile(
            #"\b"# + lawTitles + #"(?:\s+"# + signs + #")?\s*\d[\d.]*\d(?:-\d+)?(?:/\d+)?(?:\s+"#
                + alt(all(\.dateConnectors)) + #"\s+(?<year>\d{4}))?(?:,\s+(?!"# + lawTitles
                + #"\b)\p{Lu}\p{L}*(?:\s+(?:"# + connectors + #"|\p{Lu}\p{L}*))*)?"#,
            caseInsensitive: false)
        offenceOpening = compile("^" + PatternText.alternation(all(\.offenceOpenings), caseSensitive: true) + #"\b"#, caseInsensitive: false)
        runInOpening = compile(#"\s("# + PatternText.alternation(all(\.runInOpenings), caseSensitive: true) + #")\b"#, caseInsensitive: false)
        closingFormula = compile("^" + alt(all(\.closingFormulas)) + #"(?:\b|$)"#)
        enactingFormula = compile("^" + alt(all(\.enactingFormulas)))
        longTitle = compile("^" + alt(all(\.longTitles)) + #"\b"#)
        let repeal = alt(all(\.repealMarkers))
        repealed = compile(#"^[\[(]?\s*(?:"# + alt(fullArticleLabels) + #"\s+)?"# + repeal + #"\b"#)
        repealedBy = compile(#"\b"# + repeal + #"\b"#)
        derogatedBy = compile(#"\b"# + repeal + #"\s+"# + by + #"\b"#)
        lawNumber = compile(
            "^" + lawTitles + #"\s*"# + signs + #"?\s*(\d[\d.]*\d(?:-\d+)*|\d)(?![\d.]*\s+(?:"#
                + alt(all(\.dateConnectors)) + #"\s+)?"# + alt(all(\.months)) + #"\b)"#)
        // `(No. 5 of 2018)`, `Act 19 of 2020`: an act's number and year after its short title.
        lawNumberInTitle = compile(
            #"(?:\(\s*"# + signs + #"|\b"# + lawTitles + #"\s*"# + signs + #"?)\s*(\d+)\s+"# + alt(all(\.dateConnectors))
                + #"\s+\d{4}\b"#)
        codeTitle = compile("^" + alt(all(\.codeTitles)) + #"\b"#)
        sectionLabel = compile("^[“\"«\\s]*" + alt(all(\.sectionLabels)))
        contentsHeading = compile("^" + alt(all(\.contents)) + #"\s*[.:]?$"#)
        scheduleHeading = compile(
            "^(?:" + placeholders["ordinal"]! + #"\s+)?"# + alt(all(\.schedules))
                + #"(?:\s+(?:\d+|[IVXLC]+|[A-Z]))?(?=$|[\s.:\-–—(\[])"#)
        explanatoryHeading = compile("^" + alt(all(\.explanatory)) + #"\s*[.:]?$"#)
        amendingSchedule = compile(#"\b"# + alt(all(\.amendingSchedules)) + #"\b"#)

        abbreviations = Set(all(\.abbreviations).map { $0.lowercased() })
        encliticEndings = Array(Set(all(\.encliticEndings))).sorted { $0.count > $1.count }
        transitoryQualifiers = Array(Set(all(\.transitoryQualifiers))).sorted()
        listConjunctions = Set(all(\.listConjunctions).map { $0.lowercased() })
        let followers = all(\.termFollowers)
        runInDefinition = followers.isEmpty
            ? nil
            : compile(
                #"(?:[;:—–]|[;,]\s+"# + alt(all(\.listConjunctions)) + #")\s*([“"][^”"]{1,80}[”"]\s*,?\s+"# + alt(followers)
                    + #"\b)"#)
    }
}
