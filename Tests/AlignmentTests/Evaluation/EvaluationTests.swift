import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

@Suite struct EvaluationTests {
    @Test func foldsProvisionNumbersAsTheGoldProtocolSays() {
        #expect(ProvisionNumber.fold("CP 269A") == ProvisionNumber.fold("269A"))
        #expect(ProvisionNumber.fold("CPP 218 bis") == ProvisionNumber.fold("218 bis"))
        #expect(ProvisionNumber.fold("Art. 154-A") == ProvisionNumber.fold("154 A"))
        #expect(ProvisionNumber.fold("5º") == ProvisionNumber.fold("5°"))
        #expect(ProvisionNumber.fold("Artículo 2°.-") == "2")
        #expect(ProvisionNumber.fold("274 \"B\"") == ProvisionNumber.fold("274 B"))
        #expect(ProvisionNumber.fold("342.1") != ProvisionNumber.fold("3421"))
        #expect(ProvisionNumber.fold("211 bis 1") != ProvisionNumber.fold("211 bis 2"))
        #expect(ProvisionNumber.fold("1o") == ProvisionNumber.fold("1º"))
        #expect(ProvisionNumber.fold("Artigo 3.º-C") == ProvisionNumber.fold("3-C"))
        #expect(ProvisionNumber.fold("22.º") == "22")
        #expect(ProvisionNumber.fold("10") == "10")
    }

    @Test func readsTheDevelopmentGoldTablesAndKeepsOptionalPairsApart() throws {
        let url = SharedData.gold.appendingPathComponent("co-ley-1273-2009.tsv")
        let table = try GoldTable(tsv: try String(contentsOf: url, encoding: .utf8), file: url.path, name: "co-ley-1273-2009")
        #expect(table.pairs.contains { $0.provision == "CP 269D" && $0.article == "4" && $0.coverage == .full && !$0.optional })
        #expect(table.pairs.contains { $0.provision == "CP 269F" && $0.optional })
    }

    @Test func optionalPairsCountNeitherWay() throws {
        let table = try GoldTable(
            tsv: "provision\tarticle\tcoverage\tstatus\tnotes\n2\t2\tfull\tcore\t\n2\t3\tpartial\toptional\t\n4\t5\tfull\tcore\t\n",
            file: "t.tsv", name: "t")
        func pair(_ num: String, _ article: String, _ coverage: Coverage) -> ProvisionAlignment {
            ProvisionAlignment(
                provision: ProvisionReference(eId: "art_\(num)", num: num, host: nil, heading: nil), article: article,
                coverage: coverage, confidence: 0.9, origin: .suggested, elements: [])
        }
        let alignment = DocumentAlignment(
            document: "/akn/xx/act/2000/1/spa@2000", instrument: "budapest",
            alignments: [pair("2°", "2", .partial), pair("2", "3", .full), pair("6", "8", .full)], unaligned: [])
        let evaluation = DocumentEvaluation(alignment: alignment, gold: table)
        #expect(evaluation.truePositives.count == 1)
        #expect(evaluation.falsePositives.map(\.provision) == ["6"])
        #expect(evaluation.falseNegatives.map(\.provision) == ["4"])
        #expect(evaluation.coverageAgreements == 0 && evaluation.coverageJudged == 1)
        #expect(abs(evaluation.f1 - 0.5) < 1e-9)
    }

    @Test func aTableMayCiteAnInsertedArticleByTheAmendingArticle() throws {
        // The table cites the amending law's article 586; the tool aligns the code article 54 bis its quoted text
        // inserts. Article 591's quoted 78 bis is cited by its own number, and that row is the one that counts.
        let table = try GoldTable(
            tsv: "provision\tarticle\tcoverage\tstatus\tnotes\n586\t18\tfull\tcore\t\nCPP 78 bis\t16\tfull\tcore\t\n"
                + "591\t17\tfull\tcore\t\n",
            file: "t.tsv", name: "t")
        func inserted(_ host: String, _ num: String, _ article: String) -> ProvisionAlignment {
            ProvisionAlignment(
                provision: ProvisionReference(
                    eId: "art_\(host)__mod_1__qstr_1", num: num, host: "code de procédure pénale", heading: nil),
                article: article, coverage: .full, confidence: 0.9, origin: .suggested, elements: [])
        }
        let alignment = DocumentAlignment(
            document: "/akn/xx/act/2018/1/fra@2018", instrument: "budapest",
            alignments: [inserted("586", "54bis", "18"), inserted("586", "54bis", "19"), inserted("591", "78bis", "16")],
            unaligned: [])
        let evaluation = DocumentEvaluation(alignment: alignment, gold: table)
        #expect(evaluation.truePositives.map(\.provision) == ["54bis", "78bis"])
        #expect(evaluation.falsePositives.map(\.article) == ["19"])
        #expect(evaluation.falseNegatives.map(\.provision) == ["591"])
    }

    @Test func reportsBadTablesWithFileAndLine() {
        #expect(throws: GoldTable.ParseError.self) {
            try GoldTable(tsv: "provision\tarticle\tcoverage\n2\t2\twhole\n", file: "bad.tsv", name: "bad")
        }
        do {
            _ = try GoldTable(tsv: "provision\tarticle\tcoverage\n2\t2\twhole\n", file: "bad.tsv", name: "bad")
        } catch {
            #expect("\(error)" == "bad.tsv:2: error: coverage must be 'full' or 'partial', not 'whole'")
        }
    }

    @Test func pairsDocumentsWithTablesByCountryAndNumberAndPrefersTheTextAsEnacted() {
        func facts(_ expression: String) -> DocumentFacts {
            let work = expression.components(separatedBy: "/").prefix(6).joined(separator: "/")
            return DocumentFacts(
                expressionURI: expression, workURI: work, country: expression.components(separatedBy: "/")[2],
                language: .es, aliases: [])
        }
        let stems: Set<String> = ["cl-ley-21459", "br-cp-crimes-informaticos", "mx-cpf-211bis", "ca-criminal-code-cyber"]
        let documents: [GoldPairing.Candidate] = [
            .init(id: "a", fileName: "a.xml", facts: facts("/akn/cl/act/2022-06-20/21459/spa@2025-04-01")),
            .init(id: "b", fileName: "b.xml", facts: facts("/akn/cl/act/2022-06-20/21459/spa@2022-06-20")),
            .init(id: "c", fileName: "c.xml", facts: facts("/akn/br/act/2012-12-03/codigo-penal/por@2012-12-03")),
            .init(id: "d", fileName: "d.xml", facts: facts("/akn/mx/act/1999-05-17/codigo-penal-federal/spa@1999-05-17")),
            .init(id: "e", fileName: "e.xml", facts: facts("/akn/ca/act/1988-12-12/criminal-code/eng@1988-12-12")),
            .init(id: "f", fileName: "f.xml", facts: facts("/akn/pe/act/2019-02-13/30913/spa@2019-02-13")),
        ]
        let pairing = GoldPairing.assign(documents, stems: stems)
        #expect(pairing == ["b": "cl-ley-21459", "c": "br-cp-crimes-informaticos", "d": "mx-cpf-211bis", "e": "ca-criminal-code-cyber"])
    }

    @Test func pairsATableNamedAfterTheSourceFileTheImporterRecorded() {
        // An unseen statute whose work number shares no word with the table's name: the alias decides.
        let facts = DocumentFacts(
            expressionURI: "/akn/jm/act/2015-01-01/cybercrimes-act/eng@2015-01-01",
            workURI: "/akn/jm/act/2015-01-01/cybercrimes-act", country: "jm", language: .en,
            aliases: ["The Cybercrimes Act, 2015", "title", "jm-cca-2015", "sourceFile"])
        let pairing = GoldPairing.assign([.init(id: "a", fileName: "act-2015-cybercrimes-act.xml", facts: facts)], stems: ["jm-cca-2015"])
        #expect(pairing == ["a": "jm-cca-2015"])
    }
}

/// The amendment formulas now live in `Mappings/languages` (read through `DraftingFormulas`); these check them on
/// the real provisions the mapper cites by their host's article.
@Suite struct AmendmentTargetTests {
    @Test func findsTheCodeArticleAnAmendingProvisionRewrites() throws {
        let text = try SharedData.law("ar-ley-26388")
        let line = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("ARTICULO 9º") })
        // The article's text, after its label "ARTICULO 9º — ".
        let body = line.components(separatedBy: "— ").dropFirst().joined(separator: "— ")
        let target = try #require(try SharedData.drafting().amendedProvision(in: body, language: "es"))
        #expect(target.number == "173")
        #expect(target.host == "Código Penal")
    }

    @Test func readsAnAbbreviationsFullStopAsNoSentenceEnd() throws {
        let text = "Amendment of section 18 of Cap. 140A\nSection 18 of the Mutual Assistance in Criminal Matters Act, Cap. 140A in this Act referred to as the principal Act is amended by\n(a) inserting immediately after subsection (3) the following new subsections:"
        let target = try #require(try SharedData.drafting().amendedProvision(in: text, language: "en"))
        #expect(target.number == "18")
        #expect(target.host == "Mutual Assistance in Criminal Matters Act")
    }

    @Test func leavesProvisionsThatOnlyChangeWordsOfAnotherLawAlone() throws {
        let text = "Modifícase la ley N° 20.393, que establece la responsabilidad penal de las personas jurídicas, en el siguiente sentido: 1) Intercálase, en el inciso primero del artículo 1, a continuación de la expresión \"Nº 18.314\", la expresión \", en el Título I de la ley que sanciona delitos informáticos\"."
        let drafting = try SharedData.drafting()
        #expect(drafting.amendedProvision(in: text, language: "es") == nil)
        #expect(drafting.amendedProvision(in: "El que accediere a un sistema informático será castigado.", language: "es") == nil)
    }
}
