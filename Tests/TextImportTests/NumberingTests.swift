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
    return try importer.importText(header + "\n\n" + body)
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
        Artículo 288-BIS
        (Doce).- El que.
        """
    let numbers = try importBody(body).document.provisions.map(\.num)
    #expect(numbers == ["1°", "2º", "269A", "154-A", "211 bis 1", "274 \"B\"", "146 b", "153 bis", "229 ter", "342.1", "193", "288-BIS"])
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
    #expect(xml.contains(#"<paragraph eId="art_5__para_único"><num>Parágrafo único.</num>"#))
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

@Test("a French amending law: quoted articles go into the mod of the item that introduces them")
func frenchAmendingLaw() throws {
    let body = """
        Article 1er
        Le code pénal est ainsi modifié :
        1° L'article 462-2 est ainsi rédigé :
        « Art. 462-2. - Quiconque aura accédé frauduleusement à un système sera puni d'un an. »
        2° Après l'article 462-2, il est inséré un article 462-3 ainsi rédigé :
        « Art. 462-3. - Quiconque aura entravé un système sera puni de trois ans. »

        Art. 2. - La présente loi est applicable en Nouvelle-Calédonie.

        La présente loi sera exécutée comme loi de l'Etat.
        """
    let result = try importBody(body, language: "fr")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["1er", "462-2", "462-3", "2"])
    #expect(provisions[1].host?.abbreviation == "CP")
    #expect(provisions[1].host?.insertedByEId == "art_1er")
    #expect(provisions[2].eId == "art_1er__para_2__mod_1__qstr_1__art_462-3")
    #expect(!provisions[3].text.contains("exécutée"))
}

@Test("transitory articles numbered in words are their own sequence")
func transitoryArticles() throws {
    let body = """
        Artículo 1o.- Primero.
        Artículo 2.- Segundo.

        TRANSITORIOS

        ARTÍCULO PRIMERO.- El presente Decreto entrará en vigor al día siguiente.
        Artículo segundo transitorio.- Se derogan las disposiciones contrarias.
        """
    let provisions = try importBody(body).document.provisions
    #expect(provisions.map(\.num) == ["1o", "2", "PRIMERO", "segundo transitorio"])
    #expect(provisions[2].eId == "transitional_1__art_PRIMERO")
    #expect(provisions[3].eId == "transitional_1__art_segundotransitorio")
}

@Test("a byte order mark and CRLF line ends are read like plain lines")
func byteOrderMarkAndCRLF() throws {
    let text = "\u{FEFF}title: T\r\ncountry: cl\r\nlanguage: es\r\ndate: 2020-01-01\r\nsource: s\r\ncompleteness: c\r\n\r\nArtículo 1.- Uno.\r\nArtículo 2.- Dos.\r\n"
    let result = try importer.importText(text)
    #expect(result.document.provisions.map(\.num) == ["1", "2"])
    #expect(!XMLWriter().string(for: result.document).contains("\r"))
}

@Test("control characters XML cannot carry are replaced and reported")
func controlCharacters() throws {
    let result = try importBody("Artículo 1.- Uno.\u{0C}\nArtículo 2.- Dos\u{01} y tres.\n")
    #expect(result.diagnostics.map(\.line) == [8, 9])
    #expect(result.diagnostics.map(\.column) == [18, 17])
    let xml = XMLWriter().string(for: result.document)
    #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
}

@Test("French: Titre préliminaire, Chapitre, Section, Sous-section, Art. 3 bis, Canadian bare sections")
func frenchGroupingsAndSections() throws {
    let body = """
        TITRE PRÉLIMINAIRE
        DISPOSITIONS GÉNÉRALES

        Article 1er.- La présente loi a pour objet de réprimer la cybercriminalité.

        TITRE I
        DES INFRACTIONS

        Chapitre 1 - De l'accès illégal

        Section 1 : Accès
        Art. 3.- Quiconque accède frauduleusement à un système est puni d'un an.
        Art. 3 bis.- La tentative est punie des mêmes peines.

        Sous-section 1 : Maintien
        Article 4
        Le maintien frauduleux est puni de deux ans.
        """
    let provisions = try importBody(body, language: "fr").document.provisions
    #expect(provisions.map(\.num) == ["1er", "3", "3 bis", "4"])
    #expect(provisions[3].ancestors.map(\.level) == ["title", "chapter", "division", "subdivision"])
    #expect(provisions[3].ancestors.map(\.heading) == ["DES INFRACTIONS", "De l'accès illégal", "Accès", "Maintien"])
    #expect(provisions[3].heading == nil)

    let canadian = try importBody(
        "342.1 Utilisation non autorisée d’ordinateur\n\n(1) Quiconque, frauduleusement :\n\na) obtient des services;\n\nb) intercepte une fonction,\n\nest coupable d’un acte criminel.\n",
        language: "fr")
    #expect(canadian.document.provisions.map(\.num) == ["342.1"])
    #expect(canadian.document.provisions.first?.heading == "Utilisation non autorisée d’ordinateur")
}

@Test("a law's number comes from its title, not from a date in it")
func numberFromTitle() throws {
    let header = { (title: String) in
        "title: \(title)\ncountry: ht\nlanguage: fr\ndate: 2020-05-12\nsource: s\ncompleteness: c\n\nArticle 1er.- Texte.\n"
    }
    #expect(try importer.importText(header("Loi du 12 mai 2020 portant sur la cybercriminalité")).corpusPath
        == "ht/act-2020-loi-du-12-mai-2020-portant-sur-la-cybercriminalite.xml")
    #expect(try importer.importText(header("Loi n° 2020-575 du 12 mai 2020")).corpusPath == "ht/act-2020-2020-575.xml")
    #expect(try importer.importText(header("Ley 1273 de 2009 (enero 5)")).corpusPath == "ht/act-2020-1273.xml")
}

@Test("headings: inline after the number, run into the text, or on the number's line")
func headingForms() throws {
    let body = """
        Artículo 1°.- Acceso ilícito. El que accediere será castigado.
        Artículo 2. Fraude informático El que procura un provecho ilícito será reprimido.
        Artículo 3.- Objeto
        La presente ley tiene por objeto prevenir.
        ARTÍCULO 4 . Ofrecimiento, venta o compra de instrumento apto para interceptar . El que ofrezca será castigado.
        Artículo 5.- Comuníquese al Poder Ejecutivo. Dada en la sala.
        Artículo 6.- El que, sin autorización, acceda. Será castigado.
        """
    let headings = try importBody(body).document.provisions.map(\.heading)
    #expect(headings == [
        "Acceso ilícito.", "Fraude informático", "Objeto",
        "Ofrecimiento, venta o compra de instrumento apto para interceptar .", nil, nil,
    ])
}

@Test("dispositions numbered by an ordinal word are provisions, except as items a line announces")
func ordinalDispositions() throws {
    let body = """
        Artículo 1.- Objeto de la ley.
        Se declara:
        PRIMERO. Que el texto es conforme.

        ÚNICA. Normativa adicional El Poder Ejecutivo emite la normativa.
        """
    let provisions = try importBody(body).document.provisions
    #expect(provisions.map(\.num) == ["1", "ÚNICA"])
    #expect(provisions[0].text.contains("PRIMERO. Que el texto es conforme."))
}
