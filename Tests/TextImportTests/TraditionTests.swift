import AkomaNtoso
import Foundation
import Testing
import TextImport

/// Drafting traditions: recognised from the text, read with their own shapes. The Commonwealth conventions below
/// are written from the published drafting conventions of Caribbean and African acts and bills (no official bill
/// with every feature was available as a fixture): sections `1.`, `4.(1)`, `4.—(1)` under marginal headings, an
/// Arrangement of Sections, an enacting formula, PART headings, a Schedule and Objects and Reasons.

func importCommonwealth(_ body: String, title: String = "The Computer Misuse Bill, 2024") throws -> Importer.Result {
    let header = """
        title: \(title)
        country: tt
        language: en
        date: 2024-01-01
        source: test
        completeness: complete
        """
    return try importer.importText(header + "\n\n" + body, file: "bill.txt")
}

@Test("each law is read in the tradition its lines show", arguments: [
    ("ca-criminal-code-cyber.txt", "commonwealth"), ("ke-computer-misuse-cybercrimes-act-2018.txt", "commonwealth"),
    ("ph-ra-10175-2012.txt", "us-code"), ("fr-cp-cyber.txt", "civil-law"), ("es-lecrim-588.txt", "civil-law"),
    ("br-lei-9296-1996.txt", "civil-law"), ("cl-ley-21459.txt", "civil-law"), ("mx-cpf-211bis.txt", "civil-law"),
])
func traditionDetected(file: String, tradition: String) throws {
    #expect(try importLaw(file).tradition == tradition)
}

@Test("section titles that end in a full stop, as East African gazettes print them, show the Commonwealth tradition")
func commonwealthTitlesWithFullStop() throws {
    let body = """
        PART I—PRELIMINARY.
        1. Short title.
        This Act may be cited as the Computer Misuse Act.
        2. Unauthorised access.
        (1) A person who intentionally accesses a computer without authority commits an offence.
        (2) A person who commits an offence under subsection (1) is liable on conviction to a fine.
        3. Unauthorised modification.
        A person who does any act which causes an unauthorised modification of the contents of any computer commits an offence.
        """
    let result = try importCommonwealth(body)
    #expect(result.tradition == "commonwealth")
    let sections = result.document.provisions.filter { $0.level == "section" }
    #expect(sections.map(\.num) == ["1", "2", "3"])
    #expect(sections.map(\.heading) == ["Short title.", "Unauthorised access.", "Unauthorised modification."])
}

@Test("a text whose cues show no tradition whose shapes find its provisions is read in the tradition that finds most, with a warning")
func traditionFallsBackToTheReadingThatFindsProvisions() throws {
    // Sections numbered `1.` with their text on the same line: no cue of any tradition, so the default one
    // (civil law) is detected, and its shapes find no article.
    let body = """
        1. This Act may be cited as the Computer Misuse Act, 2020.
        2. A person who intentionally accesses a computer without authority, commits an offence.
        3. A person who intentionally modifies data held in a computer without authority, commits an offence.
        """
    let result = try importCommonwealth(body)
    #expect(result.tradition == "commonwealth")
    #expect(result.document.provisions.filter { $0.level == "section" }.map(\.num) == ["1", "2", "3"])
    #expect(result.diagnostics.contains {
        $0.severity == .warning && $0.file == "bill.txt" && $0.message.contains("read in the commonwealth tradition")
    })
}

@Test("older United Kingdom prints: a bare section number and a title with a full stop, subsections with no space after the label")
func unitedKingdomPlainText() throws {
    let body = """
        1 Unauthorised access to computer material.
        (1)A person is guilty of an offence if—
        (a)he causes a computer to perform any function with intent to secure access to any program or data held in any computer;
        (b)the access he intends to secure is unauthorised.
        (2)The intent a person has to have to commit an offence under this section need not be directed at any particular program or data.
        3 Unauthorised acts with intent to impair, or with recklessness as to impairing, operation of computer, etc.
        (1)A person is guilty of an offence if he does any unauthorised act in relation to a computer.
        """
    let result = try importCommonwealth(body)
    #expect(result.tradition == "commonwealth")
    let sections = result.document.provisions.filter { $0.level == "section" }
    #expect(sections.map(\.num) == ["1", "3"])
    #expect(sections.first?.heading == "Unauthorised access to computer material.")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<subsection eId="sec_1__subsec_2">"#))
    #expect(xml.contains(#"<paragraph eId="sec_1__subsec_1__para_b">"#))
    #expect(xml.contains(#"<subsection eId="sec_3__subsec_1">"#))
}

@Test("a quoted numbered line with no amending formula before it is text of its section, and the sections after it follow")
func quotedItemIsNoSection() throws {
    let body = """
        26. Some section.
        27. The Schedule to the Extradition Law, No. 8 of 1977 is hereby amended by the insertion immediately before Part B thereof, of the following new item :
        "49. An offence committed in terms of the Computer Crimes Act, No. 24 of 2007".
        28. No civil or criminal action shall be instituted against an expert.
        29. Every expert shall be deemed to be a peace officer.
        """
    let result = try importCommonwealth(body)
    let sections = result.document.provisions.filter { $0.level == "section" }
    #expect(sections.map(\.num) == ["26", "27", "28", "29"])
    #expect(sections.first { $0.num == "27" }?.text.contains("An offence committed in terms of the Computer Crimes Act") == true)
}

@Test("a header may name the tradition; an unknown one is an error at its line")
func traditionHeaderOverride() throws {
    let text = "title: T\ncountry: xx\nlanguage: en\ndate: 2020-01-01\nsource: s\ncompleteness: c\ntradition: civil-law\n\n1. Short title\nThis Act may be cited as T.\n"
    #expect(try importer.importText(text).tradition == "civil-law")
    let wrong = text.replacingOccurrences(of: "tradition: civil-law", with: "tradition: common-law")
    #expect {
        try importer.importText(wrong, file: "law.txt")
    } throws: { error in
        "\(error)".contains("law.txt:7: error: unknown tradition 'common-law' (expected one of: civil-law, commonwealth, us-code)")
    }
}

@Test("Commonwealth: Arrangement of Sections kept as a table of contents; sections with marginal headings and (1)/(a)/(i)")
func commonwealthBill() throws {
    let body = """
        ARRANGEMENT OF SECTIONS
        PART I
        PRELIMINARY
        1. Short title
        2. Interpretation
        PART II
        OFFENCES
        3. Illegal access
        3A. Illegal remaining
        SCHEDULE
        AN ACT to provide for the creation of offences related to the misuse of computers.
        BE IT ENACTED by the Parliament as follows:
        PART I
        PRELIMINARY
        Short title
        1. This Act may be cited as the Computer Misuse Act, 2024.
        Interpretation
        2. In this Act—
        "computer system" means a device or a group of interconnected devices which performs automatic processing of data;
        "data" includes a program.
        PART II
        OFFENCES
        Illegal access
        3.(1) A person who intentionally and without lawful excuse accesses a computer system commits an offence.
        (2) A person who commits an offence under subsection (1) is liable—
        (a) on summary conviction, to a fine; or
        (b) on conviction on indictment, to imprisonment—
        (i) for a first offence, for five years; or
        (ii) for a subsequent offence, for ten years.
        Illegal remaining
        3A.—(1) A person who intentionally remains in a computer system without lawful excuse commits an offence.
        SCHEDULE
        (Section 2)
        Consequential amendments
        1. The Evidence Act is amended in section 2 by deleting the definition of "computer".
        OBJECTS AND REASONS
        This Bill seeks to provide for offences against computer systems.
        """
    let result = try importCommonwealth(body)
    #expect(result.tradition == "commonwealth")
    let provisions = result.document.provisions
    // The table lists 1, 2, 3, 3A and the schedule: none of its lines is a provision; the schedule's `1.` neither.
    #expect(provisions.map(\.num) == ["1", "2", "3", "3A"])
    #expect(provisions.map(\.heading) == ["Short title", "Interpretation", "Illegal access", "Illegal remaining"])
    #expect(provisions[2].ancestors.first?.heading == "OFFENCES")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<toc eId="toc">"#))
    #expect(xml.contains(##"<tocItem href="#part_II__sec_3A" level="2">3A. Illegal remaining</tocItem>"##))
    #expect(xml.contains(#"<formula name="enactingFormula"><p>BE IT ENACTED by the Parliament as follows:</p></formula>"#))
    #expect(xml.contains(#"eId="part_II__sec_3__subsec_2__para_b__subpara_ii""#))
    #expect(xml.contains(#"eId="part_II__sec_3A__subsec_1""#))
    #expect(xml.contains(#"<hcontainer eId="hcontainer_1" name="schedule"><heading>SCHEDULE</heading>"#))
    #expect(xml.contains(#"<container eId="conclusions__container_1" name="explanatoryNote"><p>OBJECTS AND REASONS</p>"#))
    let text = try LawText(parsing: "title: t\ncountry: tt\nlanguage: en\ndate: 2024-01-01\nsource: s\ncompleteness: c\n\n" + body).body
    #expect(squeezed(text.map(\.text).joined()) == squeezed(ReadingOrder.text(of: result.document)))
    let schema = try #require(strictSchema)
    #expect(DocumentValidator(schema: schema).validate(Data(xml.utf8), file: "bill.xml").outcome == .valid)
}

@Test("Commonwealth: a section printed as one paragraph is split at its (1), (a), (i) and its run-in definitions, and says so")
func flattenedSectionSplit() throws {
    let body = """
        1. Short title
        This Act may be cited as the Test Act.
        2. Interpretation
        In this Act— "computer" means a device that— (a) processes data; or (b) stores data; "data" includes a program.
        3. Unauthorised access
        (1) A person who accesses a computer without authority commits an offence. (2) Subsection (1) does not apply to— (a) a person acting under section 5; or (b) a person authorised under paragraphs (a) and (b) of section 6.
        """
    let result = try importCommonwealth(body)
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<p>"data" includes a program.</p>"#))
    #expect(xml.contains(#"eId="sec_2__para_b""#))
    #expect(xml.contains(#"eId="sec_3__subsec_2__para_b""#))
    // A citation of paragraphs stays in the text.
    #expect(xml.contains("a person authorised under paragraphs (a) and (b) of section 6."))
    #expect(!xml.contains(#"eId="sec_3__subsec_2__para_b__para_a""#))
    let warning = try #require(result.diagnostics.first { $0.message.contains("run into one line") })
    #expect(warning.description.hasPrefix("bill.txt:11:1: warning: 2 section(s)"))
}

@Test("a numbered line inside a section is not a section unless it continues the sections' numbering")
func numberedSectionsInSequence() throws {
    let body = """
        1. Short title
        This Act may be cited as the Test Act.
        5. Offences
        The following are offences:
        2. Nothing in this Act applies to the State.
        6. Penalties
        A person is liable to a fine.
        6A. Inserted section
        Text of an inserted section.
        """
    let provisions = try importCommonwealth(body).document.provisions
    #expect(provisions.map(\.num) == ["1", "5", "6", "6A"])
}

@Test("US tradition: section headings end at a dash; (a), (1), (i), (aa) nest in the order printed")
func philippineSections() throws {
    let provisions = try importLaw("ph-ra-10175-2012.txt").document.provisions
    #expect(provisions.count == 31)
    #expect(provisions[3].heading == "Cybercrime Offenses. —")
    #expect(provisions[28].heading == "Separability Clause —")
    let xml = XMLWriter().string(for: try importLaw("ph-ra-10175-2012.txt").document)
    #expect(xml.contains(#"<paragraph eId="chp_II__sec_4__subsec_a__para_1"><num>(1)</num><heading>Illegal Access. —</heading>"#))
    #expect(xml.contains(#"eId="chp_II__sec_4__subsec_a__para_5__cls_i__point_bb""#))
    #expect(xml.contains(#"eId="chp_II__sec_4__subsec_a__para_6__cls_iii""#))
}

@Test("Kenya: each flattened section comes out with its heading, subsections and paragraphs")
func kenyanSections() throws {
    let result = try importLaw("ke-computer-misuse-cybercrimes-act-2018.txt")
    #expect(result.corpusPath == "ke/act-2018-5.xml")
    let sections = result.document.provisions
    #expect(sections.count == 70)
    #expect(sections.first { $0.num == "14" }?.heading == "Unauthorised access")
    #expect(sections.first { $0.num == "46A" }?.heading == "Further court orders")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"eId="part_III__sec_14__subsec_2__para_b""#))
    #expect(xml.contains(#"<p>"Authority" means the Communications Authority of Kenya;</p>"#))
}

@Test("civil-law numbers: Artigo 3.º, Art. L. 34-1, Article 434-15-2, 588 ter a, ARTICULO 274 \"A\", Sección 1.ª")
func civilLawNumberForms() throws {
    let portuguese = try importBody("Artigo 3.º\nO presente diploma aplica-se.\nArtigo 4.º\nRevoga-se.", language: "pt")
    #expect(portuguese.document.provisions.map(\.num) == ["3.º", "4.º"])
    let french = try importBody("Art. L. 34-1. - I. Le présent article s'applique.\nArticle 434-15-2\nEst puni le fait.", language: "fr")
    #expect(french.document.provisions.map(\.num) == ["L. 34-1", "434-15-2"])
    let spanish = try importBody("""
        Sección 1.ª Disposiciones generales
        Artículo 588 ter a. Presupuestos.
        La autorización podrá concederse.
        ARTICULO 274 "A". Destrucción de registros informáticos.
        Será sancionado con prisión.
        """)
    #expect(spanish.document.provisions.map(\.num) == ["588 ter a", "274 \"A\""])
    #expect(spanish.document.provisions.first?.ancestors.first?.num == "Sección 1.ª")
}

@Test("a dash after the number or the heading label is a separator: `1.- This Act`, `PART I.- PRELIMINARY`, `CAPÍTULO I.- DISPOSICIONES`")
func dashSeparatorsAfterNumbers() throws {
    let bill = try importCommonwealth("""
        PART I.- PRELIMINARY
        1.- This Act may be cited as the Cybercrime Act, 2017.
        2.— This Act comes into operation on such date as is fixed by the President by Proclamation.
        PART II.- OFFENCES
        5.- (1) A person who, intentionally and without lawful excuse or justification, accesses a computer system commits an offence.
        (2) A person who commits an offence under subsection (1) is liable on summary conviction to a fine.
        """)
    let sections = bill.document.provisions
    #expect(sections.map(\.num) == ["1", "2", "5"])
    #expect(sections.map { $0.ancestors.first?.heading } == ["PRELIMINARY", "PRELIMINARY", "OFFENCES"])
    #expect(sections[0].text.hasPrefix("This Act may be cited"))
    let code = try importer.importText("""
        title: Ley de prueba
        country: xx
        language: es
        date: 2020-01-01
        source: test
        completeness: complete

        CAPÍTULO I.- DISPOSICIONES GENERALES
        Artículo 1.- Objeto. La presente ley tiene por objeto tipificar los delitos informáticos.
        """)
    #expect(code.document.provisions.first?.ancestors.first?.heading == "DISPOSICIONES GENERALES")
}

@Test("a code promulgated by a decree printed before it: after the decree's closing formula, the code's own titles and articles are law")
func codeAnnexedToItsPromulgatingDecree() throws {
    let articles = (1...22).map { "Artículo \($0).- Disposición \($0) del código: será reprimido el que infrinja esta regla." }
    let result = try importBody("""
        Artículo 1.- Promúlgase el Código Penal, según el texto adjunto.
        POR TANTO:
        Mando se publique y cumpla.
        Dado en la Casa de Gobierno, a los tres días del mes de abril.
        CÓDIGO PENAL
        TÍTULO I
        DE LA LEY PENAL
        \(articles.joined(separator: "\n"))
        """)
    let provisions = result.document.provisions
    #expect(provisions.count == 23)
    #expect(provisions.last?.text.contains("Disposición 22 del código") == true)
    #expect(provisions.dropFirst().first?.ancestors.first?.heading == "DE LA LEY PENAL")
    // The decree's closing stays its conclusions; a signature block followed by a few numbered items does not end them.
    let signed = try importBody("""
        Artículo 1.- Apruébase el reglamento adjunto.
        POR TANTO:
        Mando se publique y cumpla.
        ANEXO
        Artículo 1.- Primera regla del anexo.
        Artículo 2.- Segunda regla del anexo.
        """)
    #expect(signed.document.provisions.count == 1)
}

@Test("numbered paragraphs as many as the articles do not make a code Commonwealth: `Artículo 129-A.` keeps its letter")
func numberedParagraphsDoNotMakeACodeCommonwealth() throws {
    let paragraphs = (1...6).map { "\($0). Cuando concurra la circunstancia \($0)" }.joined(separator: "\n")
    let result = try importBody("""
        Artículo 127.- Será reprimido el que abandone a una persona.
        Artículo 128.- Será reprimido el que exponga a peligro la vida:
        \(paragraphs)
        Artículo 129.- La pena se agrava.
        Artículo 129-A.- Trata de personas. El que capta, transporta o retiene a otro será reprimido.
        Artículo 129-B.- La pena será no menor de doce años.
        Artículo 130.- Será reprimido el que injurie a otro.
        """)
    #expect(result.document.provisions.map(\.num) == ["127", "128", "129", "129-A", "129-B", "130"])
}

@Test("a marginal heading joined to its text by a full stop and a dash is a heading, commas and all, as Indian acts print it")
func headingJoinedToItsTextByADash() throws {
    let body = """
        43. Penalty and compensation for damage to computer, computer system, etc.–If any person without permission of the owner of a computer,–
        (a) accesses or secures access to such computer;
        (b) damages or causes to be damaged any computer or data,
        he shall be liable to pay damages by way of compensation to the person so affected.
        66. Computer related offences.–If any person, dishonestly or fraudulently, does any act referred to in section 43, he shall be punishable with imprisonment for a term which may extend to three years.
        """
    let result = try importCommonwealth(body)
    let sections = result.document.provisions.filter { $0.level == "section" }
    #expect(sections.map(\.num) == ["43", "66"])
    #expect(sections.first?.heading == "Penalty and compensation for damage to computer, computer system, etc.–")
    #expect(sections.first?.text.hasPrefix("If any person without permission") == true)
}
