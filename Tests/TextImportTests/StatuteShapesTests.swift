import AkomaNtoso
import Foundation
import Testing
import TextImport

/// Shapes of statutes from drafting traditions beyond the Corpus, each written here in the printed shape of a real
/// code (the wording is abridged; the line shapes are the publishers'): the test is that they come out as numbered
/// provisions with their headings, never as unnumbered text.

private func importShaped(_ body: String, language: String, country: String = "xx") throws -> Importer.Result {
    let header = "title: Extract\ncountry: \(country)\nlanguage: \(language)\ndate: 2020-01-01\nsource: test\ncompleteness: partial\n\n"
    return try importer.importText(header + body, file: "extract.txt")
}

@Test("Belgian-style French code: a Latin suffix joined to the number (Art. 550bis, TITRE IXbis) and paragraphs § 1er, § 2")
func attachedLatinSuffixes() throws {
    let result = try importShaped("""
        LIVRE II. - DES INFRACTIONS ET DE LEUR RÉPRESSION EN PARTICULIER.
        TITRE IXbis. - Infractions contre la confidentialité, l'intégrité et la disponibilité des systèmes informatiques.
        Art. 550bis. § 1er. Celui qui, sachant qu'il n'y est pas autorisé, accède à un système informatique ou s'y maintient, est puni d'un emprisonnement de trois mois à un an.
        § 2. Celui qui, avec une intention frauduleuse, outrepasse son pouvoir d'accès à un système informatique, est puni d'un emprisonnement de six mois à deux ans.
        Art. 550ter. § 1er. Celui qui, sachant qu'il n'y est pas autorisé, introduit dans un système informatique, modifie ou efface des données, est puni d'un emprisonnement de six mois à trois ans.
        """, language: "fr")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["550bis", "550ter"])
    #expect(provisions.first?.ancestors.last?.num == "TITRE IXbis. -")
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
    #expect(XMLWriter().string(for: result.document).contains(#"<num>§ 2.</num>"#))
}

@Test("Canada's consolidations, in French too: marginal heading above, `342.1 (1)` on one line, paragraphs `a)`")
func canadianFrenchSections() throws {
    let result = try importShaped("""
        Utilisation non autorisée d’ordinateur
        342.1 (1) Quiconque, frauduleusement et sans apparence de droit :
        a) directement ou indirectement, obtient des services d’ordinateur;
        b) au moyen d’un dispositif électromagnétique, acoustique, mécanique ou autre, intercepte ou fait intercepter toute fonction d’un ordinateur;
        est coupable d’un acte criminel passible d’un emprisonnement maximal de dix ans.
        Définitions
        (2) Les définitions qui suivent s’appliquent au présent article.
        Méfait concernant des données informatiques
        430 (1.1) Commet un méfait quiconque volontairement, selon le cas :
        a) détruit ou modifie des données informatiques;
        b) dépouille des données informatiques de leur sens, les rend inutiles ou inopérantes;
        """, language: "fr", country: "ca")
    #expect(result.tradition == "commonwealth")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["342.1", "430"])
    #expect(provisions.map(\.heading) == ["Utilisation non autorisée d’ordinateur", "Méfait concernant des données informatiques"])
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"eId="sec_342.1__subsec_1__para_b""#))
    #expect(xml.contains(#"eId="sec_430__subsec_1.1__para_a""#))
}

@Test("US state codes: a section number alone on its line (`502.`) with its subdivisions (a), (b)(1) below")
func stateCodeSectionNumberAlone() throws {
    let result = try importShaped("""
        PART 1. OF CRIMES AND PUNISHMENTS
        TITLE 13. OF CRIMES AGAINST PROPERTY
        502.
        (a) It is the intent of the Legislature in enacting this section to expand the degree of protection afforded to individuals from unauthorized access to lawfully created computer data and computer systems.
        (c) Except as provided in subdivision (h), any person who commits any of the following acts is guilty of a public offense:
        (1) Knowingly accesses and without permission alters, damages, deletes, destroys, or otherwise uses any data, computer, computer system, or computer network.
        (2) Knowingly accesses and without permission takes, copies, or makes use of any data from a computer, computer system, or computer network.
        502.01.
        (a) As used in this section:
        (1) "Property subject to forfeiture" means any property of the defendant that is illegal telecommunications equipment.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    #expect(result.document.provisions.map(\.num) == ["502", "502.01"])
    #expect(XMLWriter().string(for: result.document).contains(#"eId="part_1__title_13__sec_502__subsec_c__para_2""#))
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("US state codes: a section number alone on its line without its full stop (`502`, `502.7`), as copies print it; a smaller number there (a page number) is no section")
func stateCodeSectionNumberAloneWithoutFullStop() throws {
    let result = try importShaped("""
        502
        (a) It is the intent of the Legislature in enacting this section to expand the degree of protection afforded to individuals from unauthorized access to lawfully created computer data and computer systems.
        (c) Except as provided in subdivision (h), any person who commits any of the following acts is guilty of a public offense:
        (1) Knowingly accesses and without permission alters, damages, deletes, destroys, or otherwise uses any data, computer, computer system, or computer network.
        3
        (2) Knowingly accesses and without permission takes, copies, or makes use of any data from a computer, computer system, or computer network.
        502.7
        (a) Any person who, knowingly, willfully, and with intent to defraud a person providing telephone or telegraph service, avoids the lawful charge for that service is guilty of a public offense.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    #expect(result.document.provisions.map(\.num) == ["502", "502.7"])
    #expect(XMLWriter().string(for: result.document).contains(#"eId="sec_502__subsec_c__para_2""#))
}

@Test("US state codes: the section sign, the heading and the first sentence on one line (`§ 2. Computer damage. A person ...`)")
func stateCodeHeadingAndTextOnOneLine() throws {
    let result = try importShaped("""
        § 1. Unauthorized access. A person who knowingly accesses a computer without authorization commits an offense.
        § 2. Computer damage. A person who knowingly damages computer data commits an offense.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["1", "2"])
    #expect(provisions.map(\.heading) == ["Unauthorized access.", "Computer damage."])
    #expect(provisions.last?.text.hasPrefix("A person who knowingly damages") == true)
}

@Test("US state codes: a long first sentence or a first subsection after the heading, a `;` or commas in the heading, bracketed sections (`§701-106 Territorial applicability. (1) ...`, `[§707-752] ...`)")
func stateCodeHeadingBeforeLongTextOrSubsection() throws {
    let result = try importShaped("""
        §701-106 Territorial applicability. (1) Except as otherwise provided in this section, a person may be convicted under the law of this State of an offense committed by the person's own conduct or the conduct of another for which the person is legally accountable if:
        (a) Either the conduct or the result which is an element of the offense occurs within this State; or
        (b) Conduct occurring outside the State is sufficient under the law of this State to constitute an attempt to commit an offense within the State.
        §702-222 Liability for conduct of another; complicity. A person is an accomplice of another person in the commission of an offense if, with the intention of promoting or facilitating the commission of the offense, the person aids or agrees or attempts to aid the other person in planning or committing it.
        [§708-895.7] Unauthorized computer access in the third degree. (1) A person commits the offense of unauthorized computer access in the third degree if the person knowingly accesses a computer, computer system, or computer network without authorization.
        (2) Unauthorized computer access in the third degree is a class C felony.
        §803-42 Interception, access, and disclosure of wire, oral, or electronic communications, use of pen register, trap and trace device, and mobile tracking device prohibited. (a) Except as otherwise specifically provided in this part, any person who intentionally intercepts any wire, oral, or electronic communication shall be guilty of a class C felony.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    let provisions = result.document.provisions
    #expect(provisions.map { Provision.cleanNumber($0.num ?? "") } == ["701-106", "702-222", "708-895.7", "803-42"])
    #expect(provisions.map(\.heading) == [
        "Territorial applicability.", "Liability for conduct of another; complicity.",
        "Unauthorized computer access in the third degree.",
        "Interception, access, and disclosure of wire, oral, or electronic communications, use of pen register, trap and trace device, and mobile tracking device prohibited.",
    ])
    #expect(provisions[1].text.hasPrefix("A person is an accomplice"))
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("articles, parts and chapters numbered by English words, as translations of Gulf States' laws print them (`Article Twenty-One`, `Part Two`)")
func englishNumbersInWords() throws {
    let result = try importShaped("""
        Part Two
        Crimes
        Chapter One
        (Crimes of Unauthorized Access)
        Article Two
        Whoever gains access to an information system without authorization shall be punished by imprisonment.
        Article Twenty-One
        Whoever intercepts a communication through the information network shall be punished by imprisonment.
        """, language: "en", country: "ae")
    #expect(result.document.provisions.map(\.num) == ["Two", "Twenty-One"])
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("`Arto.` opens an article, as Nicaragua's laws abbreviate the label")
func abbreviatedSpanishArticleLabel() throws {
    let result = try importShaped("""
        Arto. 245 Acceso y uso no autorizado de registros, archivos, bases de datos o sistemas informáticos
        Quien, indebidamente y sin autorización, acceda a un sistema informático o a una base de datos, será sancionado con prisión de uno a dos años.
        Arto. 246 Daño informático
        Quien destruya, borre, altere o inutilice datos informáticos sin autorización será sancionado con prisión de dos a cuatro años.
        """, language: "es", country: "ni")
    #expect(result.document.provisions.map { Provision.cleanNumber($0.num ?? "") } == ["245", "246"])
    #expect(result.document.provisions.map(\.heading) == [
        "Acceso y uso no autorizado de registros, archivos, bases de datos o sistemas informáticos", "Daño informático",
    ])
}

@Test("US state codes: a heading with `;` that ends with a full stop, alone on the section sign's line (`§ 18.2-152.4. Computer trespass; penalty.`)")
func stateCodeHeadingWithSemicolonAlone() throws {
    let result = try importShaped("""
        § 18.2-152.4. Computer trespass; penalty.
        A. It is unlawful for any person, with malicious intent, and without authority, to:
        1. Temporarily or permanently remove, halt, or otherwise disable any computer data from a computer or computer network;
        2. Cause a computer to malfunction, regardless of how long the malfunction persists.
        B. Any person who violates this section is guilty of computer trespass, which is a Class 1 misdemeanor.
        § 18.2-152.5. Computer invasion of privacy.
        A. A person is guilty of the crime of computer invasion of privacy when he uses a computer and intentionally examines without authority any financial information.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    #expect(result.document.provisions.map { Provision.cleanNumber($0.num ?? "") } == ["18.2-152.4", "18.2-152.5"])
    #expect(result.document.provisions.map(\.heading) == ["Computer trespass; penalty.", "Computer invasion of privacy."])
}

@Test("US state codes: the `S` that ASCII texts print for the section sign (`S 156.05 Unauthorized use of a computer. A person ...`)")
func stateCodeASCIISectionSign() throws {
    let result = try importShaped("""
        S 156.05 Unauthorized use of a computer. A person is guilty of unauthorized use of a computer when he knowingly uses or causes to be used a computer or computer service without authorization.
        Unauthorized use of a computer is a class A misdemeanor.
        S 156.10 Computer trespass. A person is guilty of computer trespass when he knowingly uses or causes to be used a computer or computer service without authorization and:
        1. he does so with an intent to commit or attempt to commit or further the commission of any felony; or
        2. he thereby knowingly gains access to computer material.
        Computer trespass is a class E felony.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    let provisions = result.document.provisions
    #expect(provisions.map { Provision.cleanNumber($0.num ?? "") } == ["156.05", "156.10"])
    #expect(provisions.map(\.heading) == ["Unauthorized use of a computer.", "Computer trespass."])
    #expect(provisions[0].text.hasPrefix("A person is guilty of unauthorized use"))
}

@Test("US state codes: a dotted section number without the section sign, before a heading that ends with a full stop (`9A.90.040 - Computer trespass in the first degree.`, `164.377 Computer crime. (1) ...`)")
func stateCodeDottedNumberWithoutSign() throws {
    let result = try importShaped("""
        9A.90.040 - Computer trespass in the first degree.
        (1) A person is guilty of computer trespass in the first degree if the person, without authorization, intentionally gains access to a computer system or electronic database of another.
        (2) Computer trespass in the first degree is a class C felony.
        9A.90.050 - Computer trespass in the second degree.
        (1) A person is guilty of computer trespass in the second degree if the person, without authorization, intentionally gains access to a computer system or electronic database of another under circumstances not constituting the offense in the first degree.
        164.377 Computer crime. (1) As used in this section, "computer" means an electronic device which performs logical, arithmetic or memory functions.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    let provisions = result.document.provisions
    #expect(provisions.map { Provision.cleanNumber($0.num ?? "") } == ["9A.90.040", "9A.90.050", "164.377"])
    #expect(provisions.map(\.heading) == [
        "Computer trespass in the first degree.", "Computer trespass in the second degree.", "Computer crime.",
    ])
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("US state codes: a title-chapter-section number joined by hyphens, without the section sign, under chapter headings (`5-41-104. Computer trespass.`)")
func stateCodeHyphenatedNumberWithoutSign() throws {
    let result = try importShaped("""
        CHAPTER 41
        COMPUTERS, COMPUTER SYSTEMS, AND NETWORKS
        5-41-103. Computer fraud.
        (a) A person commits computer fraud if the person intentionally accesses or causes to be accessed any computer, computer system, or computer network for the purpose of devising or executing any scheme or artifice to defraud.
        (b) Computer fraud is a Class D felony.
        5-41-104. Computer trespass.
        (a) A person commits computer trespass if the person intentionally and without authorization accesses, alters, deletes, damages, destroys, or disrupts any computer, computer system, computer network, computer program, or data.
        18-5.5-102. Cybercrime.
        (1) A person commits cybercrime if the person knowingly accesses a computer without authorization.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    let provisions = result.document.provisions
    #expect(provisions.map { Provision.cleanNumber($0.num ?? "") } == ["5-41-103", "5-41-104", "18-5.5-102"])
    #expect(provisions.map(\.heading) == ["Computer fraud.", "Computer trespass.", "Cybercrime."])
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("US state codes: a title and section joined by one hyphen or a colon, a heading with no full stop (`13-2316. Computer tampering; venue`, `2C:20-25.`, `638:17`)")
func stateCodeSingleHyphenAndColonNumbers() throws {
    let result = try importShaped("""
        CHAPTER 23
        ORGANIZED CRIME, FRAUD AND TERRORISM
        13-2316. Computer tampering; venue; forfeiture; classification
        A. A person who acts without authority or who exceeds authorization of use commits computer tampering by knowingly accessing a computer.
        21-5839. Unlawful acts concerning computers.
        (a) It is unlawful for any person to knowingly and without authorization access any computer.
        2C:20-25. Computer criminal activity; degree of crime; sentencing.
        A person is guilty of computer criminal activity if the person purposely or knowingly and without authorization accesses any data.
        638:17 Computer Related Offenses.
        I. A person is guilty of the computer crime of unauthorized access if the person knowingly accesses any computer.
        """, language: "en", country: "us")
    #expect(result.tradition == "us-code")
    let provisions = result.document.provisions
    #expect(provisions.map { Provision.cleanNumber($0.num ?? "") } == ["13-2316", "21-5839", "2C:20-25", "638:17"])
    #expect(provisions.first?.heading == "Computer tampering; venue; forfeiture; classification")
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("US state codes: the code's abbreviation before the number (`NRS 205.4765`), title letters in a labelled number (`Sec. 53a-251.`), the section sign and number alone on a line (`§7–302.`)")
func stateCodeAbbreviationsLabelsAndBareSigns() throws {
    let nevada = try importShaped("""
        NRS 205.4765 Unlawful acts regarding computers: Generally; penalties.
        1. Except as otherwise provided in subsection 6, a person who knowingly, willfully and without authorization modifies, damages, destroys, discloses, uses, transfers, conceals, takes, retains possession of, copies, obtains or attempts to obtain access to data is guilty of a misdemeanor.
        NRS 205.477 Unlawful interference with or denial of access to or use of computers; penalties.
        1. Except as otherwise provided in subsection 3, a person who knowingly, willfully and without authorization interferes with, denies or causes the denial of access to a computer is guilty of a misdemeanor.
        """, language: "en", country: "us")
    #expect(nevada.document.provisions.map { Provision.cleanNumber($0.num ?? "") } == ["205.4765", "205.477"])
    let connecticut = try importShaped("""
        Sec. 53a-250. Definitions.
        For the purposes of this part and section 52-570b: (1) "Access" means to instruct, communicate with, store data in or retrieve data from a computer.
        Sec. 53a-251. Computer crime.
        (a) A person commits computer crime when he violates any of the provisions of this section.
        """, language: "en", country: "us")
    #expect(connecticut.tradition == "us-code")
    #expect(connecticut.document.provisions.map { Provision.cleanNumber($0.num ?? "") } == ["53a-250", "53a-251"])
    let maryland = try importShaped("""
        §7–302.
        (a) In this section the following words have the meanings indicated.
        (c) A person may not intentionally, willfully, and without authorization access a computer.
        §7–303.
        (a) A person may not knowingly possess or use ransomware with the intent to use the ransomware for the purpose of introduction into a computer.
        """, language: "en", country: "us")
    #expect(maryland.document.provisions.map { Provision.cleanNumber($0.num ?? "") } == ["7–302", "7–303"])
    let virginia = try importShaped("""
        § 18.2-152.3. Computer fraud; penalty.
        Any person who uses a computer or computer network, without authority and obtains property or services by false pretenses is guilty of the crime of computer fraud.
        § 18.2-152.3:1. Transmission of unsolicited commercial electronic mail (spam); penalty.
        A. Any person who with the intent to falsify or forge electronic mail transmission information transmits unsolicited commercial electronic mail is guilty of a Class 1 misdemeanor.
        """, language: "en", country: "us")
    #expect(virginia.document.provisions.map { Provision.cleanNumber($0.num ?? "") } == ["18.2-152.3", "18.2-152.3:1"])
}

@Test("a rubric in brackets before the text is the article's heading: `ARTÍCULO 363 bis.- (MANIPULACIÓN INFORMÁTICA). El que ...`")
func bracketedRubrics() throws {
    let result = try importShaped("""
        CAPÍTULO XI
        DELITOS INFORMÁTICOS
        ARTÍCULO 363 bis.- (MANIPULACIÓN INFORMÁTICA). El que con la intención de obtener un beneficio indebido para sí o un tercero, manipule un procesamiento o transferencia de datos informáticos, será sancionado con reclusión de uno a cinco años.
        ARTÍCULO 363 ter.- (ALTERACIÓN, ACCESO Y USO INDEBIDO DE DATOS INFORMÁTICOS). El que sin estar autorizado se apodere, acceda, utilice, modifique, suprima o inutilice datos almacenados en una computadora, será sancionado con multa.
        ARTÍCULO 364.- (Modificado por la Ley 1768 de 1997). El que ...
        """, language: "es")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["363 bis", "363 ter", "364"])
    #expect(provisions.map(\.heading) == [
        "(MANIPULACIÓN INFORMÁTICA).", "(ALTERACIÓN, ACCESO Y USO INDEBIDO DE DATOS INFORMÁTICOS).", nil,
    ])
    #expect(provisions[0].text.hasPrefix("El que con la intención"))
}

@Test("an editorial note where the heading would stand is a note: `Article 389-1 .- (Créé par la loi n° 1.435 du 8 novembre 2016 )`")
func editorialNotesOnTheArticleLine() throws {
    let result = try importShaped("""
        Article 389-1 .- (Créé par la loi n° 1.435 du 8 novembre 2016 )

        Quiconque aura accédé ou se sera maintenu, frauduleusement, dans tout ou partie d'un système d'information sera puni d'un emprisonnement de deux ans.

        Article 389-2 .- (Section créée par la loi n° 1.435 du 8 novembre 2016 )

        Quiconque aura, frauduleusement, entravé ou faussé le fonctionnement d'un système d'information sera puni d'un emprisonnement de cinq ans.
        """, language: "fr")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["389-1", "389-2"])
    #expect(provisions.map(\.heading) == [nil, nil])
    #expect(provisions[0].text.contains("Quiconque aura accédé"))
}

@Test("Commonwealth marginal notes printed as a sentence above the section are its heading, not the text before")
func marginalNotesAsSentences() throws {
    let result = try importCommonwealth("""
        PART II. Offences

        Unauthorised access to computer program or data.
        3.—(1) Subject to subsection (2), a person commits an offence if that person knowingly obtains any unauthorised access to any program or data held in a computer.

        (2) Subsection (1) does not apply to a person who is authorised to obtain access to the program or data.

        Access with intent to commit or facilitate commission of offence.
        4.—(1) A person commits an offence if that person knowingly obtains any unauthorised access to any program or data held in a computer, with intent to commit an offence.

        This section applies to offences under any law.

        5.—(1) A person who commits an offence under this Part is liable to a fine.
        """)
    let sections = result.document.provisions
    #expect(sections.map(\.num) == ["3", "4", "5"])
    #expect(sections.map(\.heading) == [
        "Unauthorised access to computer program or data.", "Access with intent to commit or facilitate commission of offence.", nil,
    ])
    // A sentence spaced like the paragraphs around it stays in the section before.
    #expect(sections[1].text.contains("This section applies to offences under any law."))
}

@Test("an imported text records the name of its source file as an FRBR alias, so a table named after it is found")
func sourceFileStemRecorded() throws {
    let text = "title: Ley de prueba\ncountry: xx\nlanguage: es\ndate: 2020-01-01\nsource: test\ncompleteness: complete\n\nArtículo 1.- Texto.\n"
    let result = try importer.importText(text, file: "/somewhere/xx-ley-de-prueba.txt")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<FRBRalias value="xx-ley-de-prueba" name="sourceFile"/>"#))
    #expect(!XMLWriter().string(for: try importer.importText(text).document).contains("sourceFile"))
}

@Test("A publisher's fixed-width wrapping (Uruguay's IMPO): lines cut mid-sentence are one paragraph; list items are not")
func wrappedLinesRejoined() throws {
    let result = try importShaped("""
        Artículo 1
        (Fabricación o producción de material pornográfico con utilización de
        personas menores de edad o incapaces). El que de cualquier forma
        fabricare o produjere material pornográfico utilizando a personas menores
        de edad, será castigado con pena de veinticuatro meses de prisión.
        Artículo 2
        Cada Parte adoptará las medidas para afirmar su jurisdicción cuando el delito se cometa:
        a. en su territorio; o
        b. a bordo de un buque que ice la bandera de dicha Parte.
        """, language: "es")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains("<p>(Fabricación o producción de material pornográfico con utilización de personas menores de edad o incapaces). El que de cualquier forma fabricare o produjere material pornográfico utilizando a personas menores de edad, será castigado con pena de veinticuatro meses de prisión.</p>"))
    #expect(xml.contains("<p>a. en su territorio; o</p>"))
    #expect(xml.contains("<p>b. a bordo de un buque que ice la bandera de dicha Parte.</p>"))
}

@Test("Australian Criminal Code: decimal parts and sections (Part 10.7, 478.2 ... etc.), a cross-reference line is text")
func australianDecimalNumbering() throws {
    let result = try importShaped("""
        Part 10.7—Computer offences
        Division 476—Preliminary
        476.3 Geographical jurisdiction
        Section 15.1 (extended geographical jurisdiction—Category A) applies to offences under this Part.
        Division 478—Other computer offences
        478.2 Unauthorised impairment of data held on a computer disk etc.
        (1) A person is guilty of an offence if the person causes any unauthorised impairment of the reliability, security or operation of data held on a computer disk. Penalty: 2 years imprisonment.
        478.3 Possession or control of data with intent to commit a computer offence
        (1) A person is guilty of an offence if the person has possession or control of data. Penalty: 3 years imprisonment.
        """, language: "en", country: "au")
    let provisions = result.document.provisions
    #expect(provisions.map(\.num) == ["476.3", "478.2", "478.3"])
    #expect(provisions.first?.ancestors.first?.num == "Part 10.7—")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains("<p>Section 15.1 (extended geographical jurisdiction—Category A) applies to offences under this Part.</p>"))
}

@Test("Spain's Código Penal: a book's heading on the line below its label, full stop and all")
func groupingHeadingWithAFullStop() throws {
    let result = try importShaped("""
        LIBRO I
        Disposiciones generales sobre los delitos, las personas responsables, las penas, medidas de seguridad y demás consecuencias de la infracción penal.
        TÍTULO I. De la infracción penal
        Artículo 16.
        1. Hay tentativa cuando el sujeto da principio a la ejecución del delito directamente por hechos exteriores.
        """, language: "es")
    let book = try #require(result.document.provisions.first?.ancestors.first)
    #expect(book.num == "LIBRO I")
    #expect(book.heading?.hasSuffix("de la infracción penal.") == true)
    #expect(!result.diagnostics.contains { $0.message.contains("outside any article") })
}

@Test("A Commonwealth amending act: the sections its schedules insert into other acts are provisions (3LA, 201A)")
func amendingSchedulesHoldProvisions() throws {
    let result = try importShaped("""
        1 Short title
        This Act may be cited as the Cybercrime Act 2001.
        Schedule 2—Amendment of other Acts
        Crimes Act 1914
        3LA Person with knowledge of a computer or a computer system to assist access etc.
        (1) The executing officer may apply to a magistrate for an order requiring a specified person to provide any information or assistance that is reasonable and necessary to allow the officer to access data held in a computer that is on warrant premises.
        Customs Act 1901
        201A Person with knowledge of a computer or a computer system to assist access etc.
        (1) An executing officer may apply to a magistrate for an order requiring a specified person to provide any information or assistance.
        Schedule 3—Forms
        1. Form of warrant
        """, language: "en", country: "au")
    #expect(result.document.provisions.map(\.num) == ["1", "3LA", "201A"])
    #expect(result.document.provisions.dropFirst().allSatisfy { $0.ancestors.first?.heading == "Schedule 2—Amendment of other Acts" })
}

@Test("A French-language code that inserts articles into the code of criminal procedure: 'un article 78 bis rédigé comme suit'")
func frenchInsertionRedigeCommeSuit() throws {
    let result = try importShaped("""
        Article 591 : Injonction de conserver et de protéger l'intégrité des données informatiques
        Il est inséré dans le code de procédure pénale, un article 78 bis rédigé comme suit :
        « L'officier de police judiciaire peut ordonner à une personne de conserver et de protéger l'intégrité des données informatiques stockées dans un système informatique. »
        """, language: "fr", country: "bj")
    let inserted = try #require(result.document.provisions.first { $0.host != nil })
    #expect(inserted.num == "78bis" || inserted.num == "78 bis")
    #expect(inserted.host?.title == "code de procédure pénale")
    #expect(inserted.host?.insertedByHeading == "Injonction de conserver et de protéger l'intégrité des données informatiques")
}

@Test("A translated German-model code: 'Section 202a Heading' with a lower-case letter, and its numbered list items")
func translatedCodeSectionsWithLetteredNumbersAndNumberedLists() throws {
    let result = try importShaped("""
        Chapter Twenty-seven
        Section 303a Data tampering
        (1) Whosoever unlawfully deletes, suppresses, renders unusable or alters data shall be liable to imprisonment not exceeding two years or a fine.
        Section 303b Computer sabotage
        (1) Whosoever interferes with data processing operations which are of substantial importance to another by
        1. committing an offence under section 303a (1); or
        2. entering or transmitting data with the intention of causing damage to another
        shall be liable to imprisonment not exceeding three years or a fine.
        """, language: "en", country: "de")
    #expect(result.document.provisions.map(\.num) == ["303a", "303b"])
    #expect(result.document.provisions.last?.heading == "Computer sabotage")
    #expect(result.document.provisions.last?.text.contains("entering or transmitting data") == true)
}

@Test("An English amending section quoting whole sections of an ordinance: they are the ordinance's, and the act's next section stays its own")
func englishAmendmentQuotingSectionsOfAnOrdinance() throws {
    let result = try importShaped("""
        Offence
        2. A person who unlawfully penetrates a computer shall be liable to imprisonment for three years.
        Amendment to the Evidence Ordinance
        3. In the Evidence Ordinance,
        (1) Sections 35 and 36 shall be replaced by the following:
        “Definitions
        35. In this article – "output" - as defined in the Computers Law;
        Admissibility of an institutional record
        36. An institutional record will constitute admissible evidence.”
        (2) Section 37 shall be deleted.
        Commencement
        4. This Law shall come into force three months from the date of its publication.
        """, language: "en", country: "il")
    let provisions = result.document.provisions
    #expect(provisions.filter { $0.host == nil }.map(\.num) == ["2", "3", "4"])
    #expect(provisions.filter { $0.host != nil }.map(\.num) == ["35", "36"])
    #expect(provisions.first { $0.num == "35" }?.host?.title == "Evidence Ordinance")
}

@Test("A translated Gulf-state law: 'Article (1)' numbers its articles in parentheses, the definitions follow as term lines")
func translatedLawWithParenthesisedArticleNumbers() throws {
    let result = try importShaped("""
        Article (1)
        In the implementation of the provisions of this Law, the following words and expressions shall have the meanings respectively assigned thereto, unless the context requires otherwise:
        Information System:
        A set of software and hardware used to create, extract, send, receive, view, process or store information.
        Article (2)
        Any person who by any information technology means has an unlawful access to an information system shall be punished by imprisonment for a period not exceeding three (3) years.
        Article (3)
        A sentence of not more than two years in prison shall be imposed on any person who unlawfully and intentionally intercepts any data being transmitted through an information network.
        """, language: "en", country: "qa")
    #expect(result.document.provisions.map(\.num) == ["1", "2", "3"])
    #expect(result.document.provisions.first?.text.contains("Information System:") == true)
}
