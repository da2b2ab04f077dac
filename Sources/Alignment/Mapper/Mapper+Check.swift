/// One article checked against one provision, element by element.
extension Mapper {
    struct Check {
        let article: Article
        /// Index in the instrument's articles.
        let index: Int
        /// Token ranges per element (article order), in the text.
        let matched: [[Range<Int>]]
        /// Per element: shown in the text or the heading.
        let present: [Bool]
        /// Weighted share of the supporting required elements present (with the heading bonus).
        let score: Double
        /// The conduct/power/definition and the object the article needs are there, together.
        let anchored: Bool
        let evidence: [Range<Int>]
        /// Where the conduct (power, defined term) was found in the text: what another article's evidence may
        /// subsume, what a list of measures may only mention.
        let principalEvidence: [Range<Int>]
        /// The heading names the article's conduct (power, defined term).
        let anchorInHeading: Bool
        /// Required elements absent.
        let missing: [String]
        /// Required elements present only in a narrower form (an object limited to some holders).
        let narrower: [String]
        /// Optional qualifiers a Party may require (with the declaration or reservation that allows them) that
        /// the provision adds.
        let qualifiers: [String]
        /// A required result of the article (inauthentic data, loss of property) is in the provision.
        let showsResult: Bool
        /// The sentences where a required result stands.
        let resultSentences: Set<Int>
        /// The measure's power is shown only as what a provider must help carry out: narrower, but not in favour
        /// of another measure the same words name.
        var assistsOnly = false
        /// The measure is granted as what another measure the provision has granted "may" reach (the interception
        /// that "pode ... visar apenas a recolha e registo de dados de tráfego"): the heading's focus on that
        /// measure does not exclude it.
        var extendsGrantedMeasure = false

        var coverage: Coverage { missing.isEmpty && narrower.isEmpty ? .full : .partial }
    }

    struct Candidate {
        let article: Article
        let findings: [ElementFinding]
        let coverage: Coverage
        let confidence: Double
        let missing: [String]
        let qualifiers: [String]
        let narrower: [String]
    }

    static func weight(_ kind: Article.Kind) -> Double {
        switch kind {
        case .conduct, .power, .definition: 3
        case .object, .obligation: 2
        case .result: 1.5
        case .mentalElement, .withoutRight, .circumstance: 1
        case .safeguard: 0.5
        }
    }

    /// A measure of a kin article stands as the subject of `modal` in its sentence ("A interceção pode ..."), and a
    /// power phrase in an earlier sentence granted it.
    func grantedKinMeasure(of index: Int, isSubjectOf modal: Range<Int>, _ analysis: Analysis) -> Bool {
        shapes.measures.contains { measure in
            kin[index].contains(measure.article)
                && measure.anchors.contains { anchor in
                    analysis.matched[measure.article][anchor].contains { subject in
                        subject.upperBound <= modal.lowerBound && Self.sameSentence(subject, modal, analysis)
                            && analysis.role.powerPhrases.contains {
                                $0.upperBound <= subject.lowerBound && !Self.sameSentence($0, subject, analysis)
                            }
                    }
                }
        }
    }

    /// The kinds of element that carry an article of each section: an offence is its conduct, a procedural
    /// article its power, a co-operation article the obligation or power it creates, jurisdiction its grounds.
    static func anchorKinds(_ section: Article.Section) -> Set<Article.Kind> {
        switch section {
        case .substantive: [.conduct, .obligation]
        case .procedural: [.power]
        case .cooperation: [.obligation, .power]
        case .definitions: [.definition]
        case .jurisdiction: [.circumstance, .obligation]
        case .final: [.obligation, .safeguard]
        }
    }

    /// The elements whose absence makes coverage partial: what is done, to what, with what result, which power,
    /// which term, and what an article of co-operation or jurisdiction obliges. "Without right", intent, means
    /// and conditions are often implied by the verb chosen ("defraud", "wilfully destroy") or set by the code's
    /// general part; their absence is shown in the findings but does not by itself make the provision narrower.
    static func isDecisive(_ element: Article.Element, in section: Article.Section) -> Bool {
        if element.implicitOK { return false }
        if element.decisive { return true }
        switch element.kind {
        case .conduct, .object, .result, .power, .definition: return true
        case .obligation: return section == .cooperation || section == .jurisdiction || section == .substantive
        case .circumstance: return section == .jurisdiction
        // A specific intent (that the data be taken as authentic, of an economic benefit, that a device serve an
        // offence) is the offence's own; general intent and "without right" the code's general part supplies.
        case .mentalElement: return true
        case .withoutRight, .safeguard: return false
        }
    }

    /// A qualifier a Party may add: optional, with the declaration or reservation that lets it.
    static func isQualifier(_ element: Article.Element) -> Bool {
        element.qualifier == .optional && element.coveredBy != nil
    }

    func check(_ index: Int, _ analysis: Analysis) -> Check {
        let article = instrument.articles[index]
        let elements = article.elements
        var matched = analysis.matched[index]
        // An element shown only in a narrower form is there, but narrower.
        var narrowed = Set<Int>()
        var assistsOnly = false
        for element in elements.indices where matched[element].isEmpty && !analysis.narrowerMatched[index][element].isEmpty {
            // The means of an offence are limited only where the provision names them as its means ("mediante: 1.
            // la alteración de datos ..."); the same words said as a conduct of their own, or in a rule of
            // interpretation, leave the means open ("does any act which causes an interference").
            if elements[element].kind == .circumstance && article.section == .substantive {
                // (Words that say so, "by", "mediante", after the article's conduct in its sentence: a list opened by
                // a colon or dash alone may list anything, and "used by" names no means.)
                let conduct = elements.indices.filter { elements[$0].kind == .conduct }.flatMap { matched[$0] }
                let markers = analysis.cues.ranges(.meansMarker, analysis.hits).filter { marker in
                    conduct.contains { $0.upperBound <= marker.lowerBound && Self.sameSentence($0, marker, analysis) }
                }
                guard analysis.narrowerMatched[index][element].contains(where: {
                    !Self.markers(markers, introducing: $0, analysis).isEmpty
                }) else { continue }
            }
            matched[element] = analysis.narrowerMatched[index][element]
            narrowed.insert(element)
        }
        // A measure's heading that names its power or object only in a narrower form ("Production order —
        // transmission data", "Preservation of traffic data") sets the provision's scope: the element is narrower,
        // whatever more general words the text uses.
        if article.section == .procedural || article.section == .cooperation, !analysis.headingNarrowerMatched.isEmpty {
            let headingFull = analysis.headingMatched[index]
            for element in elements.indices
            where elements[element].qualifier == .required && !analysis.headingNarrowerMatched[index][element].isEmpty
                && headingFull[element].isEmpty
            {
                if matched[element].isEmpty { matched[element] = analysis.narrowerMatched[index][element] }
                narrowed.insert(element)
            }
        }
        // A measure shown only as what a provider must help carry out ("están obligados a prestar ... la
        // colaboración precisa para ... los autos de intervención") is granted elsewhere: the provision compels the
        // assistance (the article's other power, every expression of which acts on the measure), and the measure's
        // own power is there only in a narrower form.
        if let (main, assisting) = assistance[index] {
            if !matched[main].isEmpty,
                assisting.contains(where: { helper in
                    matched[main].allSatisfy { range in matched[helper].contains { $0.overlaps(range) } }
                })
            {
                narrowed.insert(main)
                assistsOnly = true
            }
        }
        // A definitions article is implemented by what the provision defines, not by what its definitions mention.
        if article.section == .definitions {
            for element in elements.indices where elements[element].kind == .definition && !isDefined(matched[element], analysis) {
                matched[element] = []
            }
        }
        let heading = analysis.headingMatched.isEmpty ? Array(repeating: [], count: elements.count) : analysis.headingMatched[index]
        let required = elements.indices.filter { elements[$0].qualifier == .required }
        let considered = required.isEmpty ? Array(elements.indices) : required
        let anchorKinds = Self.anchorKinds(article.section)
        let anchors = considered.filter { anchorKinds.contains(elements[$0].kind) }
        // Procedural and co-operation powers name their object loosely ("the data", "the records"): the power
        // carries them. An offence needs its object.
        let objects = article.section == .substantive || article.section == .definitions
            ? considered.filter { elements[$0].kind == .object } : []
        let results = considered.filter { elements[$0].kind == .result }

        // Alternatives and negations ("protegido o no", "whether or not") state no qualifier; a qualifier counts
        // where the offence is defined (the sentence that first states its conduct), not in an aggravation.
        // (A rubric left in the text, "Acceso ilícito. El que ...", states no offence: the first sentence that also
        // names who commits it or the penalty is the one, when there is such a sentence.)
        let conductSentences = Set(anchors.flatMap { matched[$0] }.map { analysis.sentences[$0.lowerBound] })
        let offenceSentences = Set(
            (analysis.cues.ranges(.offenceSubject, analysis.hits) + analysis.cues.ranges(.offenceFormula, analysis.hits))
                .map { analysis.sentences[$0.lowerBound] })
        let firstAnchorSentence = conductSentences.intersection(offenceSentences).min() ?? conductSentences.min()
        let alternatives = analysis.cues.ranges(.alternativeMarker, analysis.hits)
        for element in elements.indices where Self.isQualifier(elements[element]) {
            matched[element].removeAll { range in
                alternatives.contains { Self.distance($0, range) <= settings.alternativeReach && Self.sameSentence($0, range, analysis) }
                    || (firstAnchorSentence.map { analysis.sentences[range.lowerBound] != $0 } ?? false)
            }
        }

        // An offence's conduct stated only inside a definition the provision gives ("the word "means" refers to—
        // (a) an unauthorised access ...") defines a word; it creates no offence of that conduct, unless the
        // offence itself is stated outside it (its result: "occasions unlawful loss ... through any of the means").
        if article.section == .substantive, !analysis.definitionBodies.isEmpty {
            let inBody = { (range: Range<Int>) in analysis.definitionBodies.contains { $0.contains(range.lowerBound) } }
            let statedOutside = (anchors + results).contains { element in matched[element].contains { !inBody($0) } }
            if !statedOutside {
                for element in anchors { matched[element].removeAll(where: inBody) }
            }
        }
        // A conduct named in a purpose ("com o fim de obter, adulterar ou destruir dados") is intended, not
        // committed: it is no conduct of the offence.
        if article.section == .substantive {
            // (Nor is a conduct named as the offence's aggravating result, anywhere in the clause that follows:
            // "lorsqu'il en sera résulté soit la suppression ou la modification de données".)
            let markers = analysis.cues.ranges(.purposeMarker, analysis.hits).map { ($0, Self.purposeReach, true) }
                + analysis.cues.ranges(.consequenceMarker, analysis.hits).map { ($0, Self.consequenceReach, false) }
            // A purpose ends with its line; a result may be listed on the lines that follow, to the end of its
            // sentence ("Where as a result of the commission of an offence-- (a) the operation ...; (b) access to
            // any program ... is suppressed").
            let tokens = analysis.text.tokens
            for element in anchors where elements[element].kind == .conduct {
                matched[element].removeAll { range in
                    markers.contains { marker, reach, isPurpose in
                        marker.upperBound <= range.lowerBound && range.lowerBound - marker.upperBound <= reach
                            && (isPurpose
                                ? !(marker.upperBound...range.lowerBound).contains { tokens[min($0, tokens.count - 1)].breakBefore }
                                    && Self.continuesPurpose(at: range.lowerBound, after: marker, in: analysis.text)
                                : Self.sameSentence(marker, range, analysis))
                    }
                }
            }
        }
        // An offence beyond the Convention named in the text (identity theft, cyber-squatting, libel) voids the
        // conduct stated on its line: "Identity theft. – The ... alteration or deletion of identifying information"
        // is no data interference. Conduct on the other lines of a provision listing several offences stays.
        if article.section == .substantive, !article.ancillary, analysis.role.beyondConvention {
            let beyondLines = Set(analysis.cues.ranges(.beyondConvention, analysis.hits).map { analysis.lines[$0.lowerBound] })
            for element in anchors where elements[element].kind == .conduct {
                matched[element].removeAll { beyondLines.contains(analysis.lines[$0.lowerBound]) }
            }
        }
        let inText = { (element: Int) in !matched[element].isEmpty }
        let inHeading = { (element: Int) in !heading[element].isEmpty }
        let present = elements.indices.map { inText($0) || inHeading($0) }
        let anchorInText = anchors.contains(where: inText)
        let objectInText = objects.contains(where: inText)
        let anchorInHeading = anchors.contains(where: inHeading)
        // A heading may name the conduct or the object, not both: the text must say one of them.
        // A heading that names a conduct the text does not state yields to the conduct the text states: a
        // "Interception" heading over a text that destroys messages is no interception offence.
        // So does a heading that names a measure beside the one the text grants ("Disclosure and collection of
        // content data" over a text that grants only the collection).
        let headingAnchorHolds =
            switch article.section {
            case .substantive: !analysis.textOffences.contains { $0 != index } && !otherConductInText(index, analysis)
            case .procedural: !analysis.textMeasures.contains { $0 != index && !kin[index].contains($0) }
            default: true
            }
        // A result counts where the offence is defined, in a sentence that states its conduct, not in a later
        // aggravation ("which results in a significant financial loss").
        // (Means defined apart, "through any of the means described in subsection (2)", are said with their result.)
        let anchorSentences = Set(anchors.flatMap { matched[$0] }.map { analysis.sentences[$0.lowerBound] })
        let meansDefinedApart = anchors.flatMap { matched[$0] }.contains { range in
            analysis.definitionBodies.contains { $0.contains(range.lowerBound) }
        }
        let resultShown = results.contains { result in
            inHeading(result)
                || matched[result].contains {
                    anchorSentences.isEmpty || meansDefinedApart || anchorSentences.contains(analysis.sentences[$0.lowerBound])
                }
        }
        // A co-operation measure is one where other States are spoken of: in a part on co-operation, or in the
        // sentence that names the measure.
        let foreign = analysis.cues.ranges(.foreignState, analysis.hits).map { analysis.sentences[$0.lowerBound] }
        let cooperates =
            article.section != .cooperation || analysis.role.inCooperationPart
            || anchors.flatMap { matched[$0] }.contains { foreign.contains(analysis.sentences[$0.lowerBound]) }
        let anchored =
            (anchors.isEmpty || anchorInText || (anchorInHeading && headingAnchorHolds && (objects.isEmpty || objectInText)))
            && (objects.isEmpty || objectInText || (objects.contains(where: inHeading) && anchorInText))
            && (results.isEmpty || resultShown)
            && present.contains(true) && cooperates

        // Support: the share of the other required elements the provision shows (an element the law may leave to
        // the general part, such as intent, counts only when it is written).
        let support = considered.filter { !anchorKinds.contains(elements[$0].kind) && (present[$0] || !elements[$0].implicitOK) }
        let total = support.reduce(0) { $0 + Self.weight(elements[$1].kind) }
        let shown = support.filter { present[$0] }.reduce(0) { $0 + Self.weight(elements[$1].kind) }
        let headingShown = considered.contains(where: inHeading)
        let score = (total > 0 ? shown / total : 1) + (headingShown ? settings.headingBonus : 0)

        let principal = anchors.flatMap { matched[$0] }
        // The conduct and its object must be said together, not in unrelated sentences of a long provision.
        let objectEvidence = objects.flatMap { matched[$0] }
        let together =
            !anchorInText || objectEvidence.isEmpty
            || principal.contains { conduct in
                objectEvidence.contains { Self.distance(conduct, $0) <= settings.proximity && Self.sameSentence(conduct, $0, analysis) }
            }
        // A power is implemented where the provision grants it, not where it mentions another provision's order.
        // (A grant that leads into a list grants each item of it: "may apply ... for an order for the disclosure
        // of-- (a) ...; (b) sufficient data to identify the service providers and the path".)
        // (So does a modal far before the power in one sentence when no other measure stands between them: "peut
        // requérir des opérateurs ..., et notamment de ceux mentionnés au 1 du I de l'article 6 de la loi ..., de
        // prendre ... toutes mesures propres à assurer la préservation".)
        // (Read only when that case arises: most checks never get there.)
        func otherMeasure(between phrase: Range<Int>, and power: Range<Int>) -> Bool {
            shapes.measures.contains { measure in
                measure.article != index
                    && measure.anchors.contains { anchor in
                        analysis.matched[measure.article][anchor].contains { other in
                            other.lowerBound >= phrase.upperBound && other.upperBound <= power.lowerBound && !other.overlaps(power)
                        }
                    }
            }
        }
        // A later sentence in which a measure the provision has granted "may" reach this one grants it too: "A
        // interceção pode destinar-se ao registo de dados relativos ao conteúdo das comunicações ou visar apenas a
        // recolha e registo de dados de tráfego", after the interception is authorised.
        let modals = article.section == .procedural && anchorInText ? analysis.cues.ranges(.powerListLead, analysis.hits) : []
        let extends = !modals.isEmpty && principal.contains { power in
            modals.contains { modal in
                modal.upperBound <= power.lowerBound && Self.sameSentence(modal, power, analysis)
                    && grantedKinMeasure(of: index, isSubjectOf: modal, analysis)
            }
        }
        let granted =
            article.section != .procedural || !anchorInText || anchorInHeading
            || principal.contains { power in
                analysis.role.powerPhrases.contains { phrase in
                    Self.distance(power, phrase) <= settings.proximity
                        || (phrase.upperBound <= power.lowerBound && Self.sameSentence(phrase, power, analysis)
                            && (analysis.lines[power.lowerBound] != analysis.lines[phrase.lowerBound]
                                || !otherMeasure(between: phrase, and: power)))
                }
            }
            || extends
        let defined = article.section != .definitions || isDefined(anchors.flatMap { matched[$0] }, analysis)

        // Narrower: every mention of a required object is limited to some holders (the State, banks).
        let holders = analysis.cues.ranges(.restrictedHolder, analysis.hits)
        let heldBy = { (range: Range<Int>) in
            holders.contains { holder in
                holder.lowerBound >= range.upperBound && holder.lowerBound - range.upperBound <= settings.narrowingReach
                    && Self.sameSentence(range, holder, analysis)
            }
        }
        // (A holder may limit the system that holds the object rather than the object itself: "información que
        // contengan ... sistemas de informática del Estado". Any object of the instrument said near it, and
        // itself limited, counts.)
        let limitedPlaces = holders.isEmpty ? [] : analysis.objectPlaces.filter(heldBy)
        let narrowerFirst = objects.filter { object in
            inText(object) && !holders.isEmpty
                && matched[object].allSatisfy { range in
                    heldBy(range)
                        || limitedPlaces.contains { Self.distance($0, range) <= settings.proximity && Self.sameSentence($0, range, analysis) }
                }
        }.map { elements[$0].id } + considered.filter { narrowed.contains($0) }.map { elements[$0].id }
        let narrower = narrowerFirst
            + restrictedObjects(
                objects, matched: matched, firstAnchorSentence, alternatives, analysis, index: index, narrowedAlready: narrowerFirst)
        // A condition the provision takes from another law it cites by number ("Modifícase la ley N° 20.393, que
        // establece la responsabilidad penal de las personas jurídicas") is stated there, not missing here.
        let missing = considered.filter { element in
            !present[element] && Self.isDecisive(elements[element], in: article.section)
                && !(elements[element].decisive && analysis.role.citesLawByNumber)
        }.map { elements[$0].id }
        let qualifiers = elements.indices.filter { Self.isQualifier(elements[$0]) && inText($0) }.map { elements[$0].id }
        var check = Check(
            article: article, index: index, matched: matched, present: present, score: score,
            anchored: anchored && together && granted && defined,
            evidence: elements.indices.flatMap { matched[$0] }, principalEvidence: principal,
            anchorInHeading: anchorInHeading, missing: required.isEmpty ? [] : missing, narrower: narrower,
            qualifiers: qualifiers, showsResult: results.contains { present[$0] },
            resultSentences: Set(results.flatMap { matched[$0] }.map { analysis.sentences[$0.lowerBound] }))
        check.assistsOnly = assistsOnly
        check.extendsGrantedMeasure = extends
        return check
    }

    /// The objects an offence restricts by a qualifier the instrument allows for other articles only ("información
    /// contenida en sistemas protegidos por algún mecanismo de seguridad" for data interference): stated in the
    /// sentence that defines the offence, and not voided by an alternative ("protegido o no").
    private func restrictedObjects(
        _ objects: [Int], matched: [[Range<Int>]], _ offenceSentence: Int?, _ alternatives: [Range<Int>],
        _ analysis: Analysis, index: Int, narrowedAlready: [String]
    ) -> [String] {
        guard let offenceSentence else { return [] }
        let restricting = analysis.foreignQualifiers[index].filter { range in
            analysis.sentences[range.lowerBound] == offenceSentence
                && !alternatives.contains { Self.distance($0, range) <= settings.alternativeReach && Self.sameSentence($0, range, analysis) }
        }
        guard !restricting.isEmpty else { return [] }
        let elements = instrument.articles[index].elements
        // The restriction and the object it restricts stand in one clause: a restriction of the next paragraph
        // of a section that defines several offences ("(4) ... with intent to defraud ...; (5) ... damage")
        // restricts that paragraph's offence.
        return objects.filter { object in
            !narrowedAlready.contains(elements[object].id)
                && matched[object].contains { match in
                    analysis.sentences[match.lowerBound] == offenceSentence
                        && restricting.contains { !Self.clauseBreak(between: $0, match, in: analysis.text) }
                }
        }.map { elements[$0].id }
    }

    /// The text states the conduct of another offence article (even without its object): a heading naming this
    /// article's conduct over it names the offence loosely ("Interception of messages" over a text that destroys
    /// them).
    private func otherConductInText(_ index: Int, _ analysis: Analysis) -> Bool {
        let own = Set(instrument.articles[index].elements.filter { $0.kind == .conduct }.flatMap(\.concepts))
        return instrument.articles.indices.contains { other in
            let article = instrument.articles[other]
            guard other != index, article.section == .substantive, !article.ancillary else { return false }
            return article.elements.indices.contains { element in
                article.elements[element].kind == .conduct && article.elements[element].qualifier == .required
                    && !own.contains { article.elements[element].concepts.contains($0) }
                    && !analysis.matched[other][element].isEmpty
            }
        }
    }

    /// A term is defined where a definition formula introduces it ("se entenderá por: a) Datos informáticos",
    /// "computer data means"), and not by reference ("has the same meaning as in ..."); or the whole provision
    /// is a list of definitions.
    func isDefined(_ terms: [Range<Int>], _ analysis: Analysis) -> Bool {
        // In a list of definitions, a term is defined where it opens an item ("b) Sistema informático: ...",
        // "VI - registro de conexão: ..."), not where another term's definition uses it.
        let tokens = analysis.text.tokens
        if analysis.role.isDefinitionList,
            terms.contains(where: { term in
                let opensItem = (max(0, term.lowerBound - 2)...term.lowerBound).contains { $0 == 0 || tokens[$0].breakBefore }
                // ... or is quoted there ("b) «Dados informáticos», qualquer representação").
                let closesItem = term.upperBound >= tokens.count || tokens[term.upperBound].breakBefore
                    || (tokens[term.upperBound - 1].end..<tokens[term.upperBound].start)
                        .contains { "\"”»".contains(analysis.text.characters[$0]) }
                return opensItem && closesItem
            })
        {
            return true
        }
        let elsewhere = analysis.cues.elsewhereRanges(analysis.text)
        return terms.contains { term in
            // "computer data has the same meaning as in subsection 342.1(2)": defined elsewhere.
            !elsewhere.contains { range in
                range.lowerBound >= term.upperBound
                    && !(term.upperBound..<range.lowerBound).contains { analysis.text.tokens[$0].breakBefore && $0 > term.upperBound }
            }
                && analysis.role.definitionPhrases.contains { cue in
                    // "computer data means": the follower right after the term; "se entenderá como sistema
                    // informático": the term just after the formula; "como datos en sentido del inciso 1°, se
                    // entenderán solo": the term just before it; always in one sentence.
                    guard Self.distance(cue, term) <= settings.definitionReach,
                        !Self.sentenceBreak(between: cue, term, in: analysis.text)
                    else { return false }
                    // A follower ("means") comes right after the term it defines; a formula ("se entenderá por")
                    // may come before or after it.
                    let isFormula = analysis.cues.formulaRanges(analysis.text).contains(cue)
                    // The term must be the whole defined term, not its last words ("interfere with ... a computer
                    // system" means ...).
                    // A term after the formula opens what it introduces ("se entenderá como sistema informático"),
                    // not a word of the definition ("se entenderá como cooperación eficaz la entrega de datos").
                    let opensFormula = term.lowerBound < cue.upperBound || term.lowerBound - cue.upperBound <= Self.termAfterFormula
                    // Only a function word may stand between the term and its follower or the term's start
                    // ("the computer system means"): "critical information infrastructure system" means ... defines
                    // a narrower notion, not a computer system.
                    if isFormula && opensFormula { return true }
                    guard cue.lowerBound >= term.upperBound, cue.lowerBound - term.upperBound <= 1 else { return false }
                    let tokens = analysis.text.tokens
                    let termStart = Glossary.termStart(before: cue.lowerBound, in: analysis.text)
                    return (term.upperBound..<cue.lowerBound).allSatisfy { tokens[$0].isStopWord }
                        && termStart >= term.lowerBound - 1
                        && (termStart..<term.lowerBound).allSatisfy { tokens[$0].isStopWord }
                }
        }
    }

    /// Most words between a definition formula and the term it introduces ("se entenderá por: a) los datos").
    static let termAfterFormula = 3

    /// Most words from a purpose marker to a conduct its purpose names ("para explotar ..., modificar").
    static let purposeReach = 4

    /// A word after a purpose marker still belongs to the purpose when it follows the marker, a function word, an
    /// adverb, a gerund, a comma or a conjunction ("con el fin de obtener, adulterar o destruir", "for purposes of
    /// causing damage"); after the purpose's own verb it is the offence's ("with intent to defraud traffics in any
    /// password").
    static func continuesPurpose(at start: Int, after marker: Range<Int>, in text: AnalyzedText) -> Bool {
        guard start > marker.upperBound else { return true }
        let previous = text.tokens[start - 1]
        if previous.isStopWord { return true }
        if ["ly", "mente", "ment"].contains(where: { previous.folded.hasSuffix($0) }) { return true }
        if previous.folded.count > 4, previous.folded.hasSuffix("ing") { return true }
        return (previous.end..<text.tokens[start].start).contains { text.characters[$0] == "," }
    }
    static let consequenceReach = 40

    static func sameSentence(_ a: Range<Int>, _ b: Range<Int>, _ analysis: Analysis) -> Bool {
        analysis.sentences[a.lowerBound] == analysis.sentences[b.lowerBound]
    }

    /// True when a sentence ends (a full stop before a space or a new line) between two token ranges.
    static func sentenceBreak(between a: Range<Int>, _ b: Range<Int>, in text: AnalyzedText) -> Bool {
        let from = min(a.upperBound, b.upperBound)
        let to = max(a.lowerBound, b.lowerBound)
        guard from < to else { return false }
        return (from...min(to, text.tokens.count - 1)).contains { text.tokens[$0].sentenceBefore }
    }

    /// True when a sentence or clause break (`.`, `;`, `:`, a new line) stands between the starts of two token
    /// ranges, the later one's own start included: a restriction stated in another paragraph of the section does
    /// not restrict this one's object.
    static func clauseBreak(between a: Range<Int>, _ b: Range<Int>, in text: AnalyzedText) -> Bool {
        let (first, second) = a.lowerBound <= b.lowerBound ? (a.lowerBound, b.lowerBound) : (b.lowerBound, a.lowerBound)
        return first < second && text.tokens[(first + 1)...second].contains(where: \.breakBefore)
    }

    /// Each element of the article, present with up to three evidence spans, or absent.
    static func findings(_ check: Check, in text: AnalyzedText) -> [ElementFinding] {
        check.article.elements.enumerated().map { index, element in
            let ranges = check.matched[index]
            return ElementFinding(
                id: element.id, status: ranges.isEmpty ? .absent : .present,
                evidence: ranges.prefix(3).map { evidence($0, in: text) })
        }
    }

    static func confidence(_ check: Check) -> Double {
        let value = 0.35 + 0.6 * min(check.score, 1.0) - (check.coverage == .full ? 0 : 0.05)
        return (max(0, min(1, value)) * 100).rounded() / 100
    }
}
