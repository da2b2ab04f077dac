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
    private var kinds: [Numbering.Line] = []
    private var consumed: Set<Int> = []

    private var groupStack: [Unit] = []
    private var provision: Unit?
    private var subStack: [Unit] = []
    private var lastLetter: String?
    private var inConclusions = false
    private var mainLast: Int?
    private var pendingHeading: String?
    private var pendingIntro: (unit: Unit, index: Int)?

    private var activeMod: Modification?
    private var modOwner: (provision: Unit, subStack: [Unit])?
    private var openQuoted: Unit?
    private var quotedGroupStack: [Unit] = []
    private var inQuotedArticle = false

    init(numbering: Numbering, file: String?, country: String) {
        self.numbering = numbering
        self.file = file
        self.country = country
    }

    mutating func read(_ bodyLines: [LawText.Line]) -> Outline {
        lines = bodyLines
        kinds = bodyLines.map { numbering.classify($0.text) }
        for index in lines.indices where !consumed.contains(index) {
            readLine(at: index)
        }
        return outline
    }

    // MARK: one line

    private mutating func readLine(at index: Int) {
        let raw = lines[index].text
        let text = raw.trimmingCharacters(in: .whitespaces)
        let lineNumber = lines[index].number
        if inConclusions {
            switch kinds[index] {
            case .blank: break
            case .note: outline.conclusions.append(.note(text))
            default: outline.conclusions.append(.text(segments(text)))
            }
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
            let separator = grouping.separator.trimmingCharacters(in: .whitespaces)
            unit.label = grouping.label + (separator.first.map { "-–—".contains($0) } == true ? " " + separator : separator)
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
        if let mod = activeMod {
            if openQuoted != nil {
                quoted = hasQuote || !isMain
            } else {
                quoted = hasQuote
                    || (!isMain && Numbering.leadingInteger(article.number).map(mod.citedNumbers.contains) == true)
            }
        } else if pendingIntro != nil {
            quoted = hasQuote || !isMain
        }
        if quoted {
            if activeMod == nil { startModification() }
            openQuotedArticle(article, line: line)
        } else {
            endQuoteMode()
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
        } else if Numbering.isHeadingLike(rest, maxWords: 40), let next = nextNonBlank(after: index),
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
        if inQuotedArticle, Numbering.matches(Numbering.closingQuote, rest) { closeQuotedArticle() }
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
        } else {
            while let last = subStack.last, last.indent > indent { subStack.removeLast() }
        }
        let unit = Unit(
            element: element, style: style, label: marker.label, number: marker.number, indent: indent,
            line: lines[index].number)
        if let pending = pendingHeading {
            unit.heading = pending
            unit.headingAbove = true
            pendingHeading = nil
        }
        (subStack.last ?? provision).items.append(.unit(unit))
        subStack.append(unit)
        pendingIntro = nil
        if !marker.rest.isEmpty { addText(marker.rest, to: unit, at: index) }
        if inQuotedArticle, Numbering.matches(Numbering.closingQuote, marker.rest) { closeQuotedArticle() }
    }

    private mutating func readText(_ text: String, at index: Int) {
        let line = lines[index].number
        let indent = leadingSpaces(lines[index].text)
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
        } else if let last = subStack.last, ["1)", "1.", "a)", "a.", "I -", "(a)", "(i)"].contains(last.style) {
            subStack.removeLast()
        }
        let target = subStack.last ?? provision!
        addText(text, to: target, at: index)
        if inQuotedArticle, Numbering.matches(Numbering.closingQuote, text) { closeQuotedArticle() }
    }

    // MARK: text and amendments

    private mutating func addText(_ text: String, to unit: Unit, at index: Int) {
        // `... tenga menos de 14 años de edad” “ Artículo 158.- ...`: the next quoted article on the same line.
        if inQuotedArticle, let groups = Numbering.captures(Numbering.nextQuotedArticle, text), let before = groups[1],
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
        if !inQuotedArticle, !Numbering.matches(Numbering.approvalFormula, text),
            let groups = Numbering.captures(Numbering.inlineInsertion, text),
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
        let pieces = segments(text)
        unit.items.append(.text(pieces))
        if !inQuotedArticle, Numbering.matches(Numbering.insertionIntroducer, pieces.statutoryText),
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
        let cited = Set(
            Numbering.regex(#"\d{1,4}"#).matches(
                in: introText + " " + (owner.heading ?? ""),
                range: NSRange((introText + " " + (owner.heading ?? "")).startIndex..., in: introText + " " + (owner.heading ?? ""))
            ).compactMap { match -> Int? in
                let whole = introText + " " + (owner.heading ?? "")
                return Range(match.range, in: whole).flatMap { Int(whole[$0]) }
            })
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
        provision = nil
        subStack = []
        pendingIntro = nil
    }

    // MARK: helpers

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
        guard text.hasSuffix("."), text.first?.isUppercase == true, !text.contains(","), !text.contains(";"),
            !text.contains("["), !text.contains("…")
        else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 12, let first = words.first, !Self.isEncliticImperative(String(first)) else { return false }
        return !text.dropLast().contains(". ")
    }

    /// `Acceso ilícito. El que ...` -> (`Acceso ilícito.`, `El que ...`).
    private func inlineHeading(_ rest: String) -> (String, String)? {
        guard let groups = Numbering.captures(Self.headingSplit, rest), let heading = groups[1], let text = groups[3]
        else { return nil }
        let words = heading.split(separator: " ")
        guard words.count <= 12, !heading.contains(","), !heading.contains(";"), !heading.contains("["),
            !heading.contains("…"), words.last?.allSatisfy(\.isNumber) != true
        else { return nil }
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

