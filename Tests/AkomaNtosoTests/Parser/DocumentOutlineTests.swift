import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct DocumentOutlineTests {
    /// The units the outline should list, found on the full tree: hierarchy outside meta and notes, not inside a
    /// provision unless quoted there for insertion into another law (then marked inserted).
    struct OutlineOracle: DocumentWalker {
        var units: [(level: String, eId: String?, heading: String?, inserted: Bool)] = []

        mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction {
            let editorial: Set<String> = ["meta", "authorialNote", "remark", "note", "embeddedStructure"]
            if editorial.contains(element.name) { return .skipChildren }
            guard let node = Hierarchy(element) else { return .visitChildren }
            let quoteIndex = path.lastIndex { $0.name == "quotedStructure" }
            let outsideQuote = quoteIndex.map { path[($0 + 1)...] } ?? path[...]
            if outsideQuote.contains(where: { HierarchyLevel(rawValue: $0.name)?.isProvisionLevel == true }) {
                return .visitChildren  // a unit below a provision: not listed, but quotes inside it may be
            }
            if let quoteIndex,
                !path[..<quoteIndex].contains(where: { HierarchyLevel(rawValue: $0.name)?.isProvisionLevel == true })
            {
                return .skipChildren  // quoted outside any provision: not an insertion
            }
            units.append((element.name, node.eId ?? node.id, node.headingText, quoteIndex != nil))
            return .visitChildren
        }
    }

    @Test func streamingOutlineAgreesWithTheFullTree() throws {
        for url in RoundTripTests.wellFormed {
            let outline = try AKNParser().outline(contentsOf: url)
            let document = try AKNParser().parse(contentsOf: url).document
            var oracle = OutlineOracle()
            oracle.walk(document.root)
            #expect(outline.entries.map(\.level) == oracle.units.map(\.level), "\(url.lastPathComponent)")
            #expect(outline.entries.map(\.eId) == oracle.units.map(\.eId), "\(url.lastPathComponent)")
            #expect(outline.entries.map(\.inserted) == oracle.units.map(\.inserted), "\(url.lastPathComponent)")
            for (entry, unit) in zip(outline.entries, oracle.units) where entry.heading != unit.heading {
                Issue.record("\(url.lastPathComponent): \(String(describing: entry.heading)) != \(String(describing: unit.heading))")
            }
            #expect(outline.documentType == document.type?.rawValue)
            #expect(outline.work?.uri == document.meta?.work?.uri, "\(url.lastPathComponent)")
            #expect(outline.expression?.uri == document.meta?.expression?.uri)
            #expect(outline.language == document.language)
        }
    }

    @Test func dataProtectionActOutline() throws {
        let outline = try AKNParser().outline(contentsOf: Samples.named("uk-legislation-gov-uk/uk_pga_1998_29.xml"))
        #expect(outline.documentType == "act")
        #expect(outline.provisionCount == 95)
        let first = try #require(outline.entries.first)
        #expect(first.level == "part" && first.depth == 0 && first.eId == "part-I" && first.num == "Part I")
        #expect(first.heading == "Preliminary")
        let section = try #require(outline.entries.first { $0.eId == "section-55A" })
        // Part VI > cross-heading hcontainer > section.
        #expect(section.depth == 2 && section.num == "55A")
        #expect(section.heading == "Power of Commissioner to impose monetary penalty")
    }

    @Test func unitsQuotedForInsertionAreListedUnderTheAmendingSection() throws {
        let outline = try AKNParser().outline(
            contentsOf: Samples.named("oasis-examples-v3-finalns/uk_pga-2014-27-enacted-data.xml"))
        let inserted = outline.entries.filter(\.inserted)
        #expect(inserted.count == 21)
        for entry in inserted {
            let index = try #require(outline.entries.firstIndex(of: entry))
            let host = outline.entries[..<index].last { !$0.inserted }
            #expect(host.map { $0.depth < entry.depth } == true, "\(entry.eId ?? "")")
        }
    }

    @Test func jsonIsSortedAndStable() throws {
        let url = Samples.named("oasis-examples-v3-finalns/eu_COM-2013-0619_EN-8.xml")
        let first = try AKNParser().outline(contentsOf: url).renderedJSON()
        let second = try AKNParser().outline(contentsOf: url).renderedJSON()
        #expect(first == second)
        #expect(first.hasPrefix("{\n  \"documentType\" : \"documentCollection\",\n  \"entries\" : ["))
        let decoded = try JSONDecoder().decode(DocumentOutline.self, from: Data(first.utf8))
        #expect(decoded.entries.first?.eId == "chp_I")
    }

    @Test func jsonEscapesWhatJSONNeedsEscaped() throws {
        var outline = DocumentOutline()
        outline.documentType = "act"
        outline.work = .init(this: "/akn/za/act/2021/6/!main", uri: "/akn/za/act/2021/6", date: nil)
        outline.entries = [.init(level: "section", depth: 0, eId: "sec_1", num: "1", heading: "Quote \" back \\ tab \t nl \n ctl \u{1} é 第", line: 3)]
        outline.warnings = ["w"]
        let json = outline.renderedJSON()
        #expect(try JSONDecoder().decode(DocumentOutline.self, from: Data(json.utf8)) == outline)
        #expect(json.contains("\"uri\" : \"/akn/za/act/2021/6\""))
        #expect(!json.contains("\"date\""))
    }

    @Test func refusesWhatTheParserRefuses() throws {
        #expect(throws: AKNParseError.self) { try AKNParser().outline(contentsOf: Samples.malformed) }
        #expect(throws: AKNParseError.self) { try AKNParser().outline(contentsOf: URL(fileURLWithPath: "/nonexistent.xml")) }
        let legacy = try AKNParser().outline(contentsOf: Samples.named("legacy-akn2/Act_Kenya_2003-12-10-short.xml"))
        #expect(legacy.warnings.first?.contains(AKNNamespace.v2) == true)
    }

    @Test func textRenderingListsIdentityAndUnits() throws {
        let text = try AKNParser().outline(contentsOf: Samples.named("oasis-examples-v3-finalns/us_Act_2011-11-29.xml")).renderedText()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "type: act (publicLaw)")
        #expect(lines.contains("work: /akn/us/act/2011-11-29/112-61 (this: /akn/us/act/2011-11-29/112-61/!main, date: 2011-11-29)"))
        #expect(lines.contains("language: eng"))
        #expect(lines.contains { $0.hasPrefix("  section SECTION 1. [") })
    }
}
