import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct MetaViewTests {
    func document(_ path: String) throws -> Document {
        try AKNParser().parse(contentsOf: Samples.named(path)).document
    }

    @Test func dataProtectionActIdentification() throws {
        let document = try document("uk-legislation-gov-uk/uk_pga_1998_29.xml")
        #expect(document.type == .act)
        #expect(document.name == "UnitedKingdomPublicGeneralAct")
        let meta = try #require(document.meta)
        let work = try #require(meta.work)
        #expect(work.this == "http://www.legislation.gov.uk/id/ukpga/1998/29")
        #expect(work.uri == "http://www.legislation.gov.uk/id/ukpga/1998/29")
        #expect(work.date == FRBRLevel.DateEntry(date: "1998-07-16", name: "enacted"))
        #expect(work.country == "GB-UKM")
        #expect(work.number == "29")
        #expect(work.name == "1998 c. 29")
        #expect(work.prescriptive == true)
        #expect(work.authors.first?.href == "http://www.legislation.gov.uk/id/legislature/UnitedKingdomParliament")
        #expect(meta.expression?.uri == "http://www.legislation.gov.uk/ukpga/1998/29")
        #expect(meta.expression?.language == "eng")
        #expect(meta.manifestation?.format == "application/akn+xml")
        #expect(meta.lifecycle.first?.type == "generation")
        #expect(meta.lifecycle.first?.date == "1998-07-16")
        #expect(meta.lifecycle.count > 50)
        #expect(meta.references.contains { $0.kind == "TLCOrganization" })
    }

    /// The FRBR URIs (work, expression, manifestation `FRBRuri`) of every final-namespace and Laws.Africa sample,
    /// pinned as published.
    @Test(arguments: [
        ("oasis-examples-v3-finalns/us_Act_2011-11-29.xml", "/akn/us/act/2011-11-29/112-61", "/akn/us/act/2011-11-29/112-61/eng@", "/akn/us/act/2011-11-29/112-61/eng@.akn"),
        ("oasis-examples-v3-finalns/us_Title9-Chap3-eng.xml", "/akn/us/usc/title_9", "/akn/us/usc/title_9/eng@2013-07-26", "/akn/us/usc/title_9/eng@2013-07-26~chp_3/!main.akn"),
        ("oasis-examples-v3-finalns/emptyHierarchy.xml", "/akn/us/usc/title_9", "/akn/us/usc/title_9/eng@2013-07-26", "/akn/us/usc/title_9/eng@2013-07-26~chp_3/!main.akn"),
        ("oasis-examples-v3-finalns/za_Judgement_2008-11-26.xml", "/akn/za/judgement/2008-11-26/653-07", "/akn/za/judgement/2008-11-26/653-07/eng@", "/akn/za/judgement/2008-11-26/653-07/eng@.akn"),
        ("oasis-examples-v3-finalns/ke_Debate_Bungeni_2011-06-10.xml", "/akn/ke/debaterecord/2011-06-10", "/akn/ke/minutes/2011-06-10/eng@", "/akn/ke/minutes/2011-06-10/eng@.akn"),
        ("oasis-examples-v3-finalns/cl_Sesion56_2.xml", "/akn/cl/debate/recurso/2006/1076048", "/akn/cl/debate/recurso/2006/1076048/es@20120505", "/akn/cl/debate/recurso/2006/1076048/es@20120505.akn"),
        ("oasis-examples-v3-finalns/uk_pga-2014-27-enacted-data.xml", "http://www.legislation.gov.uk/id/ukpga/2014/27/enacted", "http://www.legislation.gov.uk/id/ukpga/2014/27/enacted", "http://www.legislation.gov.uk/id/ukpga/2014/27/enacted/data.akn"),
        ("uk-legislation-gov-uk/uk_pga_1998_29.xml", "http://www.legislation.gov.uk/id/ukpga/1998/29", "http://www.legislation.gov.uk/ukpga/1998/29", "http://www.legislation.gov.uk/ukpga/1998/29/data.akn"),
        ("uk-legislation-gov-uk/asp-2017-1-enacted-data.akn.xml", "http://www.legislation.gov.uk/id/asp/2017/1/enacted", "http://www.legislation.gov.uk/asp/2017/1/enacted", "http://www.legislation.gov.uk/asp/2017/1/enacted/data.akn"),
        ("uk-legislation-gov-uk/ssi-2017-113-enacted-data.akn.xml", "http://www.legislation.gov.uk/id/ssi/2017/113/enacted", "http://www.legislation.gov.uk/ssi/2017/113/enacted", "http://www.legislation.gov.uk/ssi/2017/113/enacted/data.akn"),
        ("uk-legislation-gov-uk/ssi-2017-126-enacted-data.akn.xml", "http://www.legislation.gov.uk/id/ssi/2017/126/enacted", "http://www.legislation.gov.uk/ssi/2017/126/enacted", "http://www.legislation.gov.uk/ssi/2017/126/enacted/data.akn"),
        ("uk-parliament-lawmaker/Bill_as_amended_at_Stage_2.xml", "#varWorkUri", "#varExpressionUri", "#varManifestationUri"),
        ("laws-africa/za-act-2023-724.indigo-basic_in.xml", "/akn/za/act/2023/724", "/akn/za/act/2023/724/eng@2023-04-20", nil),
        ("laws-africa/tz-act-1977-1-swa-constitution.indigo-swahili_in.xml", "/akn/tz/act/1977/1", "/akn/tz/act/1977/1/swa@2002-07-31", nil),
        ("laws-africa/za-by-law-cape-town-2002-community-fire-safety.slaw.xml", "/akn/za/by-law/cape-town/2002/community-fire-safety", "/akn/za/by-law/cape-town/2002/community-fire-safety/eng@", nil),
    ] as [(String, String, String, String?)])
    func frbrURIsOfEachSample(path: String, work: String, expression: String, manifestation: String?) throws {
        let meta = try #require(try document(path).meta)
        #expect(meta.work?.uri == work)
        #expect(meta.expression?.uri == expression)
        if let manifestation { #expect(meta.manifestation?.uri == manifestation) }
    }

    @Test func dataProtectionActSectionsAndHeadings() throws {
        let document = try document("uk-legislation-gov-uk/uk_pga_1998_29.xml")
        let sections = document.provisions.filter { $0.level == "section" && $0.host == nil }
        // Sections 1 to 75 as enacted, plus the 20 inserted by later amendments (9A, 12A, 52A ... 63A).
        #expect(sections.count == 95)
        #expect(sections.filter { $0.num?.allSatisfy(\.isNumber) == true }.map(\.num) == (1...75).map { String($0) })
        #expect(sections.map(\.num).contains("52AA"))
        #expect(sections.first?.num == "1")
        #expect(sections.first?.heading == "Basic interpretative provisions.")
        #expect(sections.first?.eId == "section-1")
        #expect(sections.last?.heading == "Short title, commencement and extent.")
        #expect(sections.first { $0.num == "55" }?.heading == "Unlawful obtaining etc. of personal data.")
        let parts = document.hierarchy.filter { $0.level == .part }
        #expect(parts.count == 6)
        #expect(parts.first?.numText == "Part I")
        #expect(parts.first?.headingText == "Preliminary")
    }

    @Test func hierarchyViewReadsIdentifiersAndParts() throws {
        let document = try document("laws-africa/za-by-law-cape-town-2002-community-fire-safety.slaw.xml")
        var all: [Hierarchy] = []
        func collect(_ nodes: [Hierarchy]) { for node in nodes { all.append(node); collect(node.children) } }
        collect(document.hierarchy)
        // Old-style documents identify with `id=`, kept as given.
        #expect(all.contains { $0.id != nil && $0.eId == nil })
        let withIntro = all.first { $0.intro != nil }
        #expect(withIntro?.intro?.name == "intro")
        #expect(all.contains { $0.content != nil })
    }

    @Test func euCollectionNestsItsThreeComponents() throws {
        let collection = try document("oasis-examples-v3-finalns/eu_COM-2013-0619_EN-8.xml")
        #expect(collection.type == .documentCollection)
        let components = collection.components
        #expect(components.map(\.type) == [.doc, .bill, .doc])
        #expect(components.map { $0.root[attribute: "eId"] } == ["cmp_1", "cmp_2", "cmp_3"])
        #expect(components.map(\.name) == ["explanation", "regulation", "financialStatement"])
        let bill = components[1]
        #expect(bill.body != nil)
        #expect(bill.provisions.filter { $0.level == "article" }.count > 10)
        #expect(bill.meta?.work != nil)
    }

    @Test func nestedAttachmentsAreDocumentsWithTheirOwnAttachments() throws {
        let act = try document("laws-africa/bluebell-nested_attachments.xml")
        let annexures = act.attachments
        #expect(annexures.count == 1)
        #expect(annexures.first?.name == "annexure")
        #expect(annexures.first?.attachments.map(\.name) == ["schedule", "schedule"])
        #expect(annexures.first?.meta?.work?.this == "/akn/za/act/2009/10/!annexure_1")
    }

    @Test func analysisModificationsAreRead() throws {
        // Any sample with active or passive modifications exposes them with sources and destinations.
        var found = 0
        for url in RoundTripTests.wellFormed {
            guard let meta = try AKNParser().parse(contentsOf: url).document.meta else { continue }
            for modification in meta.activeModifications + meta.passiveModifications {
                found += 1
                #expect(!modification.kind.isEmpty)
                #expect(!(modification.sources + modification.destinations).isEmpty)
            }
        }
        #expect(found > 0)
    }
}
