import Testing
@testable import Reports

/// How templates name the typed contexts' properties.
@Suite struct TemplateContextTests {
    struct Sample: TemplateContext {
        let stateName: String
        let textHTML: String
        let eid: String
        let excuse: String?
        let count: Int
    }

    let sample = Sample(stateName: "Chile", textHTML: "<mark>a</mark>", eid: "art_2", excuse: nil, count: 3)

    @Test func snakeCaseKeysNameTheSwiftProperties() {
        #expect(sample.child(named: "state_name") as? String == "Chile")
        #expect(sample.child(named: "text_html") as? String == "<mark>a</mark>")
        #expect(sample.child(named: "eid") as? String == "art_2")
        #expect(sample.child(named: "count") as? Int == 3)
    }

    @Test func unknownKeysAndNilOptionalsAreAbsent() {
        #expect(sample.child(named: "state") == nil)
        #expect(sample.child(named: "state_names") == nil)
        #expect(sample.child(named: "excuse") == nil)
    }

    @Test func aTemplateRendersTheTypedContext() throws {
        let renderer = try HTMLRenderer(templates: [
            "index": "", "state": "", "article": "",
            "comparison": "{{title}}|{{#summary}}{{change}}={{count}};{{/summary}}|{{#articles}}x{{/articles}}",
        ])
        let comparison = VersionComparison(
            id: "a-vs-b", kind: .versions, from: .init(label: "A & B", stateName: "X", date: "2020-01-01", documents: []),
            to: .init(label: "C", stateName: "X", date: "2021-01-01", documents: []), articles: [], summary: [.improved: 2])
        #expect(renderer.comparison(comparison)
            == "A &amp; B → C|newly-covered=0;improved=2;weakened=0;no-longer-covered=0;unchanged=0;|")
    }
}

/// The contexts that list their template values themselves list exactly what reflection would give.
@Suite struct TemplateValuesTests {
    /// A value written with its dictionaries' keys sorted, so that two dictionaries compare by content.
    func canonical(_ value: Any) -> String {
        if let dictionary = value as? [String: Any] {
            return "{" + dictionary.keys.sorted().map { "\($0): \(canonical(dictionary[$0]!))" }.joined(separator: ", ") + "}"
        }
        if let array = value as? [Any] { return "[" + array.map(canonical).joined(separator: ", ") + "]" }
        return String(describing: value)
    }

    func same(_ listed: [String: Any], _ reflected: [String: Any]) -> Bool {
        canonical(listed) == canonical(reflected)
    }

    @Test func listedContextsMatchReflection() throws {
        let chile = try #require(GapAnalyzer(input: try Fixture.input()).analyze("cl"))
        let page = StatePage(chile)
        let provision = try #require(page.articles.flatMap(\.evidence).first { $0.hasQuotes && $0.hasShows })
        #expect(same(provision.templateValues, TemplateValues.reflected(provision)))
        let quote = try #require(provision.quotes.first)
        #expect(same(quote.templateValues, TemplateValues.reflected(quote)))
        let text = try #require(page.texts.first { $0.hasHeading } ?? page.texts.first)
        #expect(same(text.templateValues, TemplateValues.reflected(text)))
        let evidence = try #require(chile.articles.flatMap(\.evidence).first)
        let link = CitationLink(evidence, page: "cl.html")
        #expect(same(link.templateValues, TemplateValues.reflected(link)))
    }
}
