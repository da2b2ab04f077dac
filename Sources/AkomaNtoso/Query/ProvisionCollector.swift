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

/// Finds provisions and reads their plain text.
struct ProvisionCollector: DocumentWalker {
    var provisions: [Provision] = []

    mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction {
        if element.name == "meta" { return .skipChildren }
        if element.name == "quotedStructure", let (level, number) = Self.insertedFragmentTarget(element) {
            // Paragraphs or items inserted into an existing article (`Incorpórase como inciso 16 del artículo 173
            // del Código Penal, el siguiente: ...`): a fragment of that article, listed under its number.
            provisions.append(makeProvision(element, level: level, path: path + [element], number: number))
            return .visitChildren
        }
        guard let level = HierarchyLevel(rawValue: element.name), level.isProvisionLevel else {
            return .visitChildren
        }
        provisions.append(makeProvision(element, level: level, path: path))
        // Keep walking: inserted articles inside `quotedStructure` and nested provisions are provisions too.
        return .visitChildren
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

    private func makeProvision(
        _ element: Element, level: HierarchyLevel, path: [Element], number: String? = nil
    ) -> Provision {
        let quotedIndex = path.lastIndex { $0.name == "quotedStructure" }
        let structural = quotedIndex.map { Array(path[($0 + 1)...]) } ?? path
        let ancestors = structural.compactMap { ancestor -> Provision.Ancestor? in
            // A `transitional` block groups the transitory articles, numbered in their own sequence.
            guard let level = HierarchyLevel(rawValue: ancestor.name),
                level.isGrouping || level == .hcontainer || level == .transitional
            else { return nil }
            return Provision.Ancestor(
                level: ancestor.name, eId: ancestor.identifier,
                num: ancestor.child("num").map { PlainText.inline($0) },
                heading: ancestor.child("heading").map { PlainText.inline($0) })
        }
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
                insertedByNum: insertingProvision?.child("num").map { Provision.cleanNumber(PlainText.inline($0)) })
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
    /// `Art. 154-A.` -> `154-A`, `§ 2º-A` -> `2º-A`.
    public static func cleanNumber(_ printed: String) -> String {
        var text = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        // An opening quotation mark of a quoted article printed before its label: `"ARTÍCULO 219-A.`
        while let first = text.first, "\"“«'‘".contains(first) {
            text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        let labels = [
            "artículo", "articulo", "artigo", "article", "art.", "art", "section", "sec.", "s.", "§", "rule",
        ]
        let lowered = text.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if rest.first.map({ $0 == " " || $0 == "." || $0.isNumber }) ?? false || label.hasSuffix(".") || label == "§" {
                text = rest.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix(".") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
                break
            }
        }
        while let last = text.last, ".-:—–,;".contains(last) || last == " " {
            text.removeLast()
        }
        return text
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
