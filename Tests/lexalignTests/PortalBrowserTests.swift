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

    /// The text a reader sees in the DOM Chromium built: tags, scripts and styles removed.
    static func visibleText(_ dom: String) -> String {
        dom.replacingOccurrences(of: #"<script[\s\S]*?</script>|<style[\s\S]*?</style>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    /// File paths and raw identifiers a reader must never see: the project's folders and data files, AKN URIs and
    /// eIds.
    static let internals = [
        #"/akn/"#, #"\b[\w.-]+/[\w./-]*\.(tsv|txt|yaml|yml|xml|swift|md)\b"#, #"\b[\w-]+\.(tsv|yaml|swift)\b"#,
        #"\bart_\d"#, #"__mod_"#, #"\bCorpus/"#, #"\bMappings/"#, #"\.\./shared"#,
    ]

    @Test func chilePageOpensWithTheTreatyFactsAndASummaryAndFoldsItsTexts() throws {
        let dom = try Browser.dumpDOM(out.appendingPathComponent("states/cl.html"))
        let profile = try #require(dom.slice(from: "<section id=\"profile\">", to: "</section>"))
        // Treaty facts first: accession and entry into force, the UN Convention, the authorities with sources.
        #expect(dom.range(of: "id=\"profile\"")!.lowerBound < dom.range(of: "id=\"summary\"")!.lowerBound)
        #expect(dom.range(of: "id=\"summary\"")!.lowerBound < dom.range(of: "id=\"art-1\"")!.lowerBound)
        #expect(profile.contains("20 April 2017 (accession)"))
        #expect(profile.contains("1 August 2017"))
        #expect(profile.contains("United Nations Convention against Cybercrime (2024)"))
        #expect(profile.contains("24/7 point of contact (Art. 35):"))
        #expect(dom.contains("href=\"https://www.coe.int/"))
        let summary = Self.visibleText(try #require(dom.slice(from: "<section id=\"summary\">", to: "</section>")))
        #expect(summary.contains("Chile is a Party to the Convention on Cybercrime (ETS No. 185), in force for it since 1 August 2017."))
        #expect(summary.contains("cite Ley 19.223, repealed by Ley 21.459"))
        // Art. 2: the statutory sentence with the element words marked, the declaration as a permitted limitation.
        let article = try #require(dom.slice(from: "id=\"art-2\"", to: "</section>"))
        #expect(article.contains("<a class=\"cite\" href=\"#p-ley-21-459-art-2\">Ley 21.459 art. 2</a>"))
        #expect(article.contains("<mark>sin autorización</mark>"))
        // Chile's declaration under Art. 2 is shown; the security-measures qualifier its law adds is not declared,
        // so the page gives the remedy.
        #expect(article.contains("Declaration under Art. 2"))
        #expect(article.contains("committed by infringing security measures"))
        // Full texts are folded, each once.
        let texts = try #require(dom.slice(from: "<section id=\"texts\">", to: "</section>"))
        #expect(texts.occurrences(of: "<details class=\"text\"") >= 10)
        #expect(!texts.contains("<details class=\"text\" open"))
        #expect(dom.occurrences(of: "id=\"p-ley-21-459-art-2\"") == 1)
        // What the corpus lacks is said, and never counted as a gap.
        #expect(dom.contains("Criminal procedure code or law: Arts. 15 and 18-21"))
    }

    @Test func articlePageOpensWithTheSummaryTable() throws {
        let dom = try Browser.dumpDOM(out.appendingPathComponent("articles/2.html"))
        let table = try #require(dom.slice(from: "<table class=\"summary\" id=\"states\"", to: "</table>"))
        #expect(table.contains("<th scope=\"col\">Qualifiers added</th>"))
        #expect(table.contains("<th scope=\"col\">Declarations and reservations</th>"))
        let chile = try #require(table.slice(from: ">Chile</a>", to: "</tr>"))
        #expect(chile.contains("Ley 21.459 art. 2"))
        #expect(chile.contains("Declaration under Art. 2"))
        #expect(dom.range(of: "id=\"states\"")!.lowerBound < dom.range(of: "class=\"treaty\"")!.lowerBound)
    }

    @Test func comparisonsSayWhatEachSideCoversWithRealDates() throws {
        let versions = try Browser.dumpDOM(out.appendingPathComponent("comparisons/cl-ley-19-223-vs-cl-ley-21-459.html"))
        #expect(versions.contains("Ley 19.223, as enacted, 7 June 1993 → Ley 21.459, text as of 1 April 2025"))
        #expect(versions.contains("<details class=\"diff-block\""))
        #expect(versions.contains("<ins>") && versions.contains("<del>"))
        let states = try Browser.dumpDOM(out.appendingPathComponent("comparisons/cl-vs-pe.html"))
        #expect(states.contains("Chile and Peru compared"))
        #expect(states.contains("covered by both"))
        #expect(!Self.visibleText(states).lowercased().contains("lost"))
    }

    @Test func noPageShowsAFilePathOrARawIdentifier() throws {
        let pages = ["index.html", "states/cl.html", "states/ca.html", "states/br.html", "articles/2.html", "articles/13.html",
                     "comparisons/cl-ley-19-223-vs-cl-ley-21-459.html", "comparisons/cl-vs-pe.html"]
        for page in pages {
            let text = Self.visibleText(try Browser.dumpDOM(out.appendingPathComponent(page)))
            for pattern in Self.internals {
                let found = text.range(of: pattern, options: .regularExpression).map { String(text[$0]) }
                #expect(found == nil, "\(page) shows \(found ?? "")")
            }
        }
    }

    /// Screenshots of the pages a minister reads; kept in LEXALIGN_SCREENSHOTS when that folder is given.
    @Test func screenshotsOfTheIndexAStateAnArticleAndAComparisonAreNotBlank() throws {
        let keep = ProcessInfo.processInfo.environment["LEXALIGN_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
        if let keep { try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true) }
        for (page, height) in [("index.html", 900), ("states/cl.html", 2400), ("articles/6.html", 1400),
                               ("comparisons/cl-ley-19-223-vs-cl-ley-21-459.html", 1400)] {
            let name = page.replacingOccurrences(of: "/", with: "-") + ".png"
            let png = (keep ?? out).appendingPathComponent(name)
            try Browser.screenshot(out.appendingPathComponent(page), to: png, width: 1280, height: height)
            let colours = try PNGColours.count(png)
            #expect(colours > 20, "\(page): only \(colours) colours in the screenshot")
        }
    }
}
