import AkomaNtoso
import Foundation
import Testing
import TextImport

/// Official excerpts of statutes beyond the Corpus (`Tests/Fixtures/laws`): the US Code, a South African act with
/// its Arrangement of Sections, a French code article numbered in three parts, a Guatemalan code with headings
/// above its articles. Each must import into numbered provisions with their headings, strictly valid, nothing lost.
let fixtureLaws: [String] = {
    let folder = packageRoot.appendingPathComponent("Tests/Fixtures/laws")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
}()

func importFixture(_ name: String) throws -> Importer.Result {
    let url = packageRoot.appendingPathComponent("Tests/Fixtures/laws").appendingPathComponent(name)
    return try importer.importText(try String(contentsOf: url, encoding: .utf8), file: name)
}

@Test("every fixture law imports strictly valid, with nothing lost and no statutory text outside a provision", arguments: fixtureLaws)
func fixtureLawImports(name: String) throws {
    let url = packageRoot.appendingPathComponent("Tests/Fixtures/laws").appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let result = try importer.importText(text, file: name)
    #expect(!result.document.provisions.isEmpty)
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") }, "\(result.diagnostics)")
    let expected = squeezed(try LawText(parsing: text).body.map(\.text).joined(separator: "\n"))
    #expect(expected == squeezed(ReadingOrder.text(of: result.document)))
    let schema = try #require(strictSchema)
    let report = DocumentValidator(schema: schema).validate(Data(XMLWriter().string(for: result.document).utf8), file: name)
    #expect(report.outcome == .valid, "\(report.diagnostics.prefix(3))")
}

@Test("US Code: sections under their title and chapter, (a)(1)(A)(i) levels, several sections in one file")
func usCodeSections() throws {
    let result = try importFixture("us-usc-18-1030-2511.txt")
    #expect(result.tradition == "us-code")
    let sections = result.document.provisions
    #expect(sections.map(\.num) == ["1030", "2511"])
    #expect(sections[0].heading == "Fraud and related activity in connection with computers")
    #expect(sections[0].ancestors.map(\.level) == ["title", "chapter"])
    #expect(sections[1].ancestors.last?.num == "CHAPTER 119—")
    let xml = XMLWriter().string(for: result.document)
    // (a) subsection, (2) paragraph, (A) subparagraph; (5) with no text of its own holds (A)-(C).
    #expect(xml.contains(#"eId="title_18__chp_47__sec_1030__subsec_a__para_2__subpara_A""#))
    #expect(xml.contains(#"eId="title_18__chp_47__sec_1030__subsec_a__para_5__subpara_C""#))
    #expect(xml.contains(#"eId="title_18__chp_47__sec_1030__subsec_b""#))
    // § 2511 numbers its subsections (1), its paragraphs (a) and its clauses (i): (i) after (h)-less letters is Roman.
    #expect(xml.contains(#"eId="title_18__chp_119__sec_2511__para_1__subsec_b__cls_iii""#))
    // `(e) (i) intentionally ..., (ii) knowing ...`: the clause that opens the line is read as one; the next ones,
    // after a comma as a citation list would be, stay in its text.
    #expect(xml.contains(#"eId="title_18__chp_119__sec_2511__para_1__subsec_e__cls_i""#))
    #expect(!xml.contains(#"eId="title_18__chp_119__sec_2511__para_1__subsec_e__cls_ii""#))
    // A marker that opens its line is no run-in text: nothing to warn about.
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
}

@Test("South Africa: the Arrangement of Sections is a table of contents, never the sections; the body starts where it repeats")
func arrangementOfSectionsIsContents() throws {
    let result = try importFixture("za-cybercrimes-act-2020-excerpt.txt")
    #expect(result.tradition == "commonwealth")
    #expect(result.corpusPath == "za/act-2021-19.xml")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["6"])
    #expect(provisions[0].heading == "Unlawful interference with a computer data storage medium or computer system")
    #expect(provisions[0].ancestors.map(\.level) == ["chapter", "part"])
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<preface><p>ARRANGEMENT OF SECTIONS</p><toc eId="toc">"#))
    #expect(xml.contains(##"<tocItem href="#chp_2__part_I__sec_6" level="2">6. Unlawful interference with computer data storage medium or computer system</tocItem>"##))
    #expect(xml.contains(##"<tocItem href="#" level="2">12. Theft of incorporeal property</tocItem>"##))
    #expect(xml.contains(#"eId="chp_2__part_I__sec_6__subsec_2__para_b__subpara_iv""#))
}

@Test("French code: a three-part article number under Livre, Titre, Chapitre and Section")
func frenchThreePartNumber() throws {
    let result = try importFixture("fr-cp-434-15-2.txt")
    #expect(result.tradition == "civil-law")
    let article = try #require(result.document.provisions.first)
    #expect(article.num == "434-15-2")
    #expect(article.eId == "book_IV__title_III__chp_IV__dvs_2__art_434-15-2")
    #expect(article.ancestors.map(\.level) == ["book", "title", "chapter", "division"])
}

@Test("Guatemala: headings printed above ARTICULO lines are the articles' headings; a chapter's title on the next line")
func headingsAboveArticles() throws {
    let provisions = try importFixture("gt-codigo-penal-73-79.txt").document.provisions
    #expect(provisions.map(\.num) == ["73", "74", "75", "76", "77", "78", "79"])
    #expect(provisions.map(\.heading) == [
        nil, "RESPONSABILIDADES CIVILES", "ADVERTENCIAS", "REVOCACIÓN DEL BENEFICIO", "EXTINCIÓN DE LA PENA",
        "AUTORIDAD COMPETENTE PARA DECRETARLA", "CONDICIONES",
    ])
    #expect(provisions[5].ancestors.first?.heading == "DE LA LIBERTAD CONDICIONAL")
}
