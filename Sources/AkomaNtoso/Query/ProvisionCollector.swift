import Foundation

extension Document {
    /// Every citable provision (article, section, rule) in document order, including the articles this
    /// document inserts into other laws through `mod`/`quotedStructure`, which carry their `host`.
    public var provisions: [Provision] {
        guard let documentElement else { return [] }
        var collector = ProvisionCollector()
        collector.walk(documentElement)
        return collector.provisions
    }
}

/// Finds provisions and reads their plain text, in one walk of the tree.
struct ProvisionCollector {
    var provisions: [Provision] = []
    /// The elements above the one visited, outermost first.
    private var path: [Element] = []
    /// For each element of `path`: the grouping unit it is, read once however many provisions it holds.
    private var groupings: [Provision.Ancestor?] = []

    mutating func walk(_ element: Element) {
        if element.name == "meta" { return }
        if element.name == "quotedStructure", let (level, number) = Self.insertedFragmentTarget(element) {
            // Paragraphs or items inserted into an existing article (`Incorpórase como inciso 16 del artículo 173
            // del Código Penal, el siguiente: ...`): a fragment of that article, listed under its number.
            path.append(element)
            groupings.append(nil)
            provisions.append(makeProvision(element, level: level, number: number))
            path.removeLast()
            groupings.removeLast()
        } else if let level = HierarchyLevel(rawValue: element.name), level.isProvisionLevel {
            provisions.append(makeProvision(element, level: level))
        }
        // Keep walking: inserted articles inside `quotedStructure` and nested provisions are provisions too.
        path.append(element)
        groupings.append(Self.grouping(element))
        for case .element(let child) in element.children {
            walk(child)
        }
        path.removeLast()
        groupings.removeLast()
    }

    /// A grouping unit above provisions as they list it. A `transitional` block groups the transitory articles,
    /// numbered in their own sequence.
    private static func grouping(_ element: Element) -> Provision.Ancestor? {
        guard let level = HierarchyLevel(rawValue: element.name),
            level.isGrouping || level == .hcontainer || level == .transitional
        else { return nil }
        return Provision.Ancestor(
            level: element.name, eId: element.identifier,
            num: element.child("num").map { PlainText.inline($0) },
            heading: element.child("heading").map { PlainText.inline($0) })
    }

    /// A quoted structure holding no article of its own but naming the article it goes into (`for="#art_173"`).
    private static func insertedFragmentTarget(_ structure: Element) -> (HierarchyLevel, String)? {
        guard let target = structure[attribute: "for"], target.hasPrefix("#"),
            let last = target.dropFirst().components(separatedBy: "__").last,
            let underscore = last.firstIndex(of: "_")
        else { return nil }
        let alias = String(last[..<underscore])
        let number = String(last[last.index(after: underscore)...])
        guard !number.isEmpty,
            let level = HierarchyLevel.allCases.first(where: { $0.isProvisionLevel && $0.eIdAlias == alias }),
            !containsProvision(structure)
        else { return nil }
        return (level, number)
    }

    private static func containsProvision(_ element: Element) -> Bool {
        element.elements.contains { HierarchyLevel(rawValue: $0.name)?.isProvisionLevel == true || containsProvision($0) }
    }

    /// The provision `element`, with `path` (and `groupings`) holding the elements above it.
    private func makeProvision(_ element: Element, level: HierarchyLevel, number: String? = nil) -> Provision {
        let quotedIndex = path.lastIndex { $0.name == "quotedStructure" }
        // Inside a quoted structure, the units of the law it goes into.
        let structural = quotedIndex.map { groupings[($0 + 1)...] } ?? groupings[...]
        let ancestors = structural.compactMap { $0 }
        var host: Provision.InsertionHost?
        if let quotedIndex {
            let insertingProvision = path[..<quotedIndex].last {
                HierarchyLevel(rawValue: $0.name)?.isProvisionLevel == true
            }
            let mod = path[..<quotedIndex].last { $0.name == "mod" }
            let reference = mod.flatMap { Self.firstReference(in: $0) }
            // The host as named in the text, or in the ref's `title` when the name is printed outside the mod.
            let title = reference.map { PlainText.inline($0) }.flatMap { $0.isEmpty ? reference?[attribute: "title"] : $0 }
            host = Provision.InsertionHost(
                href: reference?[attribute: "href"] ?? path[quotedIndex][attribute: "for"],
                title: title,
                abbreviation: title.map(Provision.abbreviation(ofTitle:)),
                insertedByEId: insertingProvision?.identifier ?? "",
                insertedByNum: insertingProvision?.child("num").map { Provision.cleanNumber(PlainText.inline($0)) },
                insertedByHeading: insertingProvision?.child("heading").map { PlainText.inline($0) })
        }
        return Provision(
            eId: element.identifier ?? Self.syntheticIdentifier(path: path, element: element),
            level: level.rawValue,
            num: number ?? element.child("num").map { Provision.cleanNumber(PlainText.inline($0)) },
            heading: element.child("heading").map { PlainText.inline($0) },
            text: PlainText.provisionBody(element),
            ancestors: ancestors,
            host: host,
            location: element.location)
    }

    /// The first `ref` in a `mod` outside its quoted structures: the law the modification applies to.
    private static func firstReference(in element: Element) -> Element? {
        for child in element.elements where child.name != "quotedStructure" {
            if child.name == "ref" { return child }
            if let found = firstReference(in: child) { return found }
        }
        return nil
    }

    private static func syntheticIdentifier(path: [Element], element: Element) -> String {
        (path + [element]).map(\.name).joined(separator: "__")
    }
}

extension Element {
    /// `eId`, or the older `id`, or `wId`: whatever the publisher identified the element with.
    public var identifier: String? { self[attribute: "eId"] ?? self[attribute: "id"] ?? self[attribute: "wId"] }
}

extension Provision {
    /// The number without its label and trailing punctuation: `Artículo 2°.-` -> `2°`, `Section 342.1` -> `342.1`,
    /// `Art. 154-A.` -> `154-A`, `§ 2º-A` -> `2º-A`, `[§707-752]` -> `707-752`, `S 156.05` -> `156.05`,
    /// `NRS 205.4765` -> `205.4765`.
    public static func cleanNumber(_ printed: String) -> String {
        var text = trimmed(printed[...], newlines: true)
        // An opening quotation mark of a quoted article printed before its label: `"ARTÍCULO 219-A.`
        while let first = text.first, Self.isOpeningQuote(first) {
            text = trimmed(text.dropFirst(), newlines: false)
        }
        // A bracketed section, as Hawaii prints a section carried over unchanged from a session law: `[§707-752]`.
        if let inner = Self.enclosed(text, "[", "]") { text = trimmed(inner, newlines: false) }
        // The `S` or `SS` that ASCII texts print for the section sign: `S 156.05`.
        if let sign = Self.asciiSectionSign(text) { text = trimmed(text.dropFirst(sign), newlines: false) }
        // The code's abbreviation before a code section number: `NRS 205.4765`, `RCW 9A.90.040`.
        if let abbreviation = Self.codeAbbreviation(text) {
            text = trimmed(text.dropFirst(abbreviation), newlines: false)
        }
        let labels = [
            "artículo", "articulo", "artigo", "article", "arto.", "art.", "art", "section", "sec.", "s.", "§§", "§", "rule",
        ]
        let lowered = text.lowercased()
        var labelled = false
        for label in labels where lowered.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if rest.first.map({ $0 == " " || $0 == "." || $0.isNumber }) ?? false || label.hasSuffix(".") || label.hasPrefix("§") {
                text = trimmed(rest, newlines: false)
                if text.hasPrefix(".") { text = trimmed(text.dropFirst(), newlines: false) }
                labelled = true
                break
            }
        }
        while let last = text.last, Self.isTrailingSeparator(last) {
            text.removeLast()
        }
        // A labelled number printed in parentheses, as translations of Gulf States' laws print it: `Article (16)`.
        if labelled, let inner = Self.enclosed(text, "(", ")") { text = String(inner) }
        return text
    }

    /// The length of an ASCII section sign that opens `text` (`S 156.05`, `SS 156.05-156.10`): `S` or `SS`, a space
    /// and a digit.
    private static func asciiSectionSign(_ text: String) -> Int? {
        let sign = text.prefix(while: { $0 == "S" })
        guard (1...2).contains(sign.count) else { return nil }
        let rest = text.dropFirst(sign.count)
        guard rest.first == " ", rest.dropFirst().first?.isNumber ?? false else { return nil }
        return sign.count
    }

    /// The length of a code's abbreviation that opens `text` before a code section number (`NRS 205.4765`,
    /// `A.R.S. 13-2316`): capitals, letters and dots up to a space, then a number with a dot, hyphen or colon inside.
    /// A plain number after capitals is another code's article (`CPP 273`) and keeps them.
    private static func codeAbbreviation(_ text: String) -> Int? {
        guard let first = text.first, first.isASCII, first.isUppercase else { return nil }
        let token = text.prefix(while: { $0.isASCII && ($0.isLetter || $0 == ".") })
        guard (2...8).contains(token.count), token.filter(\.isUppercase).count >= 2 else { return nil }
        let number = text.dropFirst(token.count)
        guard number.first == " " else { return nil }
        let printed = number.dropFirst().prefix(while: { $0 != " " })
        guard printed.first?.isNumber ?? false else { return nil }
        let separated = zip(printed, printed.dropFirst()).contains { ".-:–".contains($0) && $1.isNumber }
        return separated ? token.count : nil
    }

    /// What `text` holds between `open` and `close` when the pair encloses it whole (no other `open` inside).
    private static func enclosed(_ text: String, _ open: Character, _ close: Character) -> Substring? {
        guard text.first == open, text.last == close, !text.dropFirst().contains(open) else { return nil }
        return text.dropFirst().dropLast()
    }

    private static func isOpeningQuote(_ character: Character) -> Bool {
        switch character {
        case "\"", "“", "«", "'", "‘": true
        default: false
        }
    }

    private static func isTrailingSeparator(_ character: Character) -> Bool {
        switch character {
        case ".", "-", ":", "—", "–", ",", ";", " ": true
        default: false
        }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (or `.whitespaces`) as Foundation does it, without the
    /// round trip through `NSString` (the numbers of a large corpus are many): the scalars of those sets are cut
    /// from both ends.
    static func trimmed(_ text: Substring, newlines: Bool) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start], newlines: newlines) { scalars.formIndex(after: &start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isTrimmed(scalars[before], newlines: newlines) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }

    /// Foundation's `CharacterSet.whitespaces` (Zs, tab and U+200B), plus its new lines (U+000A to U+000D, U+0085,
    /// U+2028, U+2029) for `.whitespacesAndNewlines`.
    static func isTrimmed(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: newlines
        default: false
        }
    }

    /// Initials of a law's title, as lawyers abbreviate codes: `Código Penal` -> `CP`,
    /// `Código Procesal Penal` -> `CPP`, `Ley General de Telecomunicaciones` -> `LGT`.
    public static func abbreviation(ofTitle title: String) -> String {
        let minor: Set<String> = [
            "de", "del", "la", "las", "el", "los", "y", "e", "da", "do", "das", "dos", "of", "the", "and", "et",
            "du", "des", "le", "les", "n°", "nº", "no.",
        ]
        return title.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .filter { !minor.contains($0.lowercased()) && $0.first?.isLetter == true }
            .compactMap { $0.first.map { String($0).uppercased() } }
            .joined()
    }
}
