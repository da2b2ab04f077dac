import AkomaNtoso
import Foundation

/// Amending laws: formulas that introduce quoted articles or text, the modifications and quoted structures they
/// become, the host law they name, and treaty-approving laws.
extension OutlineReader {
    /// A law that approves a treaty and quotes it (`Artículo 1. Apruébase el Convenio ..., cuyo texto es como
    /// sigue:`), then the treaty's own articles and chapters: the approving article and the treaty's title block
    /// and preamble that follow it are the preamble of the treaty's text, not one of its articles.
    mutating func moveApprovingArticleToPreamble() {
        guard let unit = provision, groupStack.isEmpty, outline.body.count == 1,
            case .unit(let only) = outline.body[0], only === unit, unit.element == "article",
            let first = unit.items.first, case .text(let segments) = first,
            Numbering.matches(lexicon.approvalFormula, segments.statutoryText),
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

    mutating func openQuotedArticle(_ article: Numbering.ArticleLine, line: Int) {
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
        lastLetters = [:]
        inQuotedArticle = true
    }

    mutating func addText(_ text: String, to unit: Unit, at index: Int) {
        // `... tenga menos de 14 años de edad” “ Artículo 158.- ...`: the next quoted article on the same line.
        if inQuotedArticle, text.contains(where: { "”\"".contains($0) }),
            let groups = Numbering.captures(lexicon.nextQuotedArticle, text), let before = groups[1],
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
            let groups = Numbering.captures(lexicon.inlineInsertion, text),
            !Numbering.matches(lexicon.approvalFormula, text),
            let intro = groups[1], let articleText = groups[3], host(intro: intro, owner: provision) != nil,
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
            let groups = Numbering.captures(lexicon.inlineFragment, text), let intro = groups[1],
            let content = groups[3], let target = destination(in: intro),
            !Numbering.matches(lexicon.approvalFormula, intro), host(intro: intro, owner: provision) != nil
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
            Numbering.matches(lexicon.insertionIntroducer, pieces.statutoryText),
            !Numbering.matches(lexicon.approvalFormula, pieces.statutoryText),
            host(intro: pieces.statutoryText, owner: provision) != nil
        {
            pendingIntro = (unit, unit.items.count - 1)
        } else {
            pendingIntro = nil
        }
    }

    /// Turns the pending amending formula into a modification; quoted articles go into it from now on.
    mutating func startModification() {
        guard let (unit, index) = pendingIntro, let owner = provision, case .text(let intro) = unit.items[index] else {
            return
        }
        pendingIntro = nil
        let introText = intro.statutoryText
        let host = host(intro: introText, owner: owner)
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
    func host(intro: String, owner: Unit?) -> (title: String, inIntro: Bool, year: String?)? {
        let ownerText = owner.map { ([$0.heading ?? ""] + [$0.ownText]).joined(separator: "\n") } ?? ""
        for candidate in [intro, ownerText] {
            if let (name, _) = Numbering.firstMatch(lexicon.codeName, in: candidate) {
                return (name, candidate == intro, nil)
            }
            if let (name, year) = hostLaw(in: candidate) {
                return (name, candidate == intro, year)
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
    func hostLaw(in text: String) -> (String, String?)? {
        let range = NSRange(text.startIndex..., in: text)
        for match in lexicon.numberedLaw.matches(in: text, range: range) {
            guard let whole = Range(match.range, in: text) else { continue }
            let before = text[..<whole.lowerBound].suffix(30).lowercased()
            if lexicon.byWords.contains(where: { before.contains($0 + " ") }) { continue }
            let year = Range(match.range(withName: "year"), in: text).map { String(text[$0]) }
            return (String(text[whole]), year)
        }
        return nil
    }

    /// The article an amending formula inserts text into, as an eId in the host: `artículo 36 B` -> `art_36B`.
    func destination(in intro: String) -> String? {
        let range = NSRange(intro.startIndex..., in: intro)
        guard let match = lexicon.destinationArticle.matches(in: intro, range: range).last,
            let number = Range(match.range(at: 1), in: intro)
        else { return nil }
        return "art_" + Identifiers.cleanNumber(String(intro[number]))
    }

    /// Turns the pending formula into a modification whose quoted structure holds text for an existing article.
    mutating func startFragment(target: String, quote: String, content: String, at index: Int) {
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

    mutating func closeQuotedArticle() {
        openQuoted = nil
        quotedGroupStack = []
        returnToOwner()
    }

    mutating func returnToOwner() {
        if let owner = modOwner {
            provision = owner.provision
            subStack = owner.subStack
        }
        inQuotedArticle = false
    }

    mutating func endQuoteMode() {
        if inQuotedArticle { returnToOwner() }
        activeMod = nil
        modOwner = nil
        openQuoted = nil
        quotedGroupStack = []
        inQuotedArticle = false
    }
}
