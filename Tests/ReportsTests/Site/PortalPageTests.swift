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
        let article = try #require(try page("states/cl.html").slice(from: "id=\"art-2\"", to: "</section>"))
        #expect(article.contains("<strong class=\"cite\">Ley 21.459 art. 2</strong>"))
        #expect(article.contains("<mark>sin autorización o excediendo la autorización que posea</mark>"))
        #expect(article.contains("Declaration on Art. 2"))
        #expect(article.contains("Each Party shall adopt such legislative and other measures"))
    }

    @Test func pagesLinkOnlyRelativePathsThatExist() throws {
        for (path, data) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let base = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for link in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                #expect(!link.hasPrefix("/") && !link.contains("://"), "\(path): \(link)")
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
