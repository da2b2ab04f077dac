/// Acts a law describes without making them a crime, and makes a crime in another provision that cites them. India's
/// Information Technology Act lists, as a civil wrong, what a person does "without permission of the owner" of a
/// computer ("accesses ...", "damages ...", "disrupts ..."); its offence reads "If any person, dishonestly or
/// fraudulently, does any act referred to in section 43, he shall be punishable with imprisonment". An expert reads
/// the offence with the acts it cites: it is the provision that makes them a crime, and it implements the offence
/// articles those acts describe, their elements stated in the cited provision.
extension Mapper {
    /// A provision that states an offence's conduct and object but creates no offence itself (a civil wrong, a bare
    /// list of acts): what it would implement were it an offence.
    struct DescribedActs {
        let reference: ProvisionReference
        let number: String
        let analysis: Analysis
    }

    /// The acts-only reading of a provision, or nil when it creates an offence, or defines, grants or formally
    /// states something rather than describing acts.
    func describedActs(_ analysis: Analysis, reference: ProvisionReference) -> DescribedActs? {
        let role = analysis.role
        guard !role.createsOffence, !role.defines, !role.grantsPower, !role.isFormal, !role.isJurisdictional,
            !role.isInternational, !analysis.textOffences.isEmpty,
            let number = reference.num, number.contains(where: \.isNumber)
        else { return nil }
        return DescribedActs(reference: reference, number: number, analysis: analysis)
    }

    /// The offence articles an offence implements through the acts it punishes by citing them: for an offence that
    /// implements no offence article on its own words and cites, by number and with a cross-reference formula
    /// ("referred to in section 43"), a provision of its law that describes acts without making them a crime.
    func punishingCitedActs(
        _ offence: Analysis, reference: ProvisionReference, text: String, acts: [DescribedActs]
    ) -> [ProvisionAlignment] {
        guard offence.role.createsOffence, !offence.role.adjustsPenalty,
            !offence.cues.ranges(.crossReference, offence.hits).isEmpty
        else { return [] }
        var result: [ProvisionAlignment] = []
        for cited in acts where cited.reference.eId != reference.eId && Self.cites(text, number: cited.number) {
            for candidate in decide(cited.analysis.asOffence()) where Self.isOffence(candidate.article) {
                guard !result.contains(where: { $0.article == candidate.article.number }) else { continue }
                let elements = candidate.findings.map { finding in
                    finding.status == .present
                        ? ElementFinding(id: finding.id, status: .present, evidence: [], statedIn: cited.reference) : finding
                }
                result.append(ProvisionAlignment(
                    provision: reference, article: candidate.article.number, coverage: candidate.coverage,
                    confidence: candidate.confidence, origin: .suggested, elements: elements,
                    missing: candidate.missing, qualifiers: candidate.qualifiers, narrower: candidate.narrower))
            }
        }
        return result
    }
}

extension Mapper.Analysis {
    /// The same reading, of a provision taken to create the offence whose acts it states.
    func asOffence() -> Mapper.Analysis {
        var role = role
        role.createsOffence = true
        role.punishesBreach = false
        role.powerFirst = false
        role.adjustsPenalty = false
        return Mapper.Analysis(
            text: text, sentences: sentences, lines: lines, hits: hits, role: role, matched: matched,
            narrowerMatched: narrowerMatched, objectPlaces: objectPlaces, definitionBodies: definitionBodies,
            headingMatched: headingMatched, headingNarrowerMatched: headingNarrowerMatched,
            foreignQualifiers: foreignQualifiers, aboutOtherMatter: aboutOtherMatter, contextMatched: contextMatched,
            contextPowers: contextPowers, cues: cues, touched: touched, textOffences: textOffences,
            textMeasures: textMeasures, headingPowers: headingPowers)
    }
}
