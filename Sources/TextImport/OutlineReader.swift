import AkomaNtoso
import Foundation

/// Reads a law's body lines into an `Outline`: one pass, line by line, keeping the open grouping units, the
/// current article and its open sub-units, and — for amending laws — the modification whose quoted articles are
/// being read. Every line lands somewhere; lines outside any article are reported.
struct OutlineReader {
    let numbering: Numbering
    let file: String?
    let country: String
    private(set) var diagnostics: [Diagnostic] = []

    private var outline = Outline()
    private var lines: [LawText.Line] = []
    /// Each line classified once, so that the reader can look ahead.
    private var kinds: [Numbering.Line] = []
    /// Lines already read as a heading of the unit above them.
    private var consumed: Set<Int> = []

    /// Open groupings of the law itself, outermost first.
    private var groupStack: [Unit] = []
    /// The article or section being read (the law's own, or a quoted one).
    private var provision: Unit?
    /// Its open sub-units, outermost first.
    private var subStack: [Unit] = []
    /// The last `(a)`-style letter, to tell `(i)` the letter from `(i)` the Roman numeral.
    private var lastLetter: String?
    private var inConclusions = false
    /// Inside `Texto anterior:`: superseded wording, kept as notes up to the next article.
    private var inEditorialBlock = false
    /// Leading integer of the law's last own article: the next one continues the sequence.
    private var mainLast: Int?
    /// A title line printed above the next article or sub-unit.
    private var pendingHeading: String?
    /// The text line that ends with an amending formula (`... del siguiente tenor:`), where it was put.
    private var pendingIntro: (unit: Unit, index: Int)?

    /// The modification quoted articles go into, while an insertion is being read.
    private var activeMod: Modification?
    /// The amending article and its open sub-units, to return to after a quoted article.
    private var modOwner: (provision: Unit, subStack: [Unit])?
    /// The quoted structure still open (no closing quotation mark yet).
    private var openQuoted: Unit?
    private var quotedGroupStack: [Unit] = []
    private var inQuotedArticle = false
    /// Quoted text inserted into an existing article, still open (no closing quotation mark yet).
    private var openFragment: Unit?

    init(numbering: Numbering, file: String?, country: String) {
        self.numbering = numbering
        self.file = file
        self.country = country
    }

    mutating func read(_ bodyLines: [LawText.Line]) -> Outline {
        lines = []
        for line in bodyLines { lines.append(sanitized(line)) }
        kinds = lines.map { numbering.classify($0.text) }
        for index in lines.indices where !consumed.contains(index) {
            readLine(at: index)
        }
        return outline
    }

    // MARK: one line

    private mutating func readLine(at index: Int) {
        let raw = lines[index].text
        let text = raw.trimmedSpaces
        let lineNumber = lines[index].number
        if inConclusions {
            switch kinds[index] {
            case .blank: break
            case .note: outline.conclusions.append(.note(text))
            default: outline.conclusions.append(.text(segments(text)))
            }
            return
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
        if provision != nil, Numbering.matches(Numbering.previousWordingHeading, text) {
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
            readArticle(article, at: index)
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

    /// A law that approves a treaty and quotes it (`Artículo 1. Apruébase el Convenio ..., cuyo texto es como
    /// sigue:`), then the treaty's own articles and chapters: the approving article and the treaty's title block
    /// and preamble that follow it are the preamble of the treaty's text, not one of its articles.
    private mutating func moveApprovingArticleToPreamble() {
        guard let unit = provision, groupStack.isEmpty, outline.body.count == 1,
            case .unit(let only) = outline.body[0], only === unit, unit.element == "article",
            let first = unit.items.first, case .text(let segments) = first,
            Numbering.matches(Numbering.approvalFormula, segments.statutoryText),
            Numbering.mayIntroduceInsertion(segments.statutoryText)
                || Numbering.hasSubstring(segments.statutoryText, ":")
        else { return }
        outline.body.removeAll()
        outline.preamble += Self.flattened(unit)
    }

    /// A unit as lines of text: its label and heading run into its first line, sub-units likewise.
    static func flattened(_ unit: Unit) -> [Item] {
        var items: [Item] = []
        var lead = [unit.label, unit.heading].compactMap { $0 }.joined(separator: " ")
        for item in unit.items {
            switch item {
            case .text(let segments) where !lead.isEmpty:
                items.append(.text([.text(lead + " ")] + segments))
                lead = ""
            case .unit(let inner):
                if !lead.isEmpty { items.append(.text([.text(lead)])); lead = "" }
                items += flattened(inner)
            default:
                if !lead.isEmpty { items.append(.text([.text(lead)])); lead = "" }
                items.append(item)
            }
        }
        if !lead.isEmpty { items.append(.text([.text(lead)])) }
        return items
    }

    private mutating func readGrouping(_ grouping: Numbering.Grouping, at index: Int) {
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

    private mutating func makeGrouping(_ grouping: Numbering.Grouping, at index: Int) -> Unit {
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
                || lines[next].text == lines[next].text.uppercased()
        {
            unit.heading = lines[next].text.trimmingCharacters(in: .whitespaces)
            consumed.insert(next)
        }
        return unit
    }

    private func place(_ unit: Unit, in stack: inout [Unit], root: Unit) {
        if let position = stack.lastIndex(where: { $0.element == unit.element }) {
            stack.removeSubrange(position...)
        }
        (stack.last ?? root).items.append(.unit(unit))
        stack.append(unit)
    }

    private mutating func readArticle(_ article: Numbering.ArticleLine, at index: Int) {
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
            if !article.inWords, let number = Numbering.leadingInteger(article.number) { mainLast = number }
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
            lastLetter = nil
        }
        readArticleRest(article, at: index)
    }

    /// The heading and first text of an article, from its own line (and the next, for `Article 1` / `Definitions`).
    private mutating func readArticleRest(_ article: Numbering.ArticleLine, at index: Int) {
        guard let unit = provision else { return }
        var rest = article.rest
        let closesQuotation = Numbering.endsWithClosingQuote(article.rest)
        if article.bare {
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
        } else if let (heading, text) = inlineHeading(rest) {
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
        if !rest.isEmpty { addText(rest, to: unit, at: index) }
        if inQuotedArticle, closesQuotation { closeQuotedArticle() }
    }

    private mutating func openQuotedArticle(_ article: Numbering.ArticleLine, line: Int) {
        guard let mod = activeMod else { return }
        let hasQuote = !article.leadingQuote.trimmingCharacters(in: .whitespaces).isEmpty
        if inQuotedArticle { returnToOwner() }
        if openQuoted == nil || hasQuote {
            if hasQuote { mod.parts.append(.text(article.leadingQuote.trimmingCharacters(in: .whitespaces))) }
            let structure = Unit(element: "quotedStructure", style: "qstr", label: nil, number: "", line: line)
            mod.parts.append(.quoted(structure))
            openQuoted = structure
            quotedGroupStack = []
        }
        let unit = Unit(
            element: article.element, style: article.element, label: article.label, number: article.number,
            line: line)
        (quotedGroupStack.last ?? openQuoted!).items.append(.unit(unit))
        provision = unit
        subStack = []
        lastLetter = nil
        inQuotedArticle = true
    }

    private mutating func readMarker(_ marker: Numbering.Marker, indent: Int, at index: Int) {
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
        if marker.romanCandidate {
            let predecessor: [String: String] = ["i": "h", "v": "u", "x": "w", "l": "k", "c": "b", "d": "c", "m": "l"]
            if !(marker.number.count == 1 && lastLetter != nil && predecessor[marker.number] == lastLetter) {
                style = "(i)"
                element = "subparagraph"
            }
        }
        if style == "(a)" { lastLetter = marker.number }
        if let position = subStack.lastIndex(where: { $0.style == style }) {
            subStack.removeSubrange(position...)
        } else if style == "§" || style == "(1)" {
            // A parágrafo or subsection never belongs to a list item: it closes the lists open above it.
            while let last = subStack.last, Self.listStyles.contains(last.style) || last.style.hasPrefix("list:") {
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
        if !marker.rest.isEmpty { addText(marker.rest, to: unit, at: index) }
        if inQuotedArticle, Numbering.endsWithClosingQuote(marker.rest) { closeQuotedArticle() }
    }

    private mutating func readText(_ text: String, at index: Int) {
        let line = lines[index].number
        let indent = leadingSpaces(lines[index].text)
        if let fragment = openFragment {
            fragment.items.append(.text(segments(text)))
            if Numbering.endsWithClosingQuote(text) { openFragment = nil }
            return
        }
        if let (unit, itemIndex) = pendingIntro, let quote = text.first, "“\"«".contains(quote),
            case .text(let intro) = unit.items[itemIndex],
            let target = Self.destination(in: intro.statutoryText)
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
            } else if Numbering.matches(Numbering.closingFormula, text) {
                inConclusions = true
                outline.conclusions.append(.text(segments(text)))
            } else {
                appendLoose(.text(segments(text)), line: line, warn: true)
            }
            return
        }
        if !inQuotedArticle && (activeMod == nil || openQuoted == nil)
            && Numbering.matches(Numbering.closingFormula, text)
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
        } else if let last = subStack.last, Self.listStyles.contains(last.style) {
            subStack.removeLast()
        }
        let target = subStack.last ?? provision!
        addText(text, to: target, at: index)
        if inQuotedArticle, Numbering.endsWithClosingQuote(text) { closeQuotedArticle() }
    }

    // MARK: text and amendments

    private mutating func addText(_ text: String, to unit: Unit, at index: Int) {
        // `... tenga menos de 14 años de edad” “ Artículo 158.- ...`: the next quoted article on the same line.
        if inQuotedArticle, text.contains(where: { "”\"".contains($0) }),
            let groups = Numbering.captures(Numbering.nextQuotedArticle, text), let before = groups[1],
            let quote = groups[2], let articleText = groups[3],
            case .article(let article) = numbering.classify(articleText)
        {
            unit.items.append(.text(segments(before)))
            closeQuotedArticle()
            let quotedArticle = Numbering.ArticleLine(
                leadingQuote: quote, label: article.label, number: article.number, rest: article.rest,
                inWords: article.inWords, bare: article.bare, element: article.element)
            openQuotedArticle(quotedArticle, line: lines[index].number)
            readArticleRest(quotedArticle, at: index)
            return
        }
        if !inQuotedArticle, Numbering.mayHoldInlineInsertion(text),
            let groups = Numbering.captures(Numbering.inlineInsertion, text),
            !Numbering.matches(Numbering.approvalFormula, text),
            let intro = groups[1], let articleText = groups[3], Self.host(intro: intro, owner: provision) != nil,
            case .article(let article) = numbering.classify(articleText)
        {
            let quote = (groups[2] ?? "").trimmingCharacters(in: .whitespaces)
            unit.items.append(.text(segments(intro)))
            pendingIntro = (unit, unit.items.count - 1)
            startModification()
            let quotedArticle = Numbering.ArticleLine(
                leadingQuote: quote, label: article.label, number: article.number, rest: article.rest,
                inWords: article.inWords, bare: article.bare, element: article.element)
            if quote.isEmpty, let mod = activeMod {
                // The structure opens without a printed quotation mark.
                let structure = Unit(element: "quotedStructure", style: "qstr", label: nil, number: "", line: lines[index].number)
                mod.parts.append(.quoted(structure))
                openQuoted = structure
                quotedGroupStack = []
            }
            openQuotedArticle(quotedArticle, line: lines[index].number)
            readArticleRest(quotedArticle, at: index)
            return
        }
        if !inQuotedArticle, text.contains(":" as Character),
            let groups = Numbering.captures(Numbering.inlineFragment, text), let intro = groups[1],
            let content = groups[3], let target = Self.destination(in: intro),
            !Numbering.matches(Numbering.approvalFormula, intro), Self.host(intro: intro, owner: provision) != nil
        {
            // `Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente: Inciso 16. El que ...`
            unit.items.append(.text(segments(intro)))
            pendingIntro = (unit, unit.items.count - 1)
            startFragment(target: target, quote: (groups[2] ?? "").trimmedSpaces, content: content, at: index)
            return
        }
        let pieces = segments(text)
        unit.items.append(.text(pieces))
        if !inQuotedArticle, Numbering.mayIntroduceInsertion(pieces.statutoryText),
            Numbering.matches(Numbering.insertionIntroducer, pieces.statutoryText),
            !Numbering.matches(Numbering.approvalFormula, pieces.statutoryText),
            Self.host(intro: pieces.statutoryText, owner: provision) != nil
        {
            pendingIntro = (unit, unit.items.count - 1)
        } else {
            pendingIntro = nil
        }
    }

    /// Turns the pending amending formula into a modification; quoted articles go into it from now on.
    private mutating func startModification() {
        guard let (unit, index) = pendingIntro, let owner = provision, case .text(let intro) = unit.items[index] else {
            return
        }
        pendingIntro = nil
        let introText = intro.statutoryText
        let host = Self.host(intro: introText, owner: owner)
        let hostTitle = host?.title
        let hostInIntro = host?.inIntro ?? false
        let year = host?.year
        var href = "#host"
        if let hostTitle {
            if let year, let digits = Numbering.firstMatch(Numbering.regex(#"\d[\d.]*\d"#), in: hostTitle)?.0 {
                href = "/akn/\(country)/act/\(year)/\(digits.replacingOccurrences(of: ".", with: ""))"
            } else {
                href = "#" + Identifiers.slug(hostTitle)
            }
        }
        let cited = Self.integers(in: introText + " " + (owner.heading ?? ""))
        let mod = Modification(
            intro: intro, hostTitle: hostTitle, hostInIntro: hostInIntro, hostHref: href, citedNumbers: cited)
        unit.items[index] = .mod(mod)
        activeMod = mod
        modOwner = (owner, subStack)
    }

    /// The law an amending formula points at: named in the formula itself, else in its article's heading or text.
    /// A code is preferred to a numbered law (`la Ley N° 1160 "CODIGO PENAL"`).
    static func host(intro: String, owner: Unit?) -> (title: String, inIntro: Bool, year: String?)? {
        let ownerText = owner.map { ([$0.heading ?? ""] + [$0.ownText]).joined(separator: "\n") } ?? ""
        for candidate in [intro, ownerText] {
            if let (name, _) = Numbering.firstMatch(Numbering.codeName, in: candidate) {
                return (name, candidate == intro, nil)
            }
            if let (name, groups) = hostLaw(in: candidate) {
                return (name, candidate == intro, groups[1])
            }
        }
        return nil
    }

    /// Every whole number in a text: `los artículos 5 y 9` -> {5, 9}.
    static func integers(in text: String) -> Set<Int> {
        var numbers: Set<Int> = []
        var digits = ""
        for character in text + " " {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                if let number = Int(digits) { numbers.insert(number) }
                digits = ""
            }
        }
        return numbers
    }

    /// The first numbered law named as the object of the amendment, not as its author (`modificado por la Ley 1329`).
    private static func hostLaw(in text: String) -> (String, [String?])? {
        let range = NSRange(text.startIndex..., in: text)
        for match in Numbering.numberedLaw.matches(in: text, range: range) {
            guard let whole = Range(match.range, in: text) else { continue }
            let before = text[..<whole.lowerBound].suffix(30).lowercased()
            if before.contains("por ") || before.contains("pela ") || before.contains("pelo ") || before.contains("by ") {
                continue
            }
            let groups = (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
            return (String(text[whole]), groups)
        }
        return nil
    }

    /// The article an amending formula inserts text into, as an eId in the host: `artículo 36 B` -> `art_36B`.
    static func destination(in intro: String) -> String? {
        let range = NSRange(intro.startIndex..., in: intro)
        guard let match = Numbering.destinationArticle.matches(in: intro, range: range).last,
            let number = Range(match.range(at: 1), in: intro)
        else { return nil }
        return "art_" + Identifiers.cleanNumber(String(intro[number]))
    }

    /// Turns the pending formula into a modification whose quoted structure holds text for an existing article.
    private mutating func startFragment(target: String, quote: String, content: String, at index: Int) {
        startModification()
        guard let mod = activeMod else { return }
        let structure = Unit(element: "quotedStructure", style: "qstr", label: nil, number: "", line: lines[index].number)
        structure.target = target
        if !quote.isEmpty { mod.parts.append(.text(quote)) }
        mod.parts.append(.quoted(structure))
        structure.items.append(.text(segments(content.trimmedSpaces)))
        endQuoteMode()
        if !quote.isEmpty && !Numbering.endsWithClosingQuote(content) { openFragment = structure }
    }

    private mutating func closeQuotedArticle() {
        openQuoted = nil
        quotedGroupStack = []
        returnToOwner()
    }

    private mutating func returnToOwner() {
        if let owner = modOwner {
            provision = owner.provision
            subStack = owner.subStack
        }
        inQuotedArticle = false
    }

    private mutating func endQuoteMode() {
        if inQuotedArticle { returnToOwner() }
        activeMod = nil
        modOwner = nil
        openQuoted = nil
        quotedGroupStack = []
        inQuotedArticle = false
    }

    private mutating func closeProvision() {
        openFragment = nil
        provision = nil
        subStack = []
        pendingIntro = nil
    }

    // MARK: helpers

    /// XML 1.0 cannot carry control characters (a form feed between gazette pages, a stray NUL): each becomes a
    /// space, reported with its position.
    private mutating func sanitized(_ line: LawText.Line) -> LawText.Line {
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

    private func isMainContinuation(_ article: Numbering.ArticleLine) -> Bool {
        if article.inWords { return false }
        guard let mainLast else { return true }
        return Numbering.plainInteger(article.number) == mainLast + 1
    }

    private func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count {
            if kinds[next] != .blank && !consumed.contains(next) { return next }
            next += 1
        }
        return nil
    }

    private func nextArticle(after index: Int) -> Numbering.ArticleLine? {
        for next in (index + 1)..<max(lines.count, index + 1) {
            if case .article(let article) = kinds[next] { return article }
        }
        return nil
    }

    /// A short title line directly above an article or a numbered sub-unit is that unit's heading.
    private func isHeadingCandidate(at index: Int) -> Bool {
        guard Numbering.isHeadingLike(lines[index].text), let next = nextNonBlank(after: index) else { return false }
        switch kinds[next] {
        case .article: return true
        case .marker: return provision != nil
        default: return false
        }
    }

    private func isMarker(_ kind: Numbering.Line) -> Bool {
        if case .marker = kind { true } else { false }
    }

    /// A one-sentence title: short, no clause punctuation, not an enacting verb, ending with a full stop.
    private func isSentenceHeading(_ text: String) -> Bool {
        guard text.hasSuffix("."), text.first?.isUppercase == true, !text.contains("," as Character), !text.contains(";" as Character),
            !text.contains("[" as Character), !text.contains("…" as Character)
        else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 12, let first = words.first, !Self.isEncliticImperative(String(first)) else { return false }
        return !Numbering.hasSubstring(String(text.dropLast()), ". ")
    }

    /// A heading run into the text without punctuation, as flattened sources print it: `Acceso ilícito El que
    /// deliberada e ilegítimamente ...` -> (`Acceso ilícito`, `El que ...`). Only before a capitalised opening of
    /// an offence, which a sentence does not have in its middle.
    private func runInHeading(_ rest: String) -> (String, String)? {
        let range = NSRange(rest.startIndex..., in: rest)
        guard let match = Self.runInOpening.firstMatch(in: rest, range: range),
            let opening = Range(match.range(at: 1), in: rest)
        else { return nil }
        let heading = rest[..<opening.lowerBound].trimmingCharacters(in: .whitespaces)
        let words = heading.split(separator: " ")
        guard (1...16).contains(words.count), heading.first?.isUppercase == true,
            !heading.contains(where: { ".:;[…".contains($0) || $0.isNumber })
        else { return nil }
        return (heading, String(rest[opening.lowerBound...]))
    }

    static let runInOpening = Numbering.regex(
        #"\s((?:El|La|Los|Las|Al) que|Quien(?:es)?|A quien(?:es)?|Quiconque|Le fait de|Whoever|Every person who|Aquele que)\b"#)

    /// Numbering styles of list items (numerales, literales, Roman incisos, paragraphs of subsections).
    static let listStyles: Set<String> = ["1)", "1.", "a)", "a.", "I -", "(a)", "(i)"]

    /// `Acceso ilícito. El que ...` -> (`Acceso ilícito.`, `El que ...`).
    private func inlineHeading(_ rest: String) -> (String, String)? {
        guard let groups = Numbering.captures(Self.headingSplit, rest), let heading = groups[1], let text = groups[3]
        else { return nil }
        let words = heading.split(separator: " ")
        guard !heading.contains(";" as Character), !heading.contains("[" as Character),
            !heading.contains("…" as Character), words.last?.allSatisfy(\.isNumber) != true
        else { return nil }
        // A short title; a longer one, or one with commas, only before the words an offence opens with.
        // A sentence of the offence itself is no title.
        if Numbering.matches(Numbering.offenceOpening, heading) { return nil }
        let plain = words.count <= 12 && !heading.contains("," as Character)
        guard plain || (words.count <= 16 && Numbering.matches(Numbering.offenceOpening, text)) else { return nil }
        if let last = words.last?.lowercased(), Self.abbreviations.contains(String(last)) { return nil }
        if let first = words.first, Self.isEncliticImperative(String(first)) { return nil }
        return (heading + (groups[2] ?? ""), text)
    }

    static let headingSplit = Numbering.regex(#"^(\p{Lu}[^.:]*?[^\s.:])(\s*[.:])\s+([\p{Lu}“"«¿(].*)$"#)
    static let abbreviations: Set<String> = [
        "art", "arts", "inc", "núm", "num", "no", "n°", "nº", "sr", "sra", "etc", "ley", "dr", "lit", "num", "pág",
    ]

    /// `Comuníquese`, `Derógase`, `Modifícase`: enacting verbs, not headings.
    static func isEncliticImperative(_ word: String) -> Bool {
        let lowered = word.lowercased()
        let accented = lowered.contains { "áéíóú".contains($0) }
        return accented && (lowered.hasSuffix("se") || lowered.hasSuffix("nse"))
    }

    private func leadingSpaces(_ text: String) -> Int {
        text.prefix { $0 == " " || $0 == "\t" }.count
    }

    private func segments(_ text: String) -> [Segment] {
        if let (body, note) = numbering.splitTrailingNote(text) {
            return [.text(body), .note(note)]
        }
        return [.text(text)]
    }

    private mutating func insertCrossHeading(_ heading: String, before unit: Unit) {
        if let parent = groupStack.last {
            parent.items.insert(.crossHeading(heading), at: max(parent.items.count - 1, 0))
        } else {
            outline.body.insert(.crossHeading(heading), at: max(outline.body.count - 1, 0))
        }
    }

    /// Text or a note outside any article: kept in the grouping it appears in (or the body).
    private mutating func appendLoose(_ item: Item, line: Int, warn: Bool) {
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

