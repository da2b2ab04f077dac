/// Duties that drafters state once, in a provision of their own, for measures granted in other provisions: "a
/// justice may make an order prohibiting a person from disclosing ... a preservation demand made under section
/// 487.012 or an order made under any of sections 487.013 to 487.018". An expert reads such a companion with the
/// measures it cites: they are complete with its duty (`Article.Element.standsApart`), and the companion implements
/// the article in part (it grants no measure itself).
extension Mapper {
    /// A provision that grants no measure and creates no offence of its own, and orders or binds, for a measure made
    /// under another provision, a duty that may stand apart.
    struct Companion {
        let reference: ProvisionReference
        /// The provision's text as written, where the numbers of the provisions it cites are looked for.
        let text: String
        let analyzed: AnalyzedText
        /// Per procedural article (by index) whose stand-apart duties the provision states: its check.
        let checks: [Int: Check]
    }

    /// The companion reading of one provision, or nil when it grants a measure itself, creates an offence or states
    /// no duty that stands apart.
    func companion(_ analysis: Analysis, reference: ProvisionReference, text: String, aligned: [String]) -> Companion? {
        // (A provision that punishes the breach of such a duty creates an offence: the duty is the measure's own.)
        let alignedArticles = Set(aligned)
        // (Only an order or duty stated for a measure made elsewhere: the secrecy of a court file, "preservando-se o
        // sigilo das diligências", binds no custodian.)
        guard analysis.role.regulatesMeasureMadeElsewhere, !analysis.role.createsOffence,
            !instrument.articles.contains(where: { $0.section == .procedural && alignedArticles.contains($0.number) })
        else { return nil }
        var checks: [Int: Check] = [:]
        for (index, article) in instrument.articles.enumerated()
        where article.section == .procedural && article.isMapped
            && article.elements.indices.contains(where: { article.elements[$0].standsApart && !analysis.matched[index][$0].isEmpty })
        {
            let check = check(index, analysis)
            if article.elements.indices.contains(where: { article.elements[$0].standsApart && check.present[$0] }) {
                checks[index] = check
            }
        }
        return checks.isEmpty ? nil : Companion(reference: reference, text: text, analyzed: analysis.text, checks: checks)
    }

    /// Completes the measures each companion cites with its stand-apart duties, and aligns the companion with
    /// their articles in part. A measure is cited where its number stands in the companion's text as a number
    /// of its own ("section 487.012", "sections 487.013 to 487.018"; not "2016").
    func completing(_ alignments: [ProvisionAlignment], with companions: [Companion]) -> [ProvisionAlignment] {
        var result = alignments
        for companion in companions {
            for (index, check) in companion.checks.sorted(by: { $0.key < $1.key }) {
                let article = instrument.articles[index]
                let cited = result.indices.filter { position in
                    let pair = result[position]
                    return pair.article == article.number && pair.provision.eId != companion.reference.eId
                        && pair.provision.num.map { Self.cites(companion.text, number: $0) } == true
                }
                guard !cited.isEmpty else { continue }
                let duties = Set(article.elements.indices.filter { article.elements[$0].standsApart && check.present[$0] }
                    .map { article.elements[$0].id })
                for position in cited {
                    result[position] = result[position].completed(with: duties, statedIn: companion.reference)
                }
                result.append(ProvisionAlignment(
                    provision: companion.reference, article: article.number, coverage: .partial,
                    confidence: Self.confidence(check), origin: .suggested,
                    elements: Self.findings(check, in: companion.analyzed), missing: check.missing,
                    qualifiers: check.qualifiers, narrower: check.narrower))
            }
        }
        return result
    }

    /// Completes, within one law, each measure of a procedural article with the duties that stand apart which
    /// another of the law's measures of that article states: "all providers shall assist the judge in carrying out
    /// the interceptions" is read with every interception the law grants, whether or not it cites them by number.
    /// The first provision, in the law's order, to state a duty is the one cited for it.
    func sharingDuties(_ alignments: [ProvisionAlignment]) -> [ProvisionAlignment] {
        var result = alignments
        for article in instrument.articles where article.section == .procedural {
            let duties = Set(article.elements.filter(\.standsApart).map(\.id))
            guard !duties.isEmpty else { continue }
            let positions = result.indices.filter { result[$0].article == article.number }
            var statedBy: [(duty: String, provision: ProvisionReference)] = []
            for position in positions {
                for finding in result[position].elements
                where duties.contains(finding.id) && finding.status == .present && finding.statedIn == nil
                    && !statedBy.contains(where: { $0.duty == finding.id })
                {
                    statedBy.append((finding.id, result[position].provision))
                }
            }
            for (duty, provision) in statedBy {
                for position in positions where result[position].provision.eId != provision.eId {
                    result[position] = result[position].completed(with: [duty], statedIn: provision)
                }
            }
        }
        return result
    }

    /// A provision that takes a condition from another provision it cites by number ("Cuando de acuerdo con lo
    /// establecido en el Artículo 102 ... una persona jurídica sea responsable") is excused from stating it
    /// (`Article.Element.decisive`), not from the gaps of the cited rule: where the law's cited provision lacks a
    /// decisive element of the same article, the citing one lacks it too.
    func takingCitedGaps(_ alignments: [ProvisionAlignment], texts: [String: String]) -> [ProvisionAlignment] {
        var result = alignments
        for (position, pair) in alignments.enumerated() {
            guard let text = texts[pair.provision.eId],
                let article = instrument.articles.first(where: { $0.number == pair.article })
            else { continue }
            let decisive = article.elements.filter(\.decisive).map(\.id)
            guard !decisive.isEmpty else { continue }
            let citedGaps = Set(
                alignments.filter { other in
                    other.article == pair.article && other.provision.eId != pair.provision.eId
                        && other.provision.num.map { Self.cites(text, number: $0) } == true
                }.flatMap(\.missing))
            let gaps = decisive.filter { citedGaps.contains($0) && !pair.missing.contains($0) }
            guard !gaps.isEmpty else { continue }
            result[position] = pair.lacking(gaps)
        }
        return result
    }

    /// `number` stands in `text` as a number of its own: no letter, digit or decimal point joined to either end, and
    /// not in brackets as a subdivision is numbered.
    static func cites(_ text: String, number: String) -> Bool {
        let number = number.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, number.contains(where: \.isNumber), mayContainDigits(of: number, in: text) else {
            return false
        }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: number, range: searchRange) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            var after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if after == ".", text.index(after: found.upperBound) < text.endIndex {
                // A full stop after the number ends the sentence unless a digit follows ("487.0131").
                let next = text[text.index(after: found.upperBound)]
                after = next.isNumber ? next : " "
            }
            if !before.isLetter, !before.isNumber, before != ".", !after.isLetter, !after.isNumber,
                !(before == "(" && after == ")" && !Self.labelsBracketedNumber(text[..<found.lowerBound].dropLast()))
            {
                return true
            }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    /// Whether the text before a bracketed number ends with an article's label (`Article (16)`, `artículo (16)`,
    /// as translations of Gulf States' laws cite): otherwise the bracketed number is a subdivision, its own (`(4)`)
    /// or another provision's (`Subsection (4)`, `43(4)`), and cites no provision of that number.
    private static func labelsBracketedNumber(_ before: Substring) -> Bool {
        let word = String(
            before.reversed().drop(while: { $0 == " " || $0 == "." }).prefix(while: \.isLetter).reversed())
        return word.lowercased().hasPrefix("art")
    }

    /// Whether every run of ASCII digits of `number` stands in `text`'s bytes: `range(of:)` below (Foundation,
    /// canonical equivalence, the whole text bridged) costs about 150,000 instructions a call and most texts do
    /// not cite the number. No other character is canonically equivalent to an ASCII digit, so a text without the
    /// digits cannot match; a number without ASCII digits is left to `range(of:)`.
    private static func mayContainDigits(of number: String, in text: String) -> Bool {
        let digits = Array(number.utf8)
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < digits.count {
                guard Self.isDigit(digits[start]) else {
                    start += 1
                    continue
                }
                var end = start
                while end < digits.count, Self.isDigit(digits[end]) { end += 1 }
                guard ByteSearch.contains(bytes, digits[start..<end]) else { return false }
                start = end
            }
            return true
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension ProvisionAlignment {
    /// The pair with `elements` missing as well: partial coverage.
    func lacking(_ ids: [String]) -> ProvisionAlignment {
        ProvisionAlignment(
            provision: provision, article: article, coverage: .partial, confidence: confidence, origin: origin,
            elements: elements, note: note, stale: stale, missing: missing + ids, qualifiers: qualifiers,
            narrower: narrower)
    }

    /// The pair with `duties` stated in another provision: present there, no longer missing; full coverage once
    /// nothing else is missing or narrower.
    func completed(with duties: Set<String>, statedIn companion: ProvisionReference) -> ProvisionAlignment {
        let supplied = duties.intersection(missing)
        guard !supplied.isEmpty else { return self }
        let stillMissing = missing.filter { !supplied.contains($0) }
        let becomesFull = stillMissing.isEmpty && narrower.isEmpty
        return ProvisionAlignment(
            provision: provision, article: article, coverage: becomesFull ? .full : coverage,
            confidence: becomesFull && coverage == .partial ? min(1, confidence + 0.05) : confidence, origin: origin,
            elements: elements.map { finding in
                supplied.contains(finding.id)
                    ? ElementFinding(id: finding.id, status: .present, evidence: [], statedIn: companion) : finding
            },
            note: note, stale: stale, missing: stillMissing, qualifiers: qualifiers, narrower: narrower)
    }
}
