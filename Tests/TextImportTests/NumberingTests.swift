import AkomaNtoso
import Testing
import TextImport

func importBody(_ body: String, language: String = "es") throws -> Importer.Result {
    let header = """
        title: Test
        country: xx
        language: \(language)
        date: 2020-01-01
        source: test
        completeness: complete
        """
    return try Importer().importText(header + "\n\n" + body)
}

@Test("article numbers are read as printed, whatever the separator")
func articleNumberForms() throws {
    let body = """
        Artículo 1°.- Uno.
        Artículo 2º - Dos.
        ARTICULO 269A: Tres.
        Art. 154-A. Cuatro.
        Artículo 211 bis 1.- Cinco.
        Artículo 274 "B". Seis.
        Artículo 146 b.- Siete.
        Artículo 153 bis. -Ocho.
        Artículo 229 ter — Nueve.
        Artículo 342.1: Diez.
        ARTÍCULO 193 . Once.
        """
    let numbers = try importBody(body).document.provisions.map(\.num)
    #expect(numbers == ["1°", "2º", "269A", "154-A", "211 bis 1", "274 \"B\"", "146 b", "153 bis", "229 ter", "342.1", "193"])
}

@Test("sub-units nest by numbering style")
func subUnitsNest() throws {
    let body = """
        Art. 5º Para os efeitos desta Lei:
        § 1º Primeiro:
        I - um;
        II - dois.
        § 2º-A Segundo.
        Parágrafo único. Último.
        """
    let xml = XMLWriter().string(for: try importBody(body, language: "pt").document)
    #expect(xml.contains(#"<paragraph eId="art_5__para_1"><num>§ 1º</num>"#))
    #expect(xml.contains(#"<point eId="art_5__para_1__point_II"><num>II -</num>"#))
    #expect(xml.contains(#"<paragraph eId="art_5__para_2-A"><num>§ 2º-A</num>"#))
    #expect(xml.contains(#"<paragraph eId="art_5__para_unico"><num>Parágrafo único.</num>"#))
}

@Test("French structure: Titre, Chapitre, Section, Article 1er, Art. 2")
func frenchStructure() throws {
    let body = """
        TITRE Ier - DISPOSITIONS GÉNÉRALES
        Chapitre 1 : Définitions
        Article 1er
        Au sens de la présente loi, on entend par :
        1° « système informatique » : tout dispositif ;
        2° « données » : toute représentation.
        Section 2 - Infractions
        Art. 2. - Le fait d'accéder frauduleusement à un système est puni de deux ans d'emprisonnement.
        Article 3 : Est puni de cinq ans le fait d'entraver un système.
        """
    let provisions = try importBody(body, language: "fr").document.provisions
    #expect(provisions.map(\.num) == ["1er", "2", "3"])
    #expect(provisions[0].ancestors.map(\.level) == ["title", "chapter"])
    #expect(provisions[1].ancestors.map(\.level) == ["title", "chapter", "division"])
    #expect(provisions[0].text.contains("« données »"))
}

@Test("English subsections, paragraphs and subparagraphs")
func englishSubdivisions() throws {
    let body = """
        12 Offence

        (1) Everyone who

        (a) does one thing;

        (i) first,

        (ii) second; or

        (b) does another,

        is guilty of an offence.

        Definitions

        (2) In this section, thing means anything.
        """
    let xml = XMLWriter().string(for: try importBody(body, language: "en").document)
    #expect(xml.contains(#"<subparagraph eId="sec_12__subsec_1__para_a__subpara_ii">"#))
    #expect(xml.contains(#"<paragraph eId="sec_12__subsec_1__para_b">"#))
    #expect(xml.contains(#"<wrapUp><p>is guilty of an offence.</p></wrapUp>"#))
    #expect(xml.contains(#"<heading class="headingAbove">Definitions</heading>"#))
}

@Test("a line outside any article is reported with its line number")
func unplacedLinesReported() throws {
    let body = """
        CAPÍTULO I
        De los delitos

        Texto suelto sin artículo.

        Artículo 1.- Texto.
        """
    let result = try importBody(body)
    #expect(result.diagnostics.map(\.line) == [11])
    #expect(result.diagnostics.first?.severity == .warning)
}
