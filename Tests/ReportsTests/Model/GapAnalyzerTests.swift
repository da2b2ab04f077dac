import Alignment
import Testing
@testable import Reports

/// The status rules on real statutes (Chile's Ley 21.459, Colombia's Ley 1273, Peru's Ley 30096) aligned as the
/// expert gold says, with the states' real treaty records.
@Suite struct GapAnalyzerTests {
    let analyses: [GapAnalysis]
    let chile: GapAnalysis

    init() throws {
        analyses = GapAnalyzer(input: try Fixture.input()).analyzeAll()
        chile = try #require(analyses.first { $0.state == "cl" })
    }

    func analysis(_ code: String, _ input: ReportInput) throws -> GapAnalysis {
        try #require(GapAnalyzer(input: input).analyze(code))
    }

    // MARK: Declarations, reservations, qualifiers

    @Test func aQualifierTheStateDeclaredMakesTheArticleDeclaredAndCitesTheDeclaration() throws {
        let article = try #require(chile.article("2"))
        #expect(article.status == .declared)
        let gap = try #require(article.gaps.first { $0.id == "dishonest-intent" })
        #expect(gap.kind == .qualifier)
        #expect(gap.excusedBy?.label == "Declaration under Art. 2")
        #expect(gap.remedy.isEmpty)
        #expect(article.explanation.contains("the declaration under Art. 2 allows"))
        #expect(article.evidence.first?.citation == "Ley 21.459 art. 2")
    }

    @Test func anUndeclaredOptionalQualifierNeverMakesTheArticlePartialAndCarriesItsRemedy() throws {
        let bare = try analysis("cl", try Fixture.input(chileParty: nil))
        let article = try #require(bare.article("2"))
        #expect(article.status == .implemented)
        let gap = try #require(article.gaps.first { $0.id == "dishonest-intent" })
        #expect(gap.excusedBy == nil)
        // Without a party record Chile is not known to be a Party: the declaration remains open to it.
        #expect(gap.remedy == "Make an Art. 40 declaration (Art. 2, second sentence) on joining the Convention, or amend the provision to drop the qualifier.")
        #expect(article.explanation.contains("does not make the article partial"))
    }

    @Test func aPartyCanOnlyAmendForAQualifierItDidNotDeclare() throws {
        // Chile is a Party: had it not declared under Art. 2, only an amendment would cure the intent qualifier.
        var party = Fixture.chileParty
        party = PartyStatus(state: party.state, name: party.name, instruments: party.instruments.map { status in
            PartyStatus.InstrumentStatus(
                instrument: status.instrument, status: status.status, ratified: status.ratified, inForce: status.inForce,
                declarations: status.declarations.filter { $0.article != "2" }, reservations: status.reservations)
        })
        let article = try #require(try analysis("cl", try Fixture.input(chileParty: party)).article("2"))
        let gap = try #require(article.gaps.first { $0.id == "dishonest-intent" })
        #expect(gap.remedy.hasPrefix("Amend the provision to drop the qualifier"))
        #expect(gap.remedy.contains("Chile is already a Party"))
    }

    @Test func aReservationExcusesTheRequiredElementsItCovers() throws {
        let article = try #require(chile.article("6"))
        #expect(article.status == .reserved)
        let gap = try #require(article.gaps.first { $0.id == "possession" })
        #expect(gap.kind == .missing)
        #expect(gap.excusedBy?.label == "Reservation under Art. 6(3)")
        #expect(article.evidence.map(\.citation) == ["Ley 21.459 art. 8"])
        #expect(article.explanation.contains("as far as the reservation under Art. 6(3) requires"))
    }

    @Test func aDeclarationNeverExcusesAMissingRequiredElement() throws {
        // A declaration adds elements; only a reservation can leave one out.
        let party = Fixture.chileParty
        let declaredInstead = PartyStatus(state: "cl", name: "Chile", instruments: party.instruments.map { status in
            let asDeclaration = status.reservations.filter { $0.article == "6" }
            return PartyStatus.InstrumentStatus(
                instrument: status.instrument, status: status.status,
                declarations: status.declarations + asDeclaration,
                reservations: status.reservations.filter { $0.article != "6" })
        })
        let article = try #require(try analysis("cl", try Fixture.input(chileParty: declaredInstead)).article("6"))
        #expect(article.status == .partial)
        #expect(article.gaps.first { $0.id == "possession" }?.excusedBy == nil)
    }

    @Test func aReservationWithoutElementsExcusesItsParagraph() throws {
        let article = try #require(chile.article("4"))
        #expect(article.status == .reserved)
        #expect(article.gaps.first { $0.id == "serious-harm" }?.excusedBy?.paragraph == "2")
    }

    @Test func statementsCitingARepealedLawAreFlagged() throws {
        let article2 = try #require(chile.article("2"))
        let declaration = try #require(article2.reserves.first { $0.kind == .declaration })
        #expect(declaration.citesRepealed == "Ley 19.223, repealed by Ley 21.459")
        // Art. 7's declaration cites the Código Penal, which is not repealed.
        #expect(chile.article("7")?.reserves.first?.citesRepealed == nil)
        #expect(chile.summary.contains { $0.contains("declarations under Arts. 2 and 3 cite Ley 19.223, repealed by Ley 21.459") })
    }

    @Test func anUnknownRecordOfReservationsIsFlaggedWhereOneCouldCoverAGap() throws {
        let brazil = try #require(Fixture.catalog.party("br"))
        let unknown = PartyStatus(state: "cl", name: "Chile", instruments: brazil.instruments)
        let analysis = try analysis("cl", try Fixture.input(chileParty: unknown))
        #expect(analysis.profile.reservesKnown == .unknown)
        #expect(analysis.summary.contains { $0.hasPrefix("The sources do not say which declarations and reservations Chile made") })
        #expect(analysis.article("6")?.reservesUnknown == true)
        #expect(analysis.article("5")?.reservesUnknown == false)
    }

    // MARK: Missing, or not found in the corpus

    @Test func missingOnlyWhereTheCorpusHoldsAWholeTextOfAKindTheArticleIsFoundIn() throws {
        // Without its pairs for Art. 5, Chile's whole cybercrime act proves the absence; Peru's excerpt does not.
        let input = try Fixture.input(droppingFromChile: ["5"], droppingFromPeru: ["5"])
        let chile = try analysis("cl", input), peru = try analysis("pe", input)
        let missing = try #require(chile.article("5"))
        #expect(missing.status == .missing)
        #expect(missing.searched == ["Ley 21.459 (cybercrime act)"])
        let notFound = try #require(peru.article("5"))
        #expect(notFound.status == .notFoundInCorpus)
        #expect(notFound.lacking == [.cybercrimeAct, .penalCodeSpecialPart])
        #expect(notFound.explanation.contains("only excerpts (Ley 30096)"))
        #expect(notFound.explanation.hasSuffix("This is not a finding about Peru's law."))
    }

    @Test func anArticleAWholeCybercrimeActNeedNotHoldIsNotFoundRatherThanMissing() throws {
        // Child pornography and copyright offences often sit in the penal code or a copyright law.
        #expect(chile.article("9")?.status == .notFoundInCorpus)
        #expect(chile.article("10")?.status == .notFoundInCorpus)
        #expect(chile.article("10")?.lacking == [.copyrightLaw])
        // An amending act proves no absence either.
        let colombia = try #require(analyses.first { $0.state == "co" })
        #expect(colombia.article("12")?.status == .notFoundInCorpus)
        #expect(colombia.article("16")?.status == .notFoundInCorpus)
    }

    @Test func theStatePageNamesTheTextsTheCorpusLacks() throws {
        let lacking = Dictionary(uniqueKeysWithValues: chile.holdings.lacking.map { ($0.kind, $0.articles) })
        #expect(lacking[.criminalProcedure]?.contains("18") == true)
        #expect(lacking[.internationalCooperationLaw] == (23...35).map(String.init))
        #expect(lacking[.copyrightLaw] == ["10"])
        #expect(chile.holdings.whole.map(\.document) == ["Ley 21.459"])
        #expect(chile.summary[1].contains("not found in the corpus, which holds no whole"))
    }

    // MARK: Articles assessed on other articles' provisions

    @Test func sanctionsAreAssessedOnTheOffencesFound() throws {
        let article = try #require(chile.article("13"))
        #expect(article.assessedOn == (2...12).map(String.init))
        // Ley 21.459 art. 2 carries imprisonment; no sanction of legal persons is shown. The act is whole, so the
        // gap is a finding.
        #expect(article.status == .partial)
        #expect(article.gaps.map(\.id) == ["legal-person-sanctions"])
        #expect(article.evidence.map(\.citation) == ["Ley 21.459 art. 2"])
        #expect(article.explanation.hasPrefix("Assessed on the provisions that implement Arts. 2-12"))
        // Peru's law shows no offence findings for Art. 13 and is an excerpt: not found.
        #expect(analyses.first { $0.state == "pe" }?.article("13")?.status == .notFoundInCorpus)
    }

    @Test func safeguardsWithNoProceduralPowerFoundAreNotFound() throws {
        let colombia = try #require(analyses.first { $0.state == "co" })
        let article = try #require(colombia.article("15"))
        #expect(article.status == .notFoundInCorpus)
        #expect(article.explanation.contains("no provision implementing Arts. 16-21 was found"))
    }

    @Test func theMapperNeverPairsAnArticleAssessedOnOthers() throws {
        let instrument = try Fixture.instrument()
        let derived = instrument.articles.filter { !$0.isMapped }.map(\.number)
        #expect(derived == ["13", "14", "15"])
        let mapper = Mapper(instrument: instrument, lexicons: Fixture.catalog.lexicons, languages: [.es])
        for provision in try Fixture.provisions(of: "cl-ley-21459.txt") {
            #expect(!mapper.align(provision, language: .es).contains { derived.contains($0.article) })
        }
    }

    // MARK: Readiness

    @Test func everyStateIsScoredOverTheSameArticles() throws {
        for analysis in analyses {
            #expect(analysis.readiness.overall.articles == 35)
            let statuses = analysis.articles.map(\.status)
            let points = 2 * statuses.filter(\.meetsObligation).count + statuses.filter { $0 == .partial }.count
            #expect(analysis.readiness.overall.points == points)
            #expect(analysis.readiness.overall.percent == points * 100 / 70)
            #expect(analysis.readiness.sections.map(\.articles).reduce(0, +) == 35)
            #expect(analysis.readiness.overall.notFound == statuses.filter { $0 == .notFoundInCorpus }.count)
        }
        let overall = chile.readiness.overall
        #expect(overall.meaning == "\(overall.implemented + overall.excused) of 35 articles implemented (\(overall.excused) within a declaration or reservation), \(overall.partial) partly implemented, \(overall.missing) missing; \(overall.notFound) not found in the corpus")
    }

    @Test func theTreatyStructureComesFromTheInstrument() throws {
        #expect(chile.article("13")?.section == .substantive)
        #expect(chile.article("13")?.division == "Chapter II, Section 1, Title 5: Ancillary liability and sanctions")
        #expect(chile.article("14")?.division == "Chapter II, Section 2, Title 1: Common provisions")
        #expect(chile.article("15")?.section == .procedural)
        #expect(chile.readiness.sections.map(\.label) == [
            "Definitions", "Substantive criminal law", "Procedural law", "Jurisdiction", "International co-operation",
        ])
    }

    // MARK: Profile and summary

    @Test func theProfileOpensWithTheTreatyFactsAndTheAuthorities() throws {
        let convention = try #require(chile.profile.treaties.first)
        #expect(convention.instrument == "budapest")
        #expect(convention.status == .party)
        #expect(convention.joined == "2017-04-20")
        #expect(convention.joinedBy == .accession)
        #expect(convention.inForce == "2017-08-01")
        #expect(chile.profile.treaties.map(\.instrument) == ["budapest", "budapest-ap1", "budapest-ap2", "un-cybercrime"])
        #expect(chile.profile.treaties[1].status == nil)
        #expect(chile.profile.treaties[3].signed == "2025-10-25")
        #expect(chile.profile.authorities.map(\.designation) == [
            "Authority for extradition and provisional arrest (Art. 24(7))",
            "Central authority for mutual assistance (Art. 27(2))", "24/7 point of contact (Art. 35)",
        ])
        #expect(chile.summary.first == "Chile is a Party to the Convention on Cybercrime (ETS No. 185), in force for it since 1 August 2017.")
    }

    @Test func sentencesNameTheStateAsThePartyFileWritesItInText() throws {
        // `name_in_text` gives the article English uses ("the Philippines"); the short name stays for tables.
        let party = Fixture.chileParty
        let named = PartyStatus(state: party.state, name: party.name, nameInText: "the Republic of Chile", instruments: party.instruments)
        let analysis = try analysis("cl", try Fixture.input(chileParty: named))
        #expect(analysis.stateName == "Chile")
        #expect(analysis.summary.first?.hasPrefix("The Republic of Chile is a Party to the Convention") == true)
        #expect(ReaderText.possessive("the Philippines") == "the Philippines'")
        #expect(ReaderText.possessive("Chile") == "Chile's")
    }

    @Test func elementsAreNamedByWhatTheyDefine() throws {
        let article9 = try #require(try Fixture.instrument().articles.first { $0.number == "9" })
        let appearing = try #require(article9.element("appearing-minor"))
        #expect(ReaderText.elementPhrase(appearing) == "a person appearing to be a minor engaged in sexually explicit conduct")
        let article1 = try #require(try Fixture.instrument().articles.first { $0.number == "1" })
        let traffic = try #require(article1.elements.first { $0.description.hasPrefix("Traffic data:") })
        #expect(ReaderText.elementPhrase(traffic) == "a definition of traffic data")
    }

    @Test func sourcesAreLinksAndNeverDataFilePaths() {
        let source = SourceCitation("expert-notes/cl.tsv (Art. 2): https://www.coe.int/x?y=1 ; WIPO Lex CL/952")
        #expect(source.parts.map(\.url) == ["https://www.coe.int/x?y=1", nil])
        #expect(source.parts.first?.text == "coe.int")
        #expect(source.text == "coe.int; WIPO Lex CL/952")
        #expect(ReaderText.withoutFileReferences("for the original text see cl-ley-21459.txt)") == "for the original text see another source text)")
    }

    // MARK: Evidence

    @Test func evidenceQuotesTheStatutorySentenceWithTheElementWordsMarked() throws {
        let evidence = try #require(chile.article("2")?.evidence.first)
        let quote = try #require(evidence.quotes.first)
        #expect(quote.text.hasPrefix("El que, sin autorización o excediendo la autorización que posea"))
        #expect(quote.text.hasSuffix("multa de once a veinte unidades tributarias mensuales."))
        let marked = quote.marks.map { mark in String(Array(quote.text)[mark[0]..<mark[1]]) }
        #expect(marked.contains("sin autorización o excediendo la autorización que posea"))
        #expect(quote.elements.contains("without-right"))
        // The aggravation in the second sentence carries the intent qualifier: it is quoted on its own.
        #expect(evidence.quotes.contains { $0.text.hasPrefix("Si el acceso fuere realizado con el ánimo") })
    }

    @Test func fullTextsAreKeptOncePerPage() throws {
        let anchors = chile.texts.map(\.anchor)
        #expect(Set(anchors).count == anchors.count)
        for evidence in chile.articles.flatMap(\.evidence) {
            #expect(anchors.contains(evidence.anchor), "\(evidence.citation) has no full text on the page")
        }
        #expect(chile.texts.first { $0.citation == "Ley 21.459 art. 2" }?.text.contains("El que, sin autorización") == true)
    }

    @Test func unalignedOffencesAreListedApartFromOtherProvisions() throws {
        let receptacion = try #require(chile.unaligned.first { $0.citation == "Ley 21.459 art. 6" })
        #expect(receptacion.offence)
        #expect(chile.texts.contains { $0.anchor == receptacion.anchor })
        #expect(chile.unaligned.first { $0.citation == "Ley 21.459 art. 9" }?.offence == false)
    }

    // MARK: Drafting examples

    @Test func draftingExamplesComeOnlyFromFullConfidentOrExpertProvisionsOfOtherStates() throws {
        for analysis in analyses {
            for article in analysis.articles {
                if article.status != .partial && article.status != .missing { #expect(article.draftingExamples.isEmpty) }
                for example in article.draftingExamples {
                    #expect(example.state != analysis.state)
                    #expect(example.provisions.allSatisfy(ExamplePool.isModel))
                }
            }
        }
        // A partial article gets only provisions that show what it lacks (when their findings say so).
        let colombia = try #require(analyses.first { $0.state == "co" })
        for article in colombia.articles where article.status == .partial {
            let lacking = Set(article.gaps.filter { $0.kind == .missing && $0.excusedBy == nil }.map(\.id))
            for provision in article.draftingExamples.flatMap(\.provisions) where !provision.elements.isEmpty {
                #expect(lacking.isSubset(of: Set(provision.elements.filter { $0.status == .present }.map(\.id))))
            }
        }
    }
}
