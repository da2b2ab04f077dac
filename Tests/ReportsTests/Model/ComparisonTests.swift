import Testing
@testable import Reports

@Suite struct ComparisonTests {
    @Test func aRepealedLawIsComparedWithItsSuccessorUnderTheStatePagesRules() throws {
        let input = try Fixture.input()
        let (comparisons, unresolved) = VersionComparer(input: input).all()
        #expect(unresolved.isEmpty)
        let chile = try #require(comparisons.first { $0.id == "cl-ley-19-223-vs-cl-ley-21-459" })
        #expect(chile.kind == .versions)
        // Each side is labelled with the date of the text compared.
        #expect(chile.from.label == "Ley 19.223, as enacted, 7 June 1993")
        #expect(chile.to.label == "Ley 21.459, as enacted, 20 June 2022")
        // Ley 19.223 had no misuse-of-devices offence; Ley 21.459 art. 8 brought one.
        let devices = try #require(chile.articles.first { $0.article == "6" })
        #expect(devices.change == .newlyCovered)
        #expect(devices.toProvisions == ["Ley 21.459 art. 8"])
        #expect(chile.summary[.newlyCovered]! >= 1)
        // The law in force side gives the statuses of the state page.
        let page = try #require(GapAnalyzer(input: input).analyze("cl"))
        for change in chile.articles {
            #expect(change.toStatus == page.article(change.article)?.status, "Art. \(change.article)")
        }
    }

    @Test func twoStatesAreComparedByWhatEachCoversNeverByWhatWasLost() throws {
        let base = try Fixture.input()
        let input = ReportInput(
            instrument: base.instrument, articleTexts: base.articleTexts, states: base.states,
            comparisons: [ComparisonRequest(from: "state:cl", to: "state:co"), ComparisonRequest(from: "state:xx", to: "state:cl")],
            repealed: base.repealed)
        let (comparisons, unresolved) = VersionComparer(input: input).all()
        let states = try #require(comparisons.first { $0.id == "cl-vs-co" })
        #expect(states.kind == .states)
        #expect(Set(states.articles.map(\.change)).isSubset(of: [.coveredByBoth, .onlyFrom, .onlyTo]))
        #expect(states.articles.allSatisfy { $0.diff.isEmpty })
        #expect(VersionComparison.Change.onlyFrom.label(from: states.from, to: states.to) == "covered by Chile only")
        #expect(unresolved == [ComparisonRequest(from: "state:xx", to: "state:cl")])
        let markdown = MarkdownRenderer.comparison(states)
        #expect(markdown.hasPrefix("# Chile and Colombia compared"))
        #expect(!markdown.lowercased().contains("lost"))
    }

    @Test func markdownRendersTheWordDiffWithoutRawMarkup() throws {
        let (comparisons, _) = VersionComparer(input: try Fixture.input()).all()
        let chile = try #require(comparisons.first { $0.id == "cl-ley-19-223-vs-cl-ley-21-459" })
        let markdown = MarkdownRenderer.comparison(chile)
        #expect(!markdown.contains("{-") && !markdown.contains("{+"))
        #expect(markdown.contains("~~") && markdown.contains("**"))
        // No mark spans a line: each line of the diff opens and closes its own.
        for line in markdown.components(separatedBy: "\n") where line.hasPrefix("> ") {
            #expect(line.components(separatedBy: "~~").count % 2 == 1, "\(line)")
        }
    }

    @Test func matrixHasOneRowPerStateAndOneColumnPerArticle() throws {
        let input = try Fixture.input()
        let analyses = GapAnalyzer(input: input).analyzeAll()
        let matrix = Matrix(instrument: input.instrument, analyses: analyses)
        #expect(matrix.rows.map(\.state) == ["cl", "co", "pe"])
        #expect(matrix.articles.map(\.article) == (1...35).map(String.init))
        #expect(matrix.rows.allSatisfy { $0.cells.count == 35 })
        #expect(matrix.rows.allSatisfy { $0.sections.map(\.section) == [.definitions, .substantive, .procedural, .jurisdiction, .cooperation] })
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
        #expect(MarkdownRenderer.diff(diff) == "> el que ~~maliciosamente destruya~~ **indebidamente dañe** el sistema\n")
    }
}
