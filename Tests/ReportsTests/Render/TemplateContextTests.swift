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
