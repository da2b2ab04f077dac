import Alignment
import Testing
@testable import Reports

@Suite struct GapAnalyzerTests {
    let analyses: [GapAnalysis]
    let chile: GapAnalysis

    init() throws {
        analyses = GapAnalyzer(input: try Fixture.input()).analyzeAll()
        chile = try #require(analyses.first { $0.state == "cl" })
    }

    @Test func declarationOnArticle2ExcusesTheIntentQualifierAndIsCited() throws {
        let article = try #require(chile.article("2"))
        #expect(article.status == .declared)
        let gap = try #require(article.gaps.first { $0.id == "dishonest-intent" })
        #expect(gap.kind == .qualifier)
        #expect(gap.excusedBy?.kind == .declaration)
        #expect(gap.excusedBy?.article == "2")
        #expect(article.explanation.contains("declaration on Art. 2"))
        #expect(article.evidence.first?.citation == "Ley 21.459 art. 2")
    }

    @Test func withoutTheDeclarationTheQualifierIsAnOpenGap() throws {
        let bare = GapAnalyzer(input: try Fixture.input(chileParty: nil)).analyzeAll().first { $0.state == "cl" }
        let article = try #require(bare?.article("2"))
        #expect(article.status == .partial)
        #expect(article.gaps.contains { $0.id == "dishonest-intent" && $0.excusedBy == nil })
        #expect(bare!.readiness.overall.points < chile.readiness.overall.points)
    }

    @Test func reservationOnArticle6Paragraph3ExcusesPossessionAndIsCited() throws {
        let article = try #require(chile.article("6"))
        #expect(article.status == .reserved)
        let gap = try #require(article.gaps.first { $0.id == "possession" })
        #expect(gap.kind == .missing)
        #expect(gap.excusedBy?.label == "Reservation on Art. 6(3)")
        #expect(article.evidence.map(\.citation) == ["Ley 21.459 art. 8"])
    }

    @Test func reservationWithoutElementsExcusesItsParagraph() throws {
        let article = try #require(chile.article("4"))
        #expect(article.status == .reserved)
        #expect(article.gaps.first { $0.id == "serious-harm" }?.excusedBy?.paragraph == "2")
    }

    @Test func repealedLawIsNotEvidence() throws {
        for article in chile.articles {
            #expect(!article.evidence.contains { $0.document.hasPrefix(Fixture.chile19223) })
        }
        #expect(chile.documents.first { $0.uri.hasPrefix(Fixture.chile19223) }?.inForce == false)
    }

    @Test func articlesOutsideTheCorpusScopeAreNotAssessedRatherThanMissing() throws {
        let cooperation = chile.articles.filter { $0.section == .cooperation }
        #expect(!cooperation.isEmpty)
        #expect(cooperation.allSatisfy { $0.status == .notAssessed })
        let colombia = try #require(analyses.first { $0.state == "co" })
        #expect(colombia.article("16")?.status == .notAssessed)
        // Colombia's substantive law is in the corpus: an unimplemented substantive article is missing.
        #expect(colombia.article("12")?.status == .missing)
    }

    @Test func readinessFollowsTheWrittenRule() throws {
        for analysis in analyses {
            let statuses = analysis.articles.map(\.status)
            let assessed = statuses.filter { $0 != .notAssessed }
            let points = 2 * assessed.filter(\.meetsObligation).count + assessed.filter { $0 == .partial }.count
            #expect(analysis.readiness.overall.points == points)
            #expect(analysis.readiness.overall.percent == (assessed.isEmpty ? nil : points * 100 / (2 * assessed.count)))
            #expect(analysis.readiness.sections.map(\.articles).reduce(0, +) == analysis.articles.count)
        }
    }

    @Test func draftingExamplesComeFromOtherStatesBestCoverageFirst() throws {
        let colombia = try #require(analyses.first { $0.state == "co" })
        let gaps = colombia.articles.filter { $0.status == .partial || $0.status == .missing }
        let withExamples = gaps.filter { !$0.draftingExamples.isEmpty }
        #expect(!withExamples.isEmpty)
        for article in withExamples {
            #expect(!article.draftingExamples.contains { $0.state == "co" })
            let ranks = article.draftingExamples.map { $0.provisions[0].coverage == .full ? 0 : 1 }
            #expect(ranks == ranks.sorted())
        }
        #expect(colombia.articles.filter { $0.status == .implemented }.allSatisfy { $0.draftingExamples.isEmpty })
    }

    @Test func unalignedProvisionsAreListedWithTheirText() throws {
        let receptacion = try #require(chile.unaligned.first { $0.citation == "Ley 21.459 art. 6" })
        #expect(receptacion.text.hasPrefix("Receptación de datos informáticos. El que conociendo su origen"))
        #expect(receptacion.offence)
        #expect(chile.unaligned.first { $0.citation == "Ley 21.459 art. 9" }?.offence == false)
    }
}
