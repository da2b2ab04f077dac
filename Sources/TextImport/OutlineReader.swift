import AkomaNtoso
import Foundation

/// Reads a law's body lines into an `Outline`: one pass, line by line, keeping the open grouping units, the
/// current article and its open sub-units, and — for amending laws — the modification whose quoted articles are
/// being read. Every line lands somewhere; lines outside any article are reported.
struct OutlineReader {
    let numbering: Numbering
    let file: String?
    let country: String
    var diagnostics: [Diagnostic] = []

    var outline = Outline()
    var lines: [LawText.Line] = []
    /// Each line classified once, so that the reader can look ahead.
    var kinds: [Numbering.Line] = []
    /// Lines already read as a heading of the unit above them.
    var consumed: Set<Int> = []

    /// Open groupings of the law itself, outermost first.
    var groupStack: [Unit] = []
    /// The article or section being read (the law's own, or a quoted one).
    var provision: Unit?
    /// Its open sub-units, outermost first.
    var subStack: [Unit] = []
    /// The last letter of each letter style (`(a)`, `(A)`), to tell `(i)` the letter from `(i)` the Roman numeral.
    var lastLetters: [String: String] = [:]
    var inConclusions = false
    /// How many article lines there are from each line to the end (worked out once, when conclusions open).
    var articlesFrom: [Int]?
    /// Inside `Texto anterior:`: superseded wording, kept as notes up to the next article.
    var inEditorialBlock = false
    /// The law's last own article or section, its leading integer and its number as printed: the next one
    /// continues the sequence, and a `1.`-style number opens a section only after it (`1.` after `Section 184b`
    /// opens an item of its list).
    var mainLast: (number: Int, label: String)?
    /// A title line printed above the next article or sub-unit.
    var pendingHeading: String?
    /// The text line that ends with an amending formula (`... del siguiente tenor:`), where it was put.
    var pendingIntro: (unit: Unit, index: Int)?

    /// The modification quoted articles go into, while an insertion is being read.
    var activeMod: Modification?
    /// The amending article and its open sub-units, to return to after a quoted article.
    var modOwner: (provision: Unit, subStack: [Unit])?
    /// The quoted structure still open (no closing quotation mark yet).
    var openQuoted: Unit?
    var quotedGroupStack: [Unit] = []
    var inQuotedArticle = false
    /// Quoted text inserted into an existing article, still open (no closing quotation mark yet).
    var openFragment: Unit?

    /// Which part of the text is being read: the law, its table of contents, a schedule, an explanatory statement.
    var matter = Matter.law
    /// How many words a heading printed as a sentence after the number may have (`Artículo 5. Secreto.`): more in
    /// a text whose articles all print their heading so.
    var sentenceHeadingWords = 12
    /// The units a table of contents listed (`section|46a`): where one comes again, the law begins.
    var contentsKeys: Set<String> = []
    /// Sections split at inline markers, for the note that says so: (line, number).
    var splitSections: [(line: Int, number: String)] = []

    var lexicon: Lexicon { numbering.lexicon }

    init(numbering: Numbering, file: String?, country: String) {
        self.numbering = numbering
        self.file = file
        self.country = country
    }

    mutating func read(_ bodyLines: [LawText.Line]) -> Outline {
        lines = []
        for line in bodyLines { lines.append(sanitized(line)) }
        lines = Self.unwrapped(lines, classify: numbering.classify)
        kinds = lines.map { numbering.classify($0.text) }
        sentenceHeadingWords = inferSentenceHeadingWords()
        for index in lines.indices where !consumed.contains(index) {
            readLine(at: index)
        }
        reportSplitSections()
        return outline
    }

    /// After a closing formula, a grouping whose first article follows within a few lines, and many more articles
    /// after it, starts the text a decree promulgates (a code annexed to its decree), not a signature, a line of the
    /// explanatory statement or an annex of a few items.
    mutating func promulgatedTextStarts(at index: Int) -> Bool {
        // A grouping (book, title, chapter) with an article within a few lines, not a numbered line of prose.
        guard case .grouping = kinds[index] else { return false }
        var nonBlank = 0
        var opensArticles = false
        for next in (index + 1)..<kinds.count where kinds[next] != .blank {
            if case .article = kinds[next] {
                opensArticles = true
                break
            }
            nonBlank += 1
            if nonBlank > Self.headingLinesBeforeArticle { break }
        }
        guard opensArticles else { return false }
        if articlesFrom == nil {
            var counts = [Int](repeating: 0, count: kinds.count + 1)
            for line in kinds.indices.reversed() {
                if case .article = kinds[line] { counts[line] = counts[line + 1] + 1 } else { counts[line] = counts[line + 1] }
            }
            articlesFrom = counts
        }
        return (articlesFrom?[index] ?? 0) >= Self.promulgatedArticles
    }

    /// Articles that make the text after a closing formula a promulgated code rather than an annex.
    static let promulgatedArticles = 20
    /// Heading lines (sub-groupings, rubrics) between a grouping and its first article.
    static let headingLinesBeforeArticle = 4

    // MARK: one line

    mutating func readLine(at index: Int) {
        let raw = lines[index].text
        let text = raw.trimmedSpaces
        let lineNumber = lines[index].number
        if inConclusions {
            if promulgatedTextStarts(at: index) {
                // "POR TANTO: Mando se publique ..." closed a decree that promulgates the code printed after it: the
                // code's own books and articles are law, read on; the decree's closing stays in the conclusions.
                inConclusions = false
            } else {
                switch kinds[index] {
                case .blank: break
                case .note: outline.conclusions.append(.note(text))
                default: outline.conclusions.append(.text(segments(text)))
                }
                return
            }
        }
        if inEditorialBlock {
            switch kinds[index] {
            case .article, .grouping, .transitionalHeading:
                inEditorialBlock = false
            case .blank:
                return
            default:
                appendLoose(.note(text), line: lineNumber, warn: false)
                return
            }
        }
        if readMatter(text, at: index) { return }
        if provision != nil, Numbering.matches(lexicon.previousWordingHeading, text) {
            // `Texto anterior:` and the superseded wording after it, up to the next article: editorial, not law.
            inEditorialBlock = true
            appendLoose(.note(text), line: lineNumber, warn: false)
            return
        }
        switch kinds[index] {
        case .blank:
            return
        case .note:
            appendLoose(.note(text), line: lineNumber, warn: false)
        case .transitionalHeading:
            endQuoteMode()
            closeProvision()
            let unit = Unit(element: "transitional", style: "transitional", label: nil, number: "", line: lineNumber)
            unit.heading = text
            groupStack = [unit]
            outline.body.append(.unit(unit))
        case .grouping(let grouping):
            readGrouping(grouping, at: index)
        case .article(let article):
            if article.disposition && !isDispositionContext(at: index) {
                readText(text, at: index)
            } else if article.sequential && !followsSequence(article) {
                // `2. ...` inside section 5: a numbered item, not a section.
                if provision != nil, let marker = numbering.marker(text) {
                    readMarker(marker, indent: leadingSpaces(raw), at: index)
                } else {
                    readText(text, at: index)
                }
            } else {
                readArticle(article, at: index)
            }
        case .marker(let marker):
            if provision == nil {
                readText(text, at: index)
            } else {
                readMarker(marker, indent: leadingSpaces(raw), at: index)
            }
        case .text:
            readText(text, at: index)
        }
    }

    mutating func readGrouping(_ grouping: Numbering.Grouping, at index: Int) {
        let line = lines[index].number
        var quoted = false
        if activeMod != nil && openQuoted != nil {
            quoted = true
        } else if pendingIntro != nil, let next = nextArticle(after: index), !isMainContinuation(next) {
            startModification()
            quoted = true
        }
        if quoted, let mod = activeMod {
            if openQuoted == nil {
                let structure = Unit(element: "quotedStructure", style: "qstr", label: nil, number: "", line: line)
                mod.parts.append(.quoted(structure))
                openQuoted = structure
                quotedGroupStack = []
            }
            if inQuotedArticle { returnToOwner() }
            provision = nil
            subStack = []
            let unit = makeGrouping(grouping, at: index)
            place(unit, in: &quotedGroupStack, root: openQuoted!)
            return
        }
        endQuoteMode()
        moveApprovingArticleToPreamble()
        closeProvision()
        let unit = makeGrouping(grouping, at: index)
        if let position = groupStack.lastIndex(where: { $0.element == unit.element }) {
            groupStack.removeSubrange(position...)
        }
        if let parent = groupStack.last {
            parent.items.append(.unit(unit))
        } else {
            outline.body.append(.unit(unit))
        }
        groupStack.append(unit)
    }

    mutating func makeGrouping(_ grouping: Numbering.Grouping, at index: Int) -> Unit {
        let unit = Unit(
            element: grouping.element, style: grouping.element, label: grouping.label, number: grouping.number,
            line: lines[index].number)
        if let heading = grouping.heading {
            var separator = Substring(grouping.separator)
            while separator.last == " " { separator = separator.dropLast() }
            unit.label = grouping.label + separator
            unit.heading = heading
            // A heading broken over two lines: `Título 4 - Delitos ... y derechos` / `afines`.
            if let next = nextNonBlank(after: index), next == index + 1, kinds[next] == .text,
                lines[next].text.trimmingCharacters(in: .whitespaces).first?.isLowercase == true,
                lines[next].text.split(separator: " ").count <= 4
            {
                unit.heading = heading + " " + lines[next].text.trimmingCharacters(in: .whitespaces)
                consumed.insert(next)
            }
        } else if let next = nextNonBlank(after: index), kinds[next] == .text,
            Numbering.isHeadingLike(lines[next].text, maxWords: 30)
                || lines[next].text == lines[next].text.uppercased() || headsGrouping(next)
        {
            unit.heading = lines[next].text.trimmingCharacters(in: .whitespaces)
            consumed.insert(next)
        }
        return unit
    }

    /// A sentence-like line under a bare grouping label that another grouping or an article follows is the
    /// grouping's heading, full stop and all: `LIBRO I` / `Disposiciones generales sobre los delitos, ... de la
    /// infracción penal.` / `TÍTULO I. De la infracción penal`.
    func headsGrouping(_ line: Int) -> Bool {
        let text = lines[line].text.trimmingCharacters(in: .whitespaces)
        guard text.last == ".", Numbering.isHeadingLike(String(text.dropLast()), maxWords: 30),
            let after = nextNonBlank(after: line)
        else { return false }
        switch kinds[after] {
        case .grouping, .article, .transitionalHeading: return true
        default: return false
        }
    }

    func place(_ unit: Unit, in stack: inout [Unit], root: Unit) {
        if let position = stack.lastIndex(where: { $0.element == unit.element }) {
            stack.removeSubrange(position...)
        }
        (stack.last ?? root).items.append(.unit(unit))
        stack.append(unit)
    }

    mutating func readArticle(_ article: Numbering.ArticleLine, at index: Int) {
        let line = lines[index].number
        let isMain = isMainContinuation(article)
        let hasQuote = !article.leadingQuote.trimmingCharacters(in: .whitespaces).isEmpty
        var quoted = false
        if pendingIntro != nil && openQuoted == nil {
            // A new amending formula: its own modification, even right after another one's quotation.
            quoted = hasQuote || !isMain
            if quoted && activeMod != nil { endQuoteMode() }
        } else if let mod = activeMod {
            if openQuoted != nil {
                quoted = hasQuote || !isMain
            } else {
                quoted = hasQuote
                    || (!isMain && Numbering.leadingInteger(article.number).map(mod.citedNumbers.contains) == true)
            }
        }
        if quoted {
            if activeMod == nil { startModification() }
            openQuotedArticle(article, line: line)
        } else {
            endQuoteMode()
            if !isMain { moveApprovingArticleToPreamble() }
            closeProvision()
            if !article.inWords, let number = Numbering.leadingInteger(article.number) {
                mainLast = (number, article.number)
            }
            let unit = Unit(
                element: article.element, style: article.element, label: article.leadingQuote + article.label,
                number: article.number, line: line)
            if let parent = groupStack.last {
                parent.items.append(.unit(unit))
            } else {
                outline.body.append(.unit(unit))
            }
            provision = unit
            subStack = []
            lastLetters = [:]
        }
        readArticleRest(article, at: index)
    }

    /// The heading and first text of an article, from its own line (and the next, for `Article 1` / `Definitions`).
    mutating func readArticleRest(_ article: Numbering.ArticleLine, at index: Int) {
        guard let unit = provision else { return }
        var rest = article.rest
        let closesQuotation = Numbering.endsWithClosingQuote(article.rest)
        if numbering.tradition.inlineMarkers, !article.bare, startsWithMarker(rest) {
            // `4.(1) A person ...`: the section opens with its first subsection; its heading, if any, is above.
        } else if numbering.isNote(rest) {
            // `Article 389-1 .- (Créé par la loi n° 1.435 du 8 novembre 2016 )`: an editorial note where the
            // heading would stand, not a heading.
            unit.items.append(.note(rest))
            rest = ""
        } else if article.bare {
            unit.heading = rest
            rest = ""
        } else if rest.isEmpty {
            if let next = nextNonBlank(after: index), kinds[next] == .text,
                Numbering.isHeadingLike(lines[next].text)
            {
                unit.heading = lines[next].text.trimmingCharacters(in: .whitespaces)
                consumed.insert(next)
            }
        } else if Numbering.isHeadingLike(rest, maxWords: 40), !Numbering.hasSubstring(rest, ". "),
            rest.last.map({ $0.isLetter || $0.isNumber || $0 == ")" }) == true, let next = nextNonBlank(after: index),
            kinds[next] == .text || kinds[next] == .note || isMarker(kinds[next])
        {
            unit.heading = rest
            rest = ""
        } else if let next = nextNonBlank(after: index), kinds[next] == .text || isMarker(kinds[next]),
            isSentenceHeading(rest)
        {
            // `Art. 140.- Pornografía relativa a niños y adolescentes.` and the text on the next lines.
            unit.heading = rest
            rest = ""
        } else if numbering.tradition.dashHeadings, let (heading, text) = dashHeading(rest) {
            // `Section 1. Title. — This Act ...`
            unit.heading = heading
            rest = text
        } else if let (heading, text) = parenthesizedHeading(rest) {
            // `ARTÍCULO 363 bis.- (MANIPULACIÓN INFORMÁTICA). El que ...`
            unit.heading = heading
            rest = text
        } else if let (heading, text) = inlineHeading(rest, runsOn: article.headingRunsOn) {
            unit.heading = heading
            rest = text
        } else if let (heading, text) = runInHeading(rest) {
            unit.heading = heading
            rest = text
        }
        if let pending = pendingHeading {
            pendingHeading = nil
            if unit.heading == nil {
                unit.heading = pending
                unit.headingAbove = true
            } else {
                insertCrossHeading(pending, before: unit)
            }
        }
        if !rest.isEmpty { addInline(rest, to: unit, at: index) }
        if inQuotedArticle, closesQuotation { closeQuotedArticle() }
    }

    mutating func readMarker(_ marker: Numbering.Marker, indent: Int, at index: Int, inline: Bool = false) {
        if openFragment != nil {
            readText(lines[index].text.trimmedSpaces, at: index)
            return
        }
        if activeMod != nil && !inQuotedArticle && openQuoted == nil {
            // The next numbered unit of the amending article after a closed quotation ends the insertion.
            endQuoteMode()
        }
        guard let provision else { return }
        var style = marker.style
        var element = marker.element
        if marker.romanCandidate, let roman = numbering.romanStyles[marker.style] {
            // `(i)` after `(h)` is a letter; otherwise a Roman numeral, one level down.
            let predecessor: [String: String] = ["i": "h", "v": "u", "x": "w", "l": "k", "c": "b", "d": "c", "m": "l"]
            let number = marker.number.lowercased()
            let last = lastLetters[marker.style]
            if !(number.count == 1 && last != nil && predecessor[number] == last) {
                style = roman.style
                element = roman.element
            }
        }
        if numbering.romanStyles[marker.style] != nil, style == marker.style {
            lastLetters[style] = marker.number.lowercased()
        }
        if let position = subStack.lastIndex(where: { $0.style == style }) {
            subStack.removeSubrange(position...)
        } else if marker.closesLists {
            // A parágrafo or subsection never belongs to a list item: it closes the lists open above it.
            while let last = subStack.last, numbering.listStyles.contains(last.style) || last.style.hasPrefix("list:") {
                subStack.removeLast()
            }
        } else {
            while let last = subStack.last, last.indent > indent { subStack.removeLast() }
        }
        let parent = subStack.last ?? provision
        if parent.childNumbers.contains(style + "|" + marker.number) {
            // The numbering starts again (`a)`, `b)` ... then `a)` again after a sentence): a second list, kept in
            // its own container with the sentence that introduces it, so that numbers stay unique.
            let container = Unit(element: "hcontainer", style: "list:" + style, label: nil, number: "", indent: indent, line: lines[index].number)
            if case .text = parent.items.last {
                container.items.append(parent.items.removeLast())
            } else if let pending = pendingHeading {
                // `RESERVAS` above the second list: the list's heading, not its first item's.
                container.heading = pending
                container.headingAbove = true
                pendingHeading = nil
            }
            parent.items.append(.unit(container))
            subStack.append(container)
        }
        let unit = Unit(
            element: element, style: style, label: marker.label, number: marker.number, indent: indent,
            line: lines[index].number)
        if let pending = pendingHeading {
            unit.heading = pending
            unit.headingAbove = true
            pendingHeading = nil
        }
        let container = subStack.last ?? provision
        container.items.append(.unit(unit))
        container.childNumbers.insert(style + "|" + marker.number)
        subStack.append(unit)
        pendingIntro = nil
        var rest = marker.rest
        if numbering.tradition.dashHeadings, unit.heading == nil, let (heading, text) = dashHeading(rest) {
            // `(1) Illegal Access. — The access ...`, `(a) In General.—Whoever ...`
            unit.heading = heading
            rest = text
        }
        if !rest.isEmpty {
            if inline { addText(rest, to: unit, at: index) } else { addInline(rest, to: unit, at: index) }
        }
        if inQuotedArticle, Numbering.endsWithClosingQuote(marker.rest) { closeQuotedArticle() }
    }

    mutating func readText(_ text: String, at index: Int) {
        let line = lines[index].number
        let indent = leadingSpaces(lines[index].text)
        if let fragment = openFragment {
            fragment.items.append(.text(segments(text)))
            if Numbering.endsWithClosingQuote(text) { openFragment = nil }
            return
        }
        if let (unit, itemIndex) = pendingIntro, let quote = text.first, "“\"«".contains(quote),
            case .text(let intro) = unit.items[itemIndex],
            let target = destination(in: intro.statutoryText)
        {
            // `... la siguiente letra f), nueva:` / `"f) Los que ...".`: quoted text for an existing article.
            startFragment(target: target, quote: String(quote), content: String(text.dropFirst()), at: index)
            return
        }
        if isHeadingCandidate(at: index) {
            pendingHeading = text
            return
        }
        guard provision != nil else {
            if openQuoted != nil, activeMod != nil {
                (quotedGroupStack.last ?? openQuoted!).items.append(.text(segments(text)))
                return
            }
            let bodyStarted = !outline.body.isEmpty || !groupStack.isEmpty
            if !bodyStarted {
                outline.preamble.append(.text(segments(text)))
            } else if Numbering.matches(lexicon.closingFormula, text) {
                inConclusions = true
                outline.conclusions.append(.text(segments(text)))
            } else {
                appendLoose(.text(segments(text)), line: line, warn: true)
            }
            return
        }
        if !inQuotedArticle && (activeMod == nil || openQuoted == nil)
            && Numbering.matches(lexicon.closingFormula, text)
        {
            endQuoteMode()
            closeProvision()
            inConclusions = true
            outline.conclusions.append(.text(segments(text)))
            return
        }
        if activeMod != nil && !inQuotedArticle && openQuoted == nil {
            // Text after a closed quotation belongs to the amending provision again and ends the insertion.
            endQuoteMode()
        }
        if let last = subStack.last, indent < last.indent {
            while let last = subStack.last, last.indent > indent { subStack.removeLast() }
        } else if let last = subStack.last, numbering.listStyles.contains(last.style) {
            subStack.removeLast()
        }
        let target = subStack.last ?? provision!
        addInline(text, to: target, at: index)
        if inQuotedArticle, Numbering.endsWithClosingQuote(text) { closeQuotedArticle() }
    }

    mutating func closeProvision() {
        openFragment = nil
        provision = nil
        subStack = []
        pendingIntro = nil
    }

    // MARK: helpers

    /// Lines a publisher wrapped at a fixed width rejoined: a line that stops mid-sentence (on a letter or a digit)
    /// and a next line of plain text that goes on in lower case are one line of the text ("... con utilización de" /
    /// "personas menores de edad o incapaces). El que ..."). The words are kept; only the break becomes a space.
    /// (A list item is no continuation: "a. en su territorio; o" / "b. a bordo de un buque".)
    static func unwrapped(_ lines: [LawText.Line], classify: (String) -> Numbering.Line) -> [LawText.Line] {
        var result: [LawText.Line] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            guard let last = result.last, continues(last.text, with: line.text), classify(line.text) == .text else {
                result.append(line)
                continue
            }
            let joined = last.text.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
                + " " + line.text.trimmingCharacters(in: .whitespaces)
            result[result.count - 1] = LawText.Line(number: last.number, text: joined)
        }
        return result
    }

    /// `next` goes on with the sentence `line` leaves open.
    static func continues(_ line: String, with next: String) -> Bool {
        let line = line.trimmingCharacters(in: .whitespaces)
        guard let end = line.last, end.isLetter || end.isNumber,
            let start = next.first(where: { $0 != " " }), start.isLowercase
        else { return false }
        // An item closed by "; o", "; and": the next line is the next item.
        if let semicolon = line.lastIndex(of: ";"), line[line.index(after: semicolon)...].split(separator: " ").count <= 1 {
            return false
        }
        let firstWord = next.split(separator: " ").first ?? ""
        return !(firstWord.count <= 5 && (firstWord.hasSuffix(".") || firstWord.hasSuffix(")")))
    }

    /// XML 1.0 cannot carry control characters (a form feed between gazette pages, a stray NUL): each becomes a
    /// space, reported with its position.
    mutating func sanitized(_ line: LawText.Line) -> LawText.Line {
        guard line.text.unicodeScalars.contains(where: Self.isForbiddenInXML) else { return line }
        var text = ""
        for (offset, scalar) in line.text.unicodeScalars.enumerated() {
            if Self.isForbiddenInXML(scalar) {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "character U+\(String(scalar.value, radix: 16, uppercase: true)) cannot be written in XML; replaced by a space",
                        file: file, line: line.number, column: offset + 1))
                text.unicodeScalars.append(" ")
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return LawText.Line(number: line.number, text: text)
    }

    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// An ordinal-numbered disposition stands alone only in the body, outside quoted text, and not as an item of
    /// a list its previous line announces (`Se declara:` / `PRIMERO. Que ...`).
    func isDispositionContext(at index: Int) -> Bool {
        guard !inQuotedArticle, openQuoted == nil, openFragment == nil,
            !outline.body.isEmpty || !groupStack.isEmpty
        else { return false }
        var previous = index - 1
        while previous >= 0, kinds[previous] == .blank { previous -= 1 }
        guard previous >= 0 else { return false }
        return lines[previous].text.trimmedSpaces.last != ":"
    }

    func isMainContinuation(_ article: Numbering.ArticleLine) -> Bool {
        if article.inWords { return false }
        guard let mainLast else { return true }
        return Numbering.plainInteger(article.number) == mainLast.number + 1
    }

    func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count {
            if kinds[next] != .blank && !consumed.contains(next) { return next }
            next += 1
        }
        return nil
    }

    func nextArticle(after index: Int) -> Numbering.ArticleLine? {
        for next in (index + 1)..<max(lines.count, index + 1) {
            if case .article(let article) = kinds[next] { return article }
        }
        return nil
    }

    func isMarker(_ kind: Numbering.Line) -> Bool {
        if case .marker = kind { true } else { false }
    }

    func leadingSpaces(_ text: String) -> Int {
        text.prefix { $0 == " " || $0 == "\t" }.count
    }

    func segments(_ text: String) -> [Segment] {
        if let (body, note) = numbering.splitTrailingNote(text) {
            return [.text(body), .note(note)]
        }
        return [.text(text)]
    }

    mutating func insertCrossHeading(_ heading: String, before unit: Unit) {
        if let parent = groupStack.last {
            parent.items.insert(.crossHeading(heading), at: max(parent.items.count - 1, 0))
        } else {
            outline.body.insert(.crossHeading(heading), at: max(outline.body.count - 1, 0))
        }
    }

    /// Text or a note outside any article: kept in the grouping it appears in (or the body).
    mutating func appendLoose(_ item: Item, line: Int, warn: Bool) {
        if let provision {
            (subStack.last ?? provision).items.append(item)
            return
        }
        if activeMod != nil, let structure = openQuoted {
            (quotedGroupStack.last ?? structure).items.append(item)
            return
        }
        let bodyStarted = !outline.body.isEmpty || !groupStack.isEmpty
        if !bodyStarted {
            outline.preamble.append(item)
            return
        }
        if warn {
            diagnostics.append(
                Diagnostic(
                    .warning, "text outside any article, kept as an unnumbered block", file: file, line: line,
                    column: 1))
        }
        if let parent = groupStack.last {
            parent.items.append(item)
        } else {
            outline.body.append(item)
        }
    }
}

