import Foundation
import Testing

/// The portal `lexalign report` builds from the project's own Corpus/ and Mappings/, opened in headless Chromium
/// (Debian package `chromium`, which `.ci/run` installs) as a reader would: the DOM the browser builds, and
/// screenshots that must show something.
@Suite(.serialized) final class PortalBrowserTests {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-portal-\(UUID().uuidString)")

    init() throws {
        let run = try lexalign("report", "--out", out.path, "--quiet")
        #expect(run.status == 0, "\(run.stderr)")
    }

    deinit {
        // LEXALIGN_KEEP_PORTAL=1 keeps the pages and screenshots for a look.
        if ProcessInfo.processInfo.environment["LEXALIGN_KEEP_PORTAL"] == nil {
            try? FileManager.default.removeItem(at: out)
        }
    }

    @Test func indexMatrixHasOneRowPerStateOfTheCorpusAndOneColumnPerArticleInScope() throws {
        let corpus = corpusFolder
        let states = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { name in
            name.count == 2 && (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(name).path))?
                .contains { $0.hasSuffix(".xml") } == true
        }
        let dom = try Browser.dumpDOM(out.appendingPathComponent("index.html"))
        let table = try #require(dom.slice(from: "<table id=\"matrix\"", to: "</table>"))
        #expect(table.occurrences(of: "<tr class=\"state-row\"") == states.count)
        #expect(table.occurrences(of: "class=\"article-col\"") == 35)
        for state in states {
            let row = try #require(table.slice(from: "data-state=\"\(state)\"", to: "</tr>"))
            #expect(row.occurrences(of: "<td class=\"cell st-") == 35)
        }
    }

    @Test func chilePageShowsArticle2WithLey21459Article2AsEvidenceAndItsDeclaration() throws {
        let dom = try Browser.dumpDOM(out.appendingPathComponent("states/cl.html"))
        let article = try #require(dom.slice(from: "id=\"art-2\"", to: "</section>"))
        #expect(article.contains("<strong class=\"cite\">Ley 21.459 art. 2"))
        #expect(article.contains("Acceso ilícito"))
        // Chile declared under Art. 2 that it requires a criminal intent: that qualifier is excused and cited.
        #expect(article.contains("covered by the <strong>Declaration on Art. 2</strong>"))
    }

    @Test func screenshotsOfTheIndexAndTheChilePageAreNotBlank() throws {
        for page in ["index.html", "states/cl.html"] {
            let png = out.appendingPathComponent(page.replacingOccurrences(of: "/", with: "-") + ".png")
            try Browser.screenshot(out.appendingPathComponent(page), to: png, width: 1000, height: 800)
            let colours = try PNGColours.count(png)
            #expect(colours > 20, "\(page): only \(colours) colours in the screenshot")
        }
    }
}
