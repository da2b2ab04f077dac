import Foundation
import Testing
@testable import Reports

@Suite struct ReportSiteTests {
    @Test func buildingTwiceGivesTheSameBytes() throws {
        let first = try Fixture.site(try Fixture.input())
        let second = try Fixture.site(try Fixture.input())
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (path, data) in first.files {
            #expect(second.files[path] == data, "\(path) differs between runs")
        }
    }

    @Test func treeHasEveryPageAndFormat() throws {
        let site = try Fixture.site(try Fixture.input())
        for path in [
            "index.html", "index.md", "report.json", "matrix.csv", "style.css", "states/cl.html", "states/cl.md",
            "states/cl.json", "articles/2.html", "articles/2.md", "comparisons/cl-ley-19-223-vs-cl-ley-21-459.html",
            "comparisons/cl-ley-19-223-vs-cl-ley-21-459.md", "comparisons/cl-ley-19-223-vs-cl-ley-21-459.json",
        ] {
            #expect(site.files[path] != nil, "\(path) missing")
        }
        #expect(site.files.keys.filter { $0.hasPrefix("articles/") && $0.hasSuffix(".html") }.count == 35)
        #expect(!site.files.keys.contains("README.md"))
    }

    @Test func checkPassesOnAnUnchangedTree() throws {
        let site = try Fixture.site(try Fixture.input())
        let check = ReportCheck(generated: site.files, committed: site.files)
        #expect(check.passed)
        #expect(check.report.isEmpty)
    }

    @Test func checkNamesTheFilesAfterAProvisionTextIsEdited() throws {
        let committed = try Fixture.site(try Fixture.input()).files
        let edited = try Fixture.site(try Fixture.input(editingChile: { provision in
            guard provision.num == "2" else { return provision }
            return .init(
                eId: provision.eId, level: provision.level, num: provision.num, heading: provision.heading,
                text: provision.text.replacingOccurrences(of: "multa de once a veinte", with: "multa de doce a veinte"),
                ancestors: provision.ancestors, host: provision.host)
        })).files
        let check = ReportCheck(generated: edited, committed: committed)
        #expect(!check.passed)
        #expect(check.changed.contains("states/cl.html"))
        #expect(check.changed.contains("articles/2.html"))
        #expect(!check.changed.contains("states/co.json"))
        #expect(check.report.contains("changed: states/cl.html"))
        #expect(check.readinessDrops.isEmpty)
    }

    @Test func checkReportsAReadinessDrop() throws {
        let committed = try Fixture.site(try Fixture.input()).files
        let withoutReserves = try Fixture.site(try Fixture.input(chileParty: nil)).files
        let check = ReportCheck(generated: withoutReserves, committed: committed)
        #expect(check.readinessDrops.contains { $0.hasPrefix("cl overall:") })
        #expect(check.report.contains("readiness dropped: cl overall"))
    }

    @Test func checkListsFilesThatAreNoLongerGeneratedOrNotCommitted() throws {
        var committed = try Fixture.site(try Fixture.input()).files
        let generated = committed
        committed["states/xx.html"] = Data("old".utf8)
        committed["states/cl.md"] = nil
        let check = ReportCheck(generated: generated, committed: committed)
        #expect(check.extra == ["states/xx.html"])
        #expect(check.missing == ["states/cl.md"])
    }

    @Test func templatesWithoutAPageTemplateAreRejected() throws {
        var (templates, _) = try Fixture.bundledTemplates()
        templates["state"] = nil
        #expect(throws: HTMLRenderer.TemplateError.self) { try HTMLRenderer(templates: templates) }
    }

    @Test func overriddenTemplatesAreUsed() throws {
        var (templates, assets) = try Fixture.bundledTemplates()
        templates["index"] = "<p id=\"custom\">{{#rows}}{{state}} {{/rows}}</p>"
        let site = try ReportSite.build(try Fixture.input(), templates: templates, assets: assets)
        #expect(String(decoding: site.files["index.html"]!, as: UTF8.self) == "<p id=\"custom\">cl co pe </p>")
    }
}

@Suite struct RendererTests {
    @Test func csvIsRFC4180WithOneRowPerState() throws {
        let input = try Fixture.input()
        let matrix = Matrix(instrument: input.instrument, analyses: GapAnalyzer(input: input).analyzeAll())
        let csv = String(decoding: try CSVRenderer.render(matrix), as: UTF8.self)
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.last == "")
        #expect(records.count == 1 + 3 + 1)
        #expect(records[0].hasPrefix("state,state_name,readiness_percent,art_1,art_2,"))
        #expect(records[1].hasPrefix("cl,Chile,"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func jsonHasSortedSnakeCaseKeysAndRoundTrips() throws {
        let analysis = try #require(GapAnalyzer(input: try Fixture.input()).analyze("cl"))
        let data = try JSONRenderer.render(analysis)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"state_name\" : \"Chile\""))
        #expect(text.contains("\"draft_examples\"") == false)
        #expect(text.contains("\"drafting_examples\""))
        #expect(text.range(of: "\"articles\"")!.lowerBound < text.range(of: "\"documents\"")!.lowerBound)
        let decoded = try JSONRenderer.decoder().decode(GapAnalysis.self, from: data)
        #expect(decoded == analysis)
    }

    @Test func markdownStatePageCitesTheDeclaration() throws {
        let analysis = try #require(GapAnalyzer(input: try Fixture.input()).analyze("cl"))
        let markdown = MarkdownRenderer.state(analysis)
        #expect(markdown.contains("### <a id=\"art-2\"></a>Art. 2 Illegal access: Declared"))
        #expect(markdown.contains("Permitted by the declaration under Art. 2: Illegal access requires a specified criminal intent"))
        #expect(markdown.contains("**[Ley 21.459 art. 2](#p-ley-21-459-art-2)** (full coverage; expert: confirmed)"))
        // The evidence sentence with the element words in bold; the full text once, at the end.
        #expect(markdown.contains("> El que, **sin autorización o excediendo la autorización que posea**"))
        #expect(markdown.contains("#### <a id=\"p-ley-21-459-art-2\"></a>Ley 21.459 art. 2\n"))
        #expect(markdown.components(separatedBy: "> Acceso ilícito. El que, sin autorización").count - 1 == 1)
    }

    @Test func evidenceIsHighlightedAndTextEscaped() {
        #expect(HTML.highlight("a <b> c", spans: [[2, 5]]) == "a <mark>&lt;b&gt;</mark> c")
        #expect(HTML.highlight("abc", spans: [[0, 1], [1, 2], [5, 9]]) == "<mark>ab</mark>c")
    }
}

@Suite struct DisplayTextTests {
    @Test func markerLinesJoinTheirParagraphWithoutChangingOffsets() {
        let text = "1.\nEach Party shall adopt:\na)\nthe production;\n(ii)\na password\nsecond line"
        let joined = HTML.joiningMarkers(text)
        #expect(joined == "1. Each Party shall adopt:\na) the production;\n(ii) a password\nsecond line")
        #expect(joined.count == text.count)
        #expect(HTML.joiningMarkers("El que acceda\nserá castigado") == "El que acceda\nserá castigado")
    }
}

extension DisplayTextTests {
    @Test func markerLinesJoinInsideDiffMarkup() {
        #expect(HTML.joiningMarkerLines(inMarkup: "<ins>a)\nDatos</ins>\nb)\nSistema") == "<ins>a) Datos</ins>\nb) Sistema")
    }
}
