import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

/// Duties stated once for measures granted elsewhere (`Mapper+Companions`), on whole committed documents.
@Suite struct CompanionTests {
    let mapper: Mapper

    init() throws {
        mapper = try SharedData.mapper.get()
    }

    func alignment(_ file: String, _ language: Language) throws -> DocumentAlignment {
        mapper.align(documentURI: file, language: language, provisions: try SharedData.corpusProvisions(file))
    }

    @Test func anOrderOfSecrecyForMeasuresMadeUnderOtherSectionsCompletesThemAndImplementsTheArticleInPart() throws {
        // Canada s. 487.0191: "an order prohibiting a person from disclosing ... a preservation demand made under
        // section 487.012 or an order made under any of sections 487.013 to 487.018".
        let pairs = try alignment("ca/act-1988-criminal-code.xml", .en).alignments
        let order = try #require(pairs.first { $0.provision.num == "487.013" && $0.article == "16" })
        #expect(order.coverage == .full)
        let secrecy = try #require(order.elements.first { $0.id == "confidentiality" })
        #expect(secrecy.status == .present)
        #expect(secrecy.statedIn?.num == "487.0191")
        #expect(secrecy.evidence.isEmpty)
        let companion = try #require(pairs.first { $0.provision.num == "487.0191" && $0.article == "16" })
        #expect(companion.coverage == .partial)
        #expect(companion.missing.contains("preservation-order"))
    }

    @Test func anOffenceThatPunishesTheBreachOfAMeasuresSecrecyIsNoCompanion() throws {
        // Chile's Ley 21.459 art. 20 inserts into another law an offence for those who breach "el deber de reserva
        // o secreto previsto en los artículos 218 bis, 219 y 222 del Código Procesal Penal".
        let pairs = try alignment("cl/act-2022-21459.xml", .es).alignments
        #expect(!pairs.contains { $0.provision.num == "36 B" || $0.provision.num == "36B" })
    }

    @Test func aProviderDutyStatedForOneInterceptionCompletesTheLawsOtherInterceptions() throws {
        // Brazil's Lei 9.296 art. 7 lets the police requisition the services of the telecommunications concessionaires
        // for the interceptions that arts. 1 and 6 grant, and cites neither by number.
        let file = "br/act-1996-9296.xml"
        let provisions = try SharedData.corpusProvisions(file)
        let pairs = mapper.align(documentURI: file, language: .pt, provisions: provisions).alignments
        let interception = try #require(pairs.first { $0.provision.num == "1º" && $0.article == "21" })
        let assistance = try #require(interception.elements.first { $0.id == "compel-provider" })
        #expect(assistance.status == .present)
        #expect(assistance.statedIn?.num == "7º")
        #expect(!interception.missing.contains("compel-provider"))

        // Read without art. 7, the law compels no provider: the interception is partial, and the duty is named.
        let alone = mapper.align(
            documentURI: file, language: .pt, provisions: provisions.filter { $0.num != "7º" }
        ).alignments
        let bare = try #require(alone.first { $0.provision.num == "1º" && $0.article == "21" })
        #expect(bare.coverage == .partial)
        #expect(bare.missing.contains("compel-provider"))
    }

    @Test func aCitationIsANumberOfItsOwn() {
        #expect(Mapper.cites("made under section 487.012 or", number: "487.012"))
        #expect(Mapper.cites("under any of sections 487.013 to 487.018.", number: "487.018"))
        #expect(Mapper.cites("an order under section 16(1)", number: "16"))
        #expect(!Mapper.cites("under section 487.0131", number: "487.013"))
        #expect(!Mapper.cites("Act 2016", number: "16"))
        #expect(!Mapper.cites("section 16A", number: "16"))
    }

    @Test func aBracketedNumberIsASubdivisionUnlessAnArticleLabelNamesIt() {
        #expect(!Mapper.cites("This is subject to subsection (4).", number: "4"))
        #expect(!Mapper.cites("Subsection (4) applies whether or not", number: "4"))
        #expect(!Mapper.cites("(4) The relevant operator is not required", number: "4"))
        #expect(!Mapper.cites("an order under section 43(4)", number: "4"))
        #expect(Mapper.cites("the acts referred to in Article (16) of this Law", number: "16"))
    }
}
