import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

@Suite struct ReviewTests {
    let mapper: Mapper
    let provisions: [Provision]

    init() throws {
        mapper = try SharedData.mapper.get()
        provisions = PlainLaw.provisions(try SharedData.law("cl-ley-21459"))
    }

    func provision(_ num: String) throws -> Provision {
        try #require(provisions.first { $0.num == num })
    }

    func decision(
        _ num: String, _ article: String, _ verdict: ReviewDecision.Verdict, coverage: Coverage? = nil,
        hashOf text: String? = nil
    ) throws -> ReviewDecision {
        ReviewDecision(
            provision: num, article: article, verdict: verdict, coverage: coverage, note: "checked against the text",
            reviewer: "A. Expert", date: "2026-11-29",
            textSHA256: TextFingerprint.sha256(try text ?? provision(num).text))
    }

    @Test func confirmRejectAddRoundTripThroughTheFileAndGoStaleWhenTheTextChanges() throws {
        let suggested = mapper.align(documentURI: "/akn/cl/act/2022-06-20/21459/spa@2022-06-20", language: .es, provisions: provisions)
        let confirmedPair = try #require(suggested.alignments.first { $0.provision.num == "2" && $0.article == "2" })
        #expect(confirmedPair.origin == .suggested)
        let rejectedPair = try #require(suggested.alignments.first { !($0.provision.num == "2" && $0.article == "2") })
        // Art. 12 lets the judge order the interception techniques of the procedure code, which it does not quote:
        // the mapper cannot see Art. 21 in it, an expert can.
        let addedArticle = "21"
        #expect(!suggested.alignments.contains { $0.provision.num == "12" && $0.article == addedArticle })

        let file = ReviewFile(
            path: "cl.yaml", document: "/akn/cl/act/2022-06-20/21459",
            decisions: [
                try decision("2", "2", .confirmed, coverage: .full),
                try decision(rejectedPair.provision.num!, rejectedPair.article, .rejected),
                try decision("12", addedArticle, .added, coverage: .partial),
            ])
        let reloaded = try ReviewFile.load(file.yaml(), path: "cl.yaml")
        #expect(reloaded.decisions.map(\.verdict) == [.confirmed, .rejected, .added])
        #expect(reloaded.decisions[0].line == 3)

        let applier = ReviewApplier(mapper: mapper)
        let reviewed = applier.apply(reloaded.decisions, to: suggested, provisions: provisions, language: .es)
        let confirmed = try #require(reviewed.alignments.first { $0.provision.num == "2" && $0.article == "2" })
        #expect(confirmed.origin == .confirmed)
        #expect(confirmed.coverage == .full)
        #expect(confirmed.note == "checked against the text")
        #expect(!reviewed.alignments.contains {
            $0.provision.num == rejectedPair.provision.num && $0.article == rejectedPair.article
        })
        let added = try #require(reviewed.alignments.first { $0.provision.num == "12" && $0.article == addedArticle })
        #expect(added.origin == .added)
        #expect(added.coverage == .partial)
        #expect(!reviewed.unaligned.contains { $0.num == "12" })
        #expect(reviewed.staleDecisions.isEmpty)

        // The legislator amends art. 2: the expert's decision no longer holds, the suggestion is shown again.
        let amended = provisions.map { provision -> Provision in
            guard provision.num == "2" else { return provision }
            return Provision(
                eId: provision.eId, level: provision.level, num: provision.num, heading: provision.heading,
                text: provision.text.replacingOccurrences(of: "superando barreras técnicas o medidas tecnológicas de seguridad, ", with: ""),
                ancestors: provision.ancestors, host: provision.host)
        }
        let remapped = mapper.align(documentURI: suggested.document, language: .es, provisions: amended)
        let again = applier.apply(reloaded.decisions, to: remapped, provisions: amended, language: .es)
        let stale = try #require(again.alignments.first { $0.provision.num == "2" && $0.article == "2" })
        #expect(stale.stale)
        #expect(stale.origin == .suggested)
        #expect(again.staleDecisions.map(\.provision) == ["2"])
        #expect(again.staleDecisions.first?.reason == .textChanged)
    }

    @Test func decisionsForAnotherDocumentAreIgnored() throws {
        let suggested = mapper.align(documentURI: "/akn/cl/act/1993-06-07/19223/spa@1993-06-07", language: .es, provisions: provisions)
        var rejection = try decision("2", "2", .rejected)
        rejection = ReviewDecision(
            document: "/akn/cl/act/2022-06-20/21459", provision: rejection.provision, article: rejection.article,
            verdict: .rejected, reviewer: rejection.reviewer, date: rejection.date, textSHA256: rejection.textSHA256)
        let reviewed = ReviewApplier(mapper: mapper).apply([rejection], to: suggested, provisions: provisions, language: .es)
        #expect(reviewed == suggested)
    }
}
