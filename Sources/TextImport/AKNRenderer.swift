import AkomaNtoso

/// Writes an `Outline` as an AKN `<act>`: metadata from the header, then preamble, body, conclusions.
struct AKNRenderer {
    private var eIds = EIdAllocator()
    /// The eId of the first unit rendered with each element and number, for links from a table of contents.
    private var placed: [String: String] = [:]
    let lexicon: Lexicon

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    static let groupingElements: Set<String> = [
        "book", "part", "title", "chapter", "subchapter", "division", "subdivision", "transitional", "quotedStructure",
    ]

    mutating func act(outline: Outline, law: LawText, naming: WorkNaming) -> Element {
        var children: [Node] = [.element(meta(law: law, naming: naming))]
        children.append(
            .element(
                element(
                    "coverPage",
                    [.element(element("p", [.element(element("docTitle", [.text(law.title)]))]))])))
        var body = outline.body
        var preamble = outline.preamble
        if !body.contains(where: { if case .unit = $0 { true } else { false } }) {
            // No article or grouping at all: the text is one unnumbered block.
            body = preamble + body
            preamble = []
        }
        let bodyElement = element("body", units(body, prefix: ""))
        if !outline.preface.isEmpty || !outline.contents.isEmpty {
            var preface = outline.preface.map { Node.element(block($0, prefix: "preface")) }
            if !outline.contents.isEmpty { preface.append(.element(contents(outline.contents))) }
            children.append(.element(element("preface", preface)))
        }
        if !preamble.isEmpty {
            children.append(.element(element("preamble", preamble.map { .element(block($0, prefix: "preamble")) })))
        }
        children.append(.element(bodyElement))
        if !outline.conclusions.isEmpty {
            children.append(
                .element(
                    element(
                        "conclusions",
                        outline.conclusions.map { item in
                            if case .unit(let unit) = item, unit.element == "container" {
                                return .element(container(unit, prefix: "conclusions"))
                            }
                            return .element(block(item, prefix: "conclusions"))
                        })))
        }
        return Element(name: "act", attributes: [Attribute(name: "name", value: "act")], children: children)
    }

    // MARK: structure

    /// Items of a grouping (or the body): units, and anything else wrapped so that the schema accepts it.
    private mutating func units(_ items: [Item], prefix: String) -> [Node] {
        var nodes: [Node] = []
        for item in items {
            switch item {
            case .unit(let unit):
                nodes.append(.element(render(unit, prefix: prefix)))
            case .crossHeading(let text):
                nodes.append(.element(element("crossHeading", [.text(text)])))
            case .text, .note, .mod, .formula:
                let kind: String
                if case .note = item { kind = "editorialNote" } else { kind = "text" }
                let eId = eIds.allocate(prefix: prefix, alias: "hcontainer", number: "")
                nodes.append(
                    .element(
                        element(
                            "hcontainer", [.element(element("content", [.element(block(item, prefix: eId))]))],
                            attributes: [("eId", eId), ("name", kind)])))
            }
        }
        if nodes.isEmpty {
            let eId = eIds.allocate(prefix: prefix, alias: "hcontainer", number: "")
            nodes.append(
                .element(
                    element(
                        "hcontainer", [.element(element("content", [.element(element("p", []))]))],
                        attributes: [("eId", eId), ("name", "text")])))
        }
        return nodes
    }

    private mutating func render(_ unit: Unit, prefix: String) -> Element {
        let alias = unit.element == "quotedStructure" ? "qstr" : (HierarchyLevel(rawValue: unit.element)?.eIdAlias ?? unit.element)
        let eId = eIds.allocate(prefix: prefix, alias: alias, number: unit.number)
        let key = unit.element + "|" + Identifiers.cleanNumber(unit.number)
        if !unit.number.isEmpty, placed[key] == nil, !prefix.contains("qstr") { placed[key] = eId }
        var attributes: [(String, String)] = [("eId", eId)]
        if unit.element == "hcontainer" { attributes.append(("name", unit.name ?? "list")) }
        if let target = unit.target { attributes.append(("for", "#" + target)) }
        if isRepealed(unit) { attributes.append(("status", "removed")) }
        var children: [Node] = []
        if let label = unit.label { children.append(.element(element("num", [.text(label)]))) }
        if let heading = unit.heading {
            let attributes = unit.headingAbove ? [("class", ReadingOrder.headingAboveClass)] : []
            children.append(.element(element("heading", [.text(heading)], attributes: attributes)))
        }

        if unit.element == "quotedStructure" {
            for item in unit.items {
                if case .unit(let inner) = item {
                    children.append(.element(render(inner, prefix: eId)))
                } else {
                    children.append(.element(block(item, prefix: eId)))
                }
            }
            return element("quotedStructure", children, attributes: attributes)
        }
        if Self.groupingElements.contains(unit.element) {
            children += units(unit.items, prefix: eId)
            return element(unit.element, children, attributes: attributes)
        }
        if !unit.hasUnits {
            let blocks = unit.items.map { Node.element(block($0, prefix: eId)) }
            children.append(.element(element("content", blocks.isEmpty ? [.element(element("p", []))] : blocks)))
            return element(unit.element, children, attributes: attributes)
        }
        // Text before the first sub-unit is the intro, after the last the wrap-up; text between sub-units is
        // kept in an unnumbered container so that its order is kept.
        let firstUnit = unit.items.firstIndex { if case .unit = $0 { true } else { false } }!
        let lastUnit = unit.items.lastIndex { if case .unit = $0 { true } else { false } }!
        if firstUnit > 0 {
            children.append(
                .element(element("intro", unit.items[..<firstUnit].map { .element(block($0, prefix: eId)) })))
        }
        var run: [Item] = []
        func flush(_ run: inout [Item], into children: inout [Node], renderer: inout AKNRenderer) {
            guard !run.isEmpty else { return }
            let container = renderer.eIds.allocate(prefix: eId, alias: "hcontainer", number: "")
            let blocks = run.map { Node.element(renderer.block($0, prefix: container)) }
            children.append(
                .element(
                    renderer.element(
                        "hcontainer", [.element(renderer.element("content", blocks))],
                        attributes: [("eId", container), ("name", "text")])))
            run = []
        }
        for item in unit.items[firstUnit...lastUnit] {
            switch item {
            case .unit(let inner):
                flush(&run, into: &children, renderer: &self)
                children.append(.element(render(inner, prefix: eId)))
            case .crossHeading(let text):
                flush(&run, into: &children, renderer: &self)
                children.append(.element(element("crossHeading", [.text(text)])))
            default:
                run.append(item)
            }
        }
        flush(&run, into: &children, renderer: &self)
        if lastUnit < unit.items.count - 1 {
            children.append(
                .element(element("wrapUp", unit.items[(lastUnit + 1)...].map { .element(block($0, prefix: eId)) })))
        }
        return element(unit.element, children, attributes: attributes)
    }

    /// One line as a `<p>`: text, editorial notes as `<remark>`, an amendment as a `<mod>`.
    private mutating func block(_ item: Item, prefix: String) -> Element {
        switch item {
        case .text(let segments):
            return element("p", inline(segments))
        case .note(let text):
            return element("p", [remark(text)])
        case .crossHeading(let text):
            return element("p", [.text(text)])
        case .formula(let text):
            return element("formula", [.element(element("p", [.text(text)]))], attributes: [("name", "enactingFormula")])
        case .unit(let unit):
            // Units never reach a block position; keep the text rather than fail.
            return element("p", [.text(PlainText.text(of: render(unit, prefix: prefix), includingNotes: true))])
        case .mod(let mod):
            let eId = eIds.allocate(prefix: prefix, alias: "mod", number: "")
            var nodes: [Node] = []
            var placed = false
            for segment in mod.intro {
                switch segment {
                case .text(let text):
                    if !placed, mod.hostInIntro, let host = mod.hostTitle, let range = text.range(of: host) {
                        let before = String(text[..<range.lowerBound])
                        let after = String(text[range.upperBound...])
                        if !before.isEmpty { nodes.append(.text(before)) }
                        nodes.append(.element(element("ref", [.text(host)], attributes: [("href", mod.hostHref)])))
                        if !after.isEmpty { nodes.append(.text(after)) }
                        placed = true
                    } else {
                        nodes.append(.text(text))
                    }
                case .note(let text):
                    nodes.append(.text(" "))
                    nodes.append(remark(text))
                }
            }
            if !placed {
                // The host is named elsewhere in the amending article: cite it without repeating its name.
                var attributes = [("href", mod.hostHref)]
                if let host = mod.hostTitle { attributes.append(("title", host)) }
                nodes.append(.element(element("ref", [], attributes: attributes)))
            }
            for part in mod.parts {
                switch part {
                case .text(let text):
                    nodes.append(.text(" " + text))
                case .quoted(let structure):
                    nodes.append(.element(render(structure, prefix: eId)))
                }
            }
            return element("p", [.element(element("mod", nodes, attributes: [("eId", eId)]))])
        }
    }

    /// A table of contents as printed, each line an item linked to the unit it lists when the body has it.
    private func contents(_ entries: [ContentsEntry]) -> Element {
        let grouped = entries.contains { $0.element.map { $0 != "section" && $0 != "article" } ?? false }
        let items = entries.map { entry -> Node in
            var href = "#"
            if let number = entry.number, let element = entry.element,
                let eId = placed[element + "|" + Identifiers.cleanNumber(number)]
            {
                href = "#" + eId
            }
            let isProvision = entry.element == "section" || entry.element == "article"
            let level = grouped && isProvision ? "2" : "1"
            return .element(element("tocItem", [.text(entry.text)], attributes: [("href", href), ("level", level)]))
        }
        return element("toc", items, attributes: [("eId", "toc")])
    }

    /// A container of the conclusions (an explanatory note), its lines as paragraphs.
    private mutating func container(_ unit: Unit, prefix: String) -> Element {
        let eId = eIds.allocate(prefix: prefix, alias: "container", number: "")
        let blocks = unit.items.map { Node.element(block($0, prefix: eId)) }
        return element("container", blocks, attributes: [("eId", eId), ("name", unit.name ?? "container")])
    }

    private func inline(_ segments: [Segment]) -> [Node] {
        var nodes: [Node] = []
        for segment in segments {
            switch segment {
            case .text(let text): nodes.append(.text(text))
            case .note(let text): nodes.append(remark(text))
            }
        }
        return nodes
    }

    private func remark(_ text: String) -> Node {
        .element(element("remark", [.text(text)], attributes: [("class", "editorial")]))
    }

    /// A repealed placeholder: `Artículo 9°.- Derogado.`, `(Artículo derogado por ...)`, `[Repealed, ...]`.
    private func isRepealed(_ unit: Unit) -> Bool {
        guard unit.element == "article" || unit.element == "section" else { return false }
        if unit.items.count > 3 { return false }
        let text = unit.ownText.trimmingCharacters(in: .whitespacesAndNewlines)
        if Numbering.matches(lexicon.repealed, text) && text.count < 300 { return true }
        if Numbering.matches(lexicon.repealed, unit.heading ?? "") { return true }
        if text.isEmpty && !unit.hasUnits {
            return unit.items.contains {
                if case .note(let note) = $0 { Numbering.matches(lexicon.repealedBy, note) } else { false }
            }
        }
        if text.count < 300, unit.heading != nil, Numbering.matches(lexicon.derogatedBy, text) { return true }
        return false
    }

    // MARK: metadata

    private func meta(law: LawText, naming: WorkNaming) -> Element {
        let work = naming.work.description
        let expression = naming.expression.description
        let versionDate = naming.expression.versionDate ?? law.date
        let identification = element(
            "identification",
            [
                .element(
                    element(
                        "FRBRWork",
                        [
                            empty("FRBRthis", [("value", work + "/!main")]),
                            empty("FRBRuri", [("value", work)]),
                            empty("FRBRalias", [("value", law.title), ("name", "title")]),
                        ] + (law.sourceStem.map { [empty("FRBRalias", [("value", $0), ("name", "sourceFile")])] } ?? []) + [
                            empty("FRBRdate", [("date", naming.work.date), ("name", "enactment")]),
                            empty("FRBRauthor", [("href", "#author")]),
                            empty("FRBRcountry", [("value", law.country)]),
                            empty("FRBRnumber", [("value", naming.work.number)]),
                            empty("FRBRprescriptive", [("value", "true")]),
                        ])),
                .element(
                    element(
                        "FRBRExpression",
                        [
                            empty("FRBRthis", [("value", expression + "/!main")]),
                            empty("FRBRuri", [("value", expression)]),
                            empty("FRBRdate", [("date", versionDate), ("name", "expression")]),
                            empty("FRBRauthor", [("href", "#author")]),
                            empty("FRBRlanguage", [("language", law.language)]),
                        ])),
                .element(
                    element(
                        "FRBRManifestation",
                        [
                            empty("FRBRthis", [("value", expression + "/!main.xml")]),
                            empty("FRBRuri", [("value", expression + ".akn")]),
                            empty("FRBRdate", [("date", versionDate), ("name", "transform")]),
                            empty("FRBRauthor", [("href", "#lexalign")]),
                            empty("FRBRformat", [("value", "application/akn+xml")]),
                        ])),
            ], attributes: [("source", "#lexalign")])
        let references = element(
            "references",
            [
                empty(
                    "TLCOrganization",
                    [("eId", "lexalign"), ("href", "/ontology/organization/lexalign"), ("showAs", "lexalign")]),
                empty(
                    "TLCOrganization",
                    [("eId", "author"), ("href", "/ontology/organization/\(law.country)/author"), ("showAs", "Author of the \(law.country) text")]),
            ], attributes: [("source", "#lexalign")])
        var notes: [Node] = [
            .element(element("note", [.element(element("p", [.text(law.source)]))], attributes: [("eId", "source")])),
            .element(
                element(
                    "note", [.element(element("p", [.text(law.completeness)]))], attributes: [("eId", "completeness")])),
        ]
        if let remark = law.dateRemark {
            notes.append(
                .element(element("note", [.element(element("p", [.text(remark)]))], attributes: [("eId", "date")])))
        }
        return element(
            "meta",
            [
                .element(identification), .element(references),
                .element(element("notes", notes, attributes: [("source", "#lexalign")])),
            ])
    }

    // MARK: element helpers

    func element(_ name: String, _ children: [Node], attributes: [(String, String)] = []) -> Element {
        Element(name: name, attributes: attributes.map { Attribute(name: $0.0, value: $0.1) }, children: children)
    }

    private func empty(_ name: String, _ attributes: [(String, String)]) -> Node {
        .element(element(name, [], attributes: attributes))
    }
}
