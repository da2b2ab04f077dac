import Testing
@testable import Reports

@Suite struct ComparisonTests {
    @Test func repealedLawIsComparedWithItsSuccessor() throws {
        let input = try Fixture.input()
        let (comparisons, unresolved) = VersionComparer(input: input).all()
        #expect(unresolved.isEmpty)
        let chile = try #require(comparisons.first { $0.id == "cl-ley-19-223-vs-cl-ley-21-459" })
        // Ley 19.223 had no misuse-of-devices offence; Ley 21.459 art. 8 brought one.
        let devices = try #require(chile.articles.first { $0.article == "6" })
        #expect(devices.change == .becameCovered)
        #expect(devices.toProvisions == ["Ley 21.459 art. 8"])
        // Ley 19.223 art. 3 covered data interference partly; Ley 21.459 art. 4 fully.
        #expect(chile.articles.first { $0.article == "4" }?.change == .improved)
        #expect(chile.summary[.becameCovered]! >= 1)
    }

    @Test func stateComparisonRequestsResolveAndUnknownOnesAreReported() throws {
        let base = try Fixture.input()
        let input = ReportInput(
            instrument: base.instrument, articleTexts: base.articleTexts, states: base.states,
            comparisons: [ComparisonRequest(from: "state:cl", to: "state:co"), ComparisonRequest(from: "state:xx", to: "state:cl")])
        let (comparisons, unresolved) = VersionComparer(input: input).all()
        #expect(comparisons.contains { $0.id == "cl-vs-co" })
        #expect(unresolved == [ComparisonRequest(from: "state:xx", to: "state:cl")])
    }

    @Test func matrixHasOneRowPerStateAndOneColumnPerArticle() throws {
        let input = try Fixture.input()
        let analyses = GapAnalyzer(input: input).analyzeAll()
        let matrix = Matrix(instrument: input.instrument, analyses: analyses)
        #expect(matrix.rows.map(\.state) == ["cl", "co", "pe"])
        #expect(matrix.articles.map(\.article) == (1...35).map(String.init))
        #expect(matrix.rows.allSatisfy { $0.cells.count == 35 })
    }
}

@Suite struct TextDiffTests {
    @Test func segmentsRebuildBothTexts() throws {
        let old = try Fixture.provisions(of: "cl-ley-19223.txt").first { $0.num == "2" }!.text
        let new = try Fixture.provisions(of: "cl-ley-21459.txt").first { $0.num == "2" }!.text
        let diff = TextDiff.words(from: old, to: new)
        #expect(diff.filter { $0.op != .insert }.map(\.text).joined() == old)
        #expect(diff.filter { $0.op != .delete }.map(\.text).joined() == new)
        #expect(diff.contains { $0.op == .equal && $0.text.contains("con el ánimo de") })
    }

    @Test func identicalTextsGiveOneEqualSegment() {
        #expect(TextDiff.words(from: "a b  c\n", to: "a b  c\n") == [.init(op: .equal, text: "a b  c\n")])
        #expect(TextDiff.words(from: "", to: "") == [])
    }
}

@Suite struct ReadableDiffTests {
    @Test func shortCommonWordsBetweenChangesFoldIntoOneReplacement() {
        let diff = TextDiff.words(from: "el que maliciosamente destruya el sistema", to: "el que indebidamente dañe el sistema")
        #expect(diff == [
            .init(op: .equal, text: "el que "),
            .init(op: .delete, text: "maliciosamente destruya "),
            .init(op: .insert, text: "indebidamente dañe "),
            .init(op: .equal, text: "el sistema"),
        ])
    }
}
