import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct FRBRURITests {
    /// Every `/akn/` value of an FRBR element in the well-formed samples.
    static let sampleURIs: [String] = {
        var uris: Set<String> = []
        for url in Samples.all {
            guard let document = try? AKNParser().parse(contentsOf: url).document else { continue }
            var collector = FRBRValueCollector()
            collector.walk(document.root)
            uris.formUnion(collector.values.filter { $0.hasPrefix("/akn/") })
        }
        return uris.sorted()
    }()

    struct FRBRValueCollector: DocumentWalker {
        var values: [String] = []
        mutating func willVisit(_ element: Element, path: [Element]) -> WalkAction {
            if element.name.hasPrefix("FRBR"), let value = element[attribute: "value"] { values.append(value) }
            return .visitChildren
        }
    }

    @Test func everySampleURIRoundTrips() throws {
        #expect(Self.sampleURIs.count > 60)
        for uri in Self.sampleURIs {
            let parsed = try FRBRURI(parsing: uri)
            #expect(parsed.description == uri)
            #expect(try FRBRURI(parsing: parsed.description) == parsed)
        }
    }

    @Test func readsEveryPartOfAnExpressionComponentURI() throws {
        let uri = try FRBRURI(parsing: "/akn/za/act/2021/6/sot@2022-08-12/!main")
        #expect(uri.country == "za")
        #expect(uri.documentType == "act")
        #expect(uri.date == "2021")
        #expect(uri.number == "6")
        #expect(uri.language == "sot")
        #expect(uri.versionDate == "2022-08-12")
        #expect(uri.components == ["main"])
        #expect(uri.work.description == "/akn/za/act/2021/6")
    }

    @Test func readsLocalitySubtypeAndFormat() throws {
        let uri = try FRBRURI(parsing: "/akn/xx-playground/act/2021/1/eng@2022-02-07/!schedule_1")
        #expect(uri.country == "xx")
        #expect(uri.locality == "playground")
        let chilean = try FRBRURI(parsing: "/akn/cl/debate/recurso/2006/1076048/es@20120505/!main.xml")
        #expect(chilean.subtype == "recurso")
        #expect(chilean.number == "1076048")
        #expect(chilean.language == "es")
        #expect(chilean.format == "xml")
        #expect(chilean.components == ["main"])
    }

    @Test func olderSpellingsAreReadAndPrintedAsWritten() throws {
        let noDate = try FRBRURI(parsing: "/akn/us/usc/title_9/eng@2013-07-26~chp_3/!main.akn")
        #expect(noDate.date.isEmpty)
        #expect(noDate.number == "title_9")
        #expect(noDate.portion == "chp_3")
        #expect(noDate.format == "akn")
        let noNumber = try FRBRURI(parsing: "/akn/ke/debaterecord/2011-06-10/!main")
        #expect(noNumber.number.isEmpty)
        #expect(noNumber.components == ["main"])
        let unmarked = try FRBRURI(parsing: "/akn/za/act/2009/10/!annexure_1/schedule_1")
        #expect(unmarked.components == ["annexure_1", "schedule_1"])
        #expect(unmarked.description == "/akn/za/act/2009/10/!annexure_1/schedule_1")
        // Changing a field prints the canonical form.
        var changed = unmarked
        changed.language = "eng"
        #expect(changed.description == "/akn/za/act/2009/10/eng/!annexure_1/!schedule_1")
    }

    @Test func numbersWithDotsAreNotFormats() throws {
        let uri = try FRBRURI(parsing: "/akn/ca/act/1985/487.0191/eng@2024-01-01")
        #expect(uri.number == "487.0191")
        #expect(uri.format == nil)
    }

    @Test func rejectsWhatIsNotAnAKNURI() {
        #expect(throws: FRBRURI.ParseError.self) { try FRBRURI(parsing: "http://www.legislation.gov.uk/id/ukpga/1998/29") }
        #expect(throws: FRBRURI.ParseError.self) { try FRBRURI(parsing: "/akn/") }
        #expect(throws: FRBRURI.ParseError.self) { try FRBRURI(parsing: "/akn/za") }
    }
}
