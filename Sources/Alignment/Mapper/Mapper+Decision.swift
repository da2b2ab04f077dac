/// The rules an expert applies between articles once each has been checked on its own.
extension Mapper {
    func decide(_ analysis: Analysis) -> [Candidate] {
        var reasons: [String: String] = [:]
        return decide(analysis, reasons: &reasons)
    }

    /// Why the ancillary liability of a provision was dropped: it accompanies no offence the instrument knows.
    static let withoutOffenceReason = "ancillary liability without an offence of the instrument"

    /// The decision, with the reason each anchored article was dropped (for `explain`). `lawHasOffences`: the
    /// document creates offences the instrument knows elsewhere, so a general rule that creates no offence of its
    /// own (corporate liability in a code's general part) accompanies them.
    func decide(_ analysis: Analysis, reasons: inout [String: String], lawHasOffences: Bool = false) -> [Candidate] {
        let role = analysis.role
        if role.isFormal { return [] }
        var checks: [Check] = []
        // A rule on the penalties of offences defined elsewhere creates no offence and grants no power; it may still
        // state ancillary or corporate liability ("When any of the punishable acts herein defined are committed on
        // behalf of a juridical person ... it shall be held liable for a fine").
        // (Articles the provision does not touch are skipped before the article is read: most are.)
        for index in instrument.articles.indices where analysis.touched[index] {
            let article = instrument.articles[index]
            guard article.isMapped && !settings.excludedSections.contains(article.section) && (!role.adjustsPenalty || article.ancillary)
            else { continue }
            guard admits(index, analysis) else { continue }
            let check = check(index, analysis)
            // An offence article (one with an object) needs a provision that punishes and enough of its elements;
            // powers, obligations and definitions are recognised by their gates (the power or term itself, where
            // it is granted or defined, and the role of the provision).
            let offence = article.section == .substantive && article.elements.contains { $0.kind == .object }
            let supported = !offence || (role.createsOffence && check.score >= settings.threshold)
            if check.anchored && supported { checks.append(check) }
        }
        // A provision that creates no offence may still implement an offence article partly, through one of its
        // elements of a given kind, the offence itself being defined elsewhere.
        func addOffences(showing kind: Article.Kind, where shown: ([Range<Int>]) -> Bool) {
            for (index, article) in instrument.articles.enumerated()
            where article.section == .substantive && article.isMapped && !checks.contains(where: { $0.index == index }) {
                guard article.elements.indices.contains(where: { article.elements[$0].kind == kind && shown(analysis.matched[index][$0]) })
                else { continue }
                checks.append(check(index, analysis))
            }
        }
        // An exemption that states an offence article's safeguard ("exento de responsabilidad penal el que realiza
        // las conductas descritas ... con el propósito de llevar a cabo pruebas autorizadas") is how a state
        // implements it (Art. 6(2)).
        if role.exempts, !role.createsOffence, !role.grantsPower {
            addOffences(showing: .safeguard) { !$0.isEmpty }
        }
        // A definition that extends a term the code's offences use to data on any medium ("El término "documento"
        // comprende toda representación ... con independencia del soporte") makes those offences reach computer
        // data: it implements the offence article whose `definition` element it shows (the conduct is the
        // offences', not the definition's). (Not a definition for some sections only: "The following definitions
        // apply in this section and in sections 487.012 to ..." defines the document a production order reaches.)
        if role.defines, !role.createsOffence, !role.grantsPower, analysis.cues.ranges(.localDefinition, analysis.hits).isEmpty {
            addOffences(showing: .definition) { isDefined($0, analysis) }
        }
        func step(_ name: String, _ next: [Check]) {
            let kept = Set(next.map(\.article.number))
            for check in checks where !kept.contains(check.article.number) { reasons[check.article.number] = name }
            checks = next
        }
        step("subsumed by a more specific offence or a longer reading", withoutSubsumed(checks, analysis))
        step("a measure only named, listed or referred to, or outside the heading's focus", focused(checks, analysis))
        step("devices that serve only another offence of the provision", withoutForeignDevices(checks))
        // Ancillary liability (attempt, aiding) only accompanies an offence the instrument knows, or a general
        // rule on the law's offences ("los delitos previstos en esta ley") or one whose heading names it ("Criminal
        // liability of corporations and associations", "Liability of accomplices").
        // (Not the attempt or aiding of an offence beyond the Convention that the provision creates: "Cyber
        // harassment ... attempting to commit an offence", "Aiding and abetting of child dealing for purposes of
        // sexual abuse".)
        let ownOffenceBeyond = role.createsOffence && role.beyondConvention
        let hasOffenceArticle = checks.contains { Self.isOffence($0.article) } || (role.refersToOffences && !ownOffenceBeyond)
        let generalRule = lawHasOffences && !role.createsOffence && !role.punishesBreach && !role.exempts
        step(
            Self.withoutOffenceReason,
            checks.filter { !$0.article.ancillary || hasOffenceArticle || generalRule || ($0.anchorInHeading && !ownOffenceBeyond) })
        return checks.sorted { Self.order($0.article) < Self.order($1.article) }
            .map { check in
                Candidate(
                    article: check.article, findings: Self.findings(check, in: analysis.text), coverage: check.coverage,
                    confidence: Self.confidence(check), missing: check.missing, qualifiers: check.qualifiers,
                    narrower: check.narrower)
            }
    }

    /// Where a word stands for the rule on lists of measures: its sentence and, inside a list of powers, its item.
    struct Place: Hashable {
        let sentence: Int
        let item: Int
    }

    /// Per token, its sentence and the number of the item of a list of powers it stands in (0 outside any).
    static func places(_ analysis: Analysis) -> [Place] {
        let starts = Set(analysis.role.listedPowerItems)
        var places: [Place] = []
        places.reserveCapacity(analysis.text.tokens.count)
        var item = 0
        for index in analysis.text.tokens.indices {
            if index > 0, analysis.sentences[index] != analysis.sentences[index - 1] { item = 0 }
            if starts.contains(index) { item += 1 }
            places.append(Place(sentence: analysis.sentences[index], item: item))
        }
        return places
    }

    /// Most words between a means or purpose marker and the conduct it introduces.
    static let markerReach = 3

    static func hasConduct(_ article: Article) -> Bool {
        // (By index: the closure over elements copied each element, strings and arrays retained, on every call.)
        article.elements.indices.contains { article.elements[$0].kind == .conduct }
    }

    /// An offence of the instrument (Arts. 2-10), which ancillary liability accompanies.
    static func isOffence(_ article: Article) -> Bool {
        article.section == .substantive && !article.ancillary && hasConduct(article)
    }

    /// Which provisions can implement an article, by what they do:
    /// - a list of definitions implements Art. 1 and nothing else;
    /// - a provision on an authority's mandate (its functions, composition) implements only an article under which
    ///   a Party designates an authority;
    /// - an offence implements the substantive articles, unless its conduct is another provision's offence
    ///   (an aggravated or derived form) or it is an offence beyond the Convention (terrorism, identity theft,
    ///   harassment ...): those have no counterpart, except for ancillary and corporate liability;
    /// - a power (granted before any offence the provision creates for obstructing it) implements the procedural
    ///   articles, unless the provision stands in a part on international co-operation;
    /// - a provision that speaks of other States implements the co-operation articles, one on where the law
    ///   applies the jurisdiction article;
    /// - a provision that names a concept of another matter (`Article.notWhere`: extradition for the mutual
    ///   assistance measures) does not implement the article.
    func admits(_ index: Int, _ analysis: Analysis) -> Bool {
        let article = instrument.articles[index]
        let role = analysis.role
        if analysis.aboutOtherMatter[index] { return false }
        if role.isDefinitionList { return article.section == .definitions }
        if role.isInstitutional, article.designation == nil { return false }
        let offenceFirst = role.createsOffence && !role.powerFirst
        switch article.section {
        case .definitions:
            return role.defines
        case .substantive:
            // (Nor a rule on where the law applies that speaks of accomplices: "compétentes lorsque la personne
            // s'est rendue coupable sur le territoire, comme complice, d'un crime commis à l'étranger".)
            guard Self.hasConduct(article), !article.ancillary else {
                return !role.isJurisdictional
                    && (offenceFirst || (!role.grantsPower && (!role.defines || role.definesLocally) && !role.isInternational))
            }
            return offenceFirst && !role.beyondConventionInHeading && !role.punishesBreach && !role.jurisdictionFirst
        case .procedural:
            return role.grantsPower && !offenceFirst && !role.inCooperationPart && !role.regulatesMeasure
        case .cooperation:
            return role.isInternational && !offenceFirst && !role.domesticPower
        case .jurisdiction:
            // (A penalty formula alone does not make a jurisdiction rule an offence: "if the act is punishable
            // where it was committed".)
            // (Nor does a power: "within the territorial jurisdiction of the court" says where an order runs.)
            // (Nor a subject formula after the rule: "A court ... has jurisdiction to try any offence ... if the
            // offence was committed outside ... against any person who is a citizen" names the victim.)
            return role.isJurisdictional && (role.jurisdictionFirst || !offenceFirst || !role.namesOffender)
                && !role.powerFirst
        case .final:
            return false
        }
    }

    /// The words that introduce an offence's means: the means markers ("by", "mediante"), and a colon or dash
    /// that leads into a list after an offence's conduct, as in "obstaculizara o interrumpiera el funcionamiento
    /// de un sistema informático ajeno: a) ...; b) introduciendo o transmitiendo datos; o c) destruyendo ...".
    static func meansMarkers(_ analysis: Analysis) -> [Range<Int>] {
        // (Not a list the offender's state of mind opens: "shall be guilty of an offense if he or she
        // intentionally: (a) Alters, damages ...; (b) disrupts the operation ..." lists the offence's conducts.)
        let tokens = analysis.text.tokens
        let openers = tokens.indices.dropFirst()
            .filter { RoleCues.opensList(after: ($0 - 1)..<$0, in: analysis.text) }
            .filter { !["ly", "mente"].contains(where: tokens[$0 - 1].folded.hasSuffix) }
            .map { ($0 - 1)..<$0 }
        return analysis.cues.ranges(.meansMarker, analysis.hits) + openers
    }

    /// The markers that introduce the words at `range` as a means: before them in their sentence, close by or
    /// leading into the list they stand in ("hinders ... by— (a) inputting data ...; (c) rendering data ...").
    static func markers(_ markers: [Range<Int>], introducing range: Range<Int>, _ analysis: Analysis) -> [Range<Int>] {
        let sentence = analysis.sentences[range.lowerBound]
        return markers.filter { marker in
            marker.upperBound <= range.lowerBound && analysis.sentences[marker.lowerBound] == sentence
                && (range.lowerBound - marker.upperBound <= markerReach + 10
                    || RoleCues.opensList(after: marker, in: analysis.text))
        }
    }

    /// Whether the text says the candidate's conduct is done without right (the general part may supply it, but
    /// a text that does not say it punishes the conduct for something else).
    static func statesWantOfRight(_ check: Check) -> Bool {
        check.article.elements.indices.contains { index in
            check.article.elements[index].kind == .withoutRight && check.present[index]
        }
    }

    /// Drops a check whose conduct was found only inside the evidence of another article of the same section
    /// that shows more: data alteration that is the means of a fraud, data damage that is the means of a
    /// system interference.
    func withoutSubsumed(_ checks: [Check], _ analysis: Analysis) -> [Check] {
        // (One offence article subsumes nothing: most provisions stop here, before the markers are read.)
        guard checks.lazy.filter({ $0.article.section == .substantive }).dropFirst().first != nil else { return checks }
        let markers = Self.meansMarkers(analysis)
        let purposes = analysis.cues.ranges(.purposeMarker, analysis.hits)
        return checks.filter { candidate in
            guard candidate.article.section == .substantive, !candidate.principalEvidence.isEmpty else { return true }
            let candidateEvidence = Set(candidate.evidence.flatMap { Array($0) })
            let others = checks.filter {
                $0.article.number != candidate.article.number && $0.article.section == .substantive
            }
            // The same words read as a longer conduct phrase of another article ("impide el acceso" is
            // hindering, not access): the longer reading wins. (Words that carry both conducts, as a defined
            // term may, are both readings.)
            for other in others {
                let longer = candidate.principalEvidence.allSatisfy { range in
                    other.principalEvidence.contains {
                        $0.count > range.count && $0.contains(range.lowerBound) && $0.contains(range.upperBound - 1)
                    }
                }
                if longer { return false }
            }
            // Each mention of the candidate's conduct is only another offence's means (data damage through which
            // a system is hindered) or part of the more specific offence (forgery, fraud: its result is there),
            // within the statement of that offence. Words that are both articles' conduct ("inutilizare datos ...
            // o sistemas") make two offences, and so does a paragraph of its own.
            return !candidate.principalEvidence.allSatisfy { range in
                let sentence = analysis.sentences[range.lowerBound]
                // (A marker that leads into a list, "hinders ... the functioning of an information system by—
                // (a) inputting data ...; (c) rendering data ... inaccessible", introduces every item of it.)
                let introducing = Self.markers(markers, introducing: range, analysis)
                let introduced = !introducing.isEmpty
                return others.contains { other in
                    let otherOwn = Set(other.principalEvidence.flatMap { Array($0) })
                    // A conduct the statement introduces as the means of another offence's conduct, after it
                    // ("hinders the functioning of a computer system by ... accessing it") is that offence's means,
                    // even where that article does not list it among its means.
                    if other.principalEvidence.contains(where: { conduct in
                        analysis.sentences[conduct.lowerBound] == sentence
                            && introducing.contains { conduct.upperBound <= $0.lowerBound }
                    }), !otherOwn.isSubset(of: candidateEvidence) {
                        return true
                    }
                    let wider = Set(other.evidence.flatMap { Array($0) })
                    guard Set(range).isSubset(of: wider) else { return false }
                    var statement = Set(other.principalEvidence.map { analysis.sentences[$0.lowerBound] })
                    if other.showsResult { statement.formIntersection(other.resultSentences) }
                    guard statement.contains(sentence) else { return false }
                    let meansOnly = introduced && Set(range).isDisjoint(with: otherOwn)
                        && !otherOwn.isSubset(of: candidateEvidence)
                    // (Of two readings that both show a result, the one that shows every element it needs wins
                    // over one that lacks some: false instructions that procure a benefit to another's loss are a
                    // fraud, not a forgery without its legal-purpose intent. And a reading that lacks an element
                    // does not absorb one that shows all of its own: data destroyed with intent to cause loss is
                    // a data interference, not a fraud without its intent of gain.)
                    let moreSpecific = other.showsResult
                        && (!candidate.showsResult || (!candidate.missing.isEmpty && other.missing.isEmpty))
                        && (other.missing.isEmpty || !candidate.missing.isEmpty)
                    // (A conduct the text does not call wrongful, punished for the purpose it serves, stated after
                    // it, is the means of the offence that purpose makes: to access a computer "with the intent to
                    // commit the offense of theft" is a computer fraud, not an illegal access. Data destroyed "with
                    // a mala fide intention to cause wrongful loss" states its purpose first: a data interference.)
                    let servesOnly = other.showsResult && !candidate.showsResult && !Self.statesWantOfRight(candidate)
                        && purposes.contains { purpose in
                            purpose.lowerBound >= range.upperBound && analysis.sentences[purpose.lowerBound] == sentence
                        }
                    return meansOnly || moreSpecific || servesOnly
                }
            }
        }
    }

    /// An offence about the means of other offences (misuse of devices) is not implemented by a provision whose
    /// tools serve only another offence it defines itself (the devices of a fraud are part of that fraud).
    func withoutForeignDevices(_ checks: [Check]) -> [Check] {
        let articles = Set(checks.map(\.article.number))
        return checks.filter { check in
            let served = Set(check.article.servesOffences)
            guard !served.isEmpty, articles.isDisjoint(with: served) else { return true }
            return !checks.contains { other in
                other.article.number != check.article.number && !served.contains(other.article.number)
                    && Self.isOffence(other.article)
            }
        }
    }

    /// A procedural or co-operation provision implements the measures it grants, not every measure it names:
    /// - a measure only listed among several others in one sentence ("preservation, real-time collection or
    ///   interception", a scope clause) is not granted there;
    /// - a measure followed by a reference to another provision ("the preservation of data pursuant to sections
    ///   59 and 60") is granted there, not here;
    /// - where the heading names measures, the provision is about those: other measures of the same section it
    ///   mentions are context; and a provision on a specific measure does not also implement the general
    ///   principles the measure falls under (`Instrument.generalPrinciples`).
    func focused(_ checks: [Check], _ analysis: Analysis) -> [Check] {
        let isMeasure = { (check: Check) in check.article.section == .procedural || check.article.section == .cooperation }
        guard checks.contains(where: isMeasure) else { return checks }
        // Per sentence, the measures named at distinct places: articles whose anchors share words ("preservation
        // demand" is Arts. 16, 17 and 29 at once) are one mention. (The items of a labelled list, "a) Ordenar ...;
        // b) Acceder ...", are each a sentence of their own here: a list of powers grants each.)
        let place = Self.places(analysis)
        var placesBySentence: [Place: [[Range<Int>]]] = [:]
        for check in checks where isMeasure(check) {
            for (sentence, ranges) in Dictionary(grouping: check.principalEvidence, by: { place[$0.lowerBound] }) {
                var places = placesBySentence[sentence] ?? []
                let joined = places.indices.filter { index in places[index].contains { place in ranges.contains { $0.overlaps(place) } } }
                var merged = ranges
                for index in joined.reversed() { merged += places.remove(at: index) }
                places.append(merged)
                placesBySentence[sentence] = places
            }
        }
        let references = analysis.cues.ranges(.crossReference, analysis.hits)
        var kept = checks.filter { check in
            guard isMeasure(check), !check.anchorInHeading, !check.principalEvidence.isEmpty else { return true }
            let granted = check.principalEvidence.filter { range in
                let listed = (placesBySentence[place[range.lowerBound]]?.count ?? 0) >= settings.enumeration
                let referred = references.contains { reference in
                    reference.lowerBound >= range.upperBound && reference.lowerBound - range.upperBound <= settings.referenceReach
                }
                return !listed && !referred
            }
            return !granted.isEmpty
        }
        for section in [Article.Section.procedural, .cooperation] {
            // The heading names a measure by its power and object ("Real-time collection of traffic data"), or
            // failing that by its power alone ("General production order").
            var named = kept.filter { $0.article.section == section && $0.anchorInHeading }.map(\.article.number)
            if named.isEmpty {
                named = kept.filter { $0.article.section == section && analysis.headingPowers.contains($0.index) }
                    .map(\.article.number)
            }
            if !named.isEmpty {
                let specific = named.filter { !instrument.generalPrinciples.contains($0) }
                // A measure the text grants in a sentence of its own, apart from the named ones, stays: "may
                // require ... to disclose sufficient traffic data to identify the path (1) ... may apply for an
                // order to collect traffic data in real time (2)" under "Disclosure and collection of traffic data".
                let namedSentences = Set(kept.filter { specific.contains($0.article.number) }
                    .flatMap(\.principalEvidence).map { analysis.sentences[$0.lowerBound] })
                let grantingSentences = Set(analysis.role.powerPhrases.map { analysis.sentences[$0.lowerBound] })
                kept.removeAll { check in
                    guard check.article.section == section, !specific.isEmpty else { return false }
                    guard !specific.contains(check.article.number), !check.extendsGrantedMeasure else { return false }
                    let own = Set(check.principalEvidence.map { analysis.sentences[$0.lowerBound] })
                    return !(!own.isEmpty && own.isDisjoint(with: namedSentences) && !own.isDisjoint(with: grantingSentences))
                }
                continue
            }
            // The heading of the part above ("La interceptación de las comunicaciones", "Registro de dispositivos
            // de almacenamiento") names the measure its provisions regulate: they implement it and its kin.
            let context = contextArticles(section, analysis)
            guard !context.isEmpty else { continue }
            let allowed = context.union(context.flatMap { kin[$0] })
            kept.removeAll { $0.article.section == section && !allowed.contains($0.index) }
        }
        // The tasks of a designated authority ("The 24/7 contact point shall provide assistance in respect of ...
        // the expeditious preservation of data and evidence ...") are what it does, not co-operation measures the
        // provision grants (`Article.Element.listsTasks`).
        // (Only where the sentence names the authority too: "for the purposes of investigations ... concerning
        // criminal offences related to computer systems and data" alone is also Art. 23's general principle.)
        // (Per sentence, or per item of a list: "(a) facilitate international co-operation ...; (b) serve as the point
        // of contact ...".)
        let tasks = Set(kept.flatMap { check -> [Place] in
            let elements = check.article.elements.indices
            let listed = elements.filter { check.article.elements[$0].listsTasks }
            guard !listed.isEmpty else { return [] }
            let authority = Set(elements.filter { !listed.contains($0) }.flatMap { check.matched[$0] }.map { place[$0.lowerBound] })
            return listed.flatMap { check.matched[$0] }.map { place[$0.lowerBound] }.filter(authority.contains)
        })
        if !tasks.isEmpty {
            kept.removeAll { check in
                check.article.section == .cooperation && !check.article.elements.contains(where: \.listsTasks)
                    && !instrument.generalPrinciples.contains(check.article.number) && !check.principalEvidence.isEmpty
                    && check.principalEvidence.allSatisfy { tasks.contains(place[$0.lowerBound]) }
            }
        }
        // A measure shown only in a narrower form of its power ("disclose traffic data" for a production order)
        // yields to another measure the same words grant in full (the disclosure of traffic data that identifies
        // the path is Art. 17's).
        let narrowOnly = { (check: Check) in
            !check.assistsOnly && check.article.elements.indices.contains { element in
                Self.anchorKinds(check.article.section).contains(check.article.elements[element].kind)
                    && check.narrower.contains(check.article.elements[element].id)
            }
        }
        let candidates = kept
        kept.removeAll { check in
            isMeasure(check) && narrowOnly(check)
                && candidates.contains { other in
                    other.index != check.index && isMeasure(other) && !narrowOnly(other)
                        && other.principalEvidence.contains { range in check.principalEvidence.contains { $0.overlaps(range) } }
                }
        }
        return kept
    }

    /// The articles of `section` whose anchor the nearest heading above names; and, beside them, those whose power
    /// it names without its object ("Des transports, des perquisitions, des saisies et des interceptions de
    /// correspondances" names the search and seizure of Art. 19 as well as the interception it states in full).
    func contextArticles(_ section: Article.Section, _ analysis: Analysis) -> Set<Int> {
        guard !analysis.contextMatched.isEmpty else { return [] }
        // (A part headed by a chapter's general principle, "International Cooperation", names the whole chapter,
        // not one measure of it.)
        let anchored = Set(instrument.articles.indices.filter { index in
            let article = instrument.articles[index]
            guard article.section == section, !instrument.generalPrinciples.contains(article.number) else { return false }
            let anchors = Self.anchorKinds(section)
            return article.elements.indices.contains { element in
                anchors.contains(article.elements[element].kind) && !analysis.contextMatched[index][element].isEmpty
            }
        })
        guard !anchored.isEmpty else { return [] }
        return anchored.union(analysis.contextPowers.filter { instrument.articles[$0].section == section })
    }
}
