import AkomaNtoso

/// Why the mapper aligned a provision as it did: what a lexicon editor or an expert reads to fix a concept or
/// contest a pair (`lexalign explain`).
extension Mapper {
    /// A plain-text account of one provision of a document (read with the document's defined terms): its role,
    /// the concepts in its text and headings, and each article whose concepts it touches, with the checks it
    /// passed or failed.
    public func explain(_ index: Int, of provisions: [Provision], language: Language) -> String {
        let model = model(language)
        var headings = HeadingCache()
        let texts = provisions.map { read($0, model: model, headings: &headings) }
        let glossary = glossary(texts, model: model)
        var text = texts[index]
        let used = glossary.entries.filter { $0.definedIn != index && !$0.pattern.matches(in: text.text).isEmpty }
        carry(glossary, into: &text, at: index)
        let analysis = analyze(text, model: model)
        var lines: [String] = []
        let provision = provisions[index]
        lines.append("provision \(provision.num ?? provision.eId)\(provision.heading.map { " — \($0)" } ?? "")")
        let role = analysis.role
        let flags: [(String, Bool)] = [
            ("offence", role.createsOffence), ("power", role.grantsPower), ("power first", role.powerFirst),
            ("defines", role.defines), ("definition list", role.isDefinitionList), ("penalty only", role.adjustsPenalty),
            ("formal", role.isFormal), ("international", role.isInternational),
            ("co-operation part", role.inCooperationPart), ("jurisdiction", role.isJurisdictional),
            ("jurisdiction first", role.jurisdictionFirst), ("names an offender", role.namesOffender),
            ("refers to the law's offences", role.refersToOffences), ("derived offence", role.derivesOffence),
            ("beyond the Convention", role.beyondConvention),
            ("beyond the Convention by its heading", role.beyondConventionInHeading), ("punishes a breach of duty", role.punishesBreach),
            ("an authority's mandate", role.isInstitutional),
        ]
        lines.append("role: " + (flags.filter(\.1).map(\.0).joined(separator: ", ").nilIfEmpty ?? "none"))
        if !role.definitionPhrases.isEmpty {
            lines.append("definition formulas: " + role.definitionPhrases.map { Self.evidence($0, in: analysis.text).text }.joined(separator: " | "))
        }
        if !role.powerPhrases.isEmpty {
            lines.append("power formulas: " + role.powerPhrases.prefix(5).map { Self.evidence($0, in: analysis.text).text }.joined(separator: " | "))
        }
        func describe(_ hits: ConceptHits, _ analyzed: AnalyzedText?) -> String {
            hits.concepts.compactMap { number -> String? in
                let ranges = hits.ranges(of: number)
                guard !ranges.isEmpty else { return nil }
                let words = analyzed.map { text in
                    ranges.prefix(3).map { Self.evidence($0, in: text).text }.joined(separator: " | ")
                } ?? ""
                return "\(model.concepts.ids[number])" + (words.isEmpty ? "" : " [\(words)]")
            }.joined(separator: "; ")
        }
        for entry in used {
            let defined = provisions[entry.definedIn].num ?? provisions[entry.definedIn].eId
            lines.append(
                "defined term '\(entry.pattern.source)' (defined in \(defined)) carries: "
                    + entry.concepts.map { model.concepts.ids[$0] }.joined(separator: ", "))
        }
        lines.append("text concepts: " + describe(analysis.hits, analysis.text))
        if let heading = text.heading { lines.append("heading concepts: " + describe(heading, text.headingText)) }
        for (level, hits) in text.context.enumerated() where !hits.isEmpty {
            lines.append("heading above (\(level + 1)): " + describe(hits, nil))
        }
        var reasons: [String: String] = [:]
        let decided = Set(decide(analysis, reasons: &reasons).map(\.article.number))
        for (number, article) in instrument.articles.enumerated() where analysis.touched[number] {
            let check = check(number, analysis)
            let present = article.elements.indices.filter { check.present[$0] }.map { article.elements[$0].id }
            var facts = [
                admits(number, analysis) ? "admitted" : "not admitted by role",
                check.anchored ? "anchored" : "not anchored",
                "score \((check.score * 100).rounded() / 100)",
            ]
            if !check.missing.isEmpty { facts.append("missing " + check.missing.joined(separator: ",")) }
            if !check.narrower.isEmpty { facts.append("narrower " + check.narrower.joined(separator: ",")) }
            if let reason = reasons[article.number] { facts.append("dropped: " + reason) }
            lines.append(
                "  Art. \(article.number) \(decided.contains(article.number) ? "ALIGNED" : "-"): "
                    + facts.joined(separator: ", ") + "; present: " + present.joined(separator: ","))
            if check.anchored {
                for (element, ranges) in zip(article.elements, check.matched) where !ranges.isEmpty {
                    lines.append(
                        "      \(element.id): " + ranges.prefix(4).map { Self.evidence($0, in: analysis.text).text }.joined(separator: " | "))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
