import Foundation
import Testing
@testable import Reports

/// The rendered pages' structure on the fixture corpus (the browser test on the real portal is in lexalignTests).
@Suite struct PortalPageTests {
    let site: ReportSite

    init() throws {
        site = try Fixture.site(try Fixture.input())
    }

    func page(_ path: String) throws -> String {
        String(decoding: try #require(site.files[path]), as: UTF8.self)
    }

    @Test func indexMatrixHasOneRowPerStateAndOneColumnPerArticle() throws {
        let table = try #require(try page("index.html").slice(from: "<table id=\"matrix\"", to: "</table>"))
        #expect(table.occurrences(of: "<tr class=\"state-row\"") == site.matrix.rows.count)
        #expect(table.occurrences(of: "class=\"article-col\"") == site.matrix.articles.count)
        for row in site.matrix.rows {
            let tr = try #require(table.slice(from: "<tr class=\"state-row\" data-state=\"\(row.state)\"", to: "</tr>"))
            #expect(tr.occurrences(of: "<td class=\"cell st-") == site.matrix.articles.count)
        }
    }

    @Test func chilePageShowsArticle2WithItsEvidenceHighlightedAndTheDeclarationCited() throws {
        let html = try page("states/cl.html")
        let article = try #require(html.slice(from: "id=\"art-2\"", to: "</section>"))
        #expect(article.contains("<a class=\"cite\" href=\"#p-ley-21-459-art-2\">Ley 21.459 art. 2</a>"))
        #expect(article.contains("<mark>sin autorización o excediendo la autorización que posea</mark>"))
        #expect(article.contains("Permitted by the declaration under Art. 2"))
        // The Convention's text is on the article page, not on every state page.
        #expect(!html.contains("Each Party shall adopt such legislative and other measures"))
        #expect(try page("articles/2.html").contains("Each Party shall adopt such legislative and other measures"))
        // The full text is folded, once.
        #expect(html.occurrences(of: "<details class=\"text\" id=\"p-ley-21-459-art-2\">") == 1)
    }

    @Test func articlePagesOpenWithTheSummaryTable() throws {
        let html = try page("articles/6.html")
        let table = try #require(html.slice(from: "<table class=\"summary\" id=\"states\"", to: "</table>"))
        #expect(html.range(of: "id=\"states\"")!.lowerBound < html.range(of: "The Convention's text")!.lowerBound)
        let chile = try #require(table.slice(from: ">Chile</a>", to: "</tr>"))
        #expect(chile.contains("Reserved"))
        #expect(chile.contains("Ley 21.459 art. 8"))
        #expect(chile.contains("Reservation under Art. 6(3)"))
    }

    @Test func readerTextHasNoFilePathsNorAKNIdentifiers() throws {
        for (path, data) in site.files where path.hasSuffix(".html") || path.hasSuffix(".md") {
            let text = String(decoding: data, as: UTF8.self)
            // What a reader sees: the text outside tags and attributes.
            let visible = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            for pattern in [#"/akn/"#, #"\b[\w.-]+\.(tsv|txt|yaml|swift)\b"#, #"\bart_\d"#, #"__"#, #"Corpus/"#, #"Mappings/"#] {
                let cleaned = path.hasSuffix(".md")
                    ? visible.replacingOccurrences(of: #"\]\([^)]*\)|<a id="[^"]*">"#, with: "]", options: .regularExpression) : visible
                #expect(cleaned.range(of: pattern, options: .regularExpression) == nil, "\(path) shows \(pattern)")
            }
        }
    }

    @Test func pagesLinkOnlyRelativePathsThatExist() throws {
        for (path, data) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let base = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for link in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                // Sources link their web pages; everything else is a relative path inside the site.
                if link.contains("://") {
                    #expect(link.hasPrefix("https://") || link.hasPrefix("http://"), "\(path): \(link)")
                    continue
                }
                #expect(!link.hasPrefix("/"), "\(path): \(link)")
                let target = String(link.prefix { $0 != "#" })
                guard !target.isEmpty else { continue }
                let resolved = base.appendingPathComponent(target).standardizedFileURL.path.dropFirst("/site/".count)
                #expect(site.files[String(resolved)] != nil, "\(path) links to \(link), which is not generated")
            }
        }
    }
}

extension String {
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// From the first `start` to the first `end` after it.
    func slice(from start: String, to end: String) -> String? {
        guard let lower = range(of: start), let upper = self[lower.upperBound...].range(of: end) else { return nil }
        return String(self[lower.lowerBound..<upper.upperBound])
    }
}
