import AkomaNtoso
import Foundation
import Testing
import TextImport

/// The numbers the importer found, `*` marking inserted articles, as in `expectedProvisionNumbers`.
func provisionNumbers(_ document: Document) -> String {
    document.provisions.map { ($0.num ?? "-") + ($0.host == nil ? "" : "*") }.joined(separator: " | ")
}

@Test("every law's provision numbers match the hand-checked list", arguments: lawFiles)
func provisionNumbersMatchPrintedText(file: String) throws {
    let expected = try #require(expectedProvisionNumbers[file], "no expected list for \(file): check it by hand and add it")
    #expect(provisionNumbers(try importLaw(file).document) == expected)
}

/// An independent reading: every line that opens with an article label and a number is an article the importer
/// found, with that number.
@Test("every line-initial article label is a provision", arguments: lawFiles)
func lineInitialLabelsAreProvisions(file: String) throws {
    let label = try NSRegularExpression(
        pattern: #"^[“"]?\s*(?:ART[ÍI]CULO|Art[íi]culo|Artigo|Art\.)\s+(\d+)"#)
    let found = Set(try importLaw(file).document.provisions.compactMap { $0.num?.prefix { $0.isNumber } }.map(String.init))
    for line in try LawText(parsing: try lawText(file)).body {
        let text = line.text
        guard let match = label.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { continue }
        #expect(found.contains(String(text[range])), "line \(line.number): \(text.prefix(40))")
    }
}

@Test("the amending laws show the code articles they insert, with their host")
func amendingLawsShowInsertedArticles() throws {
    let cases: [(file: String, num: String, abbreviation: String, insertedBy: String)] = [
        ("co-ley-1273-2009.txt", "269A", "CP", "1°"),
        ("co-ley-1273-2009.txt", "269J", "CP", "1°"),
        ("co-ley-1273-2009.txt", "37", "CPP", "3°"),
        ("ar-ley-26388.txt", "153 bis", "CP", "5º"),
        ("ar-ley-26388.txt", "157 bis", "CP", "8º"),
        ("py-ley-4439.txt", "146 b", "CP", "1"),
        ("py-ley-4439.txt", "248 b", "CP", "1"),
        ("pe-ley-32183-2024.txt", "200", "CP", "1"),
        ("pe-dl-1625-2024.txt", "158", "CP", "3"),
        ("pe-dl-1591-2023.txt", "9", "L", "2"),
        ("cl-ley-21459.txt", "218 bis", "CPP", "18"),
        // Text inserted into existing articles: a fragment listed under the article it goes into.
        ("ar-ley-26388.txt", "173", "CP", "9º"),
        ("ar-ley-26388.txt", "77", "CP", "1º"),
        ("cl-ley-21459.txt", "36B", "LGT", "20"),
    ]
    for (file, num, abbreviation, insertedBy) in cases {
        let provisions = try importLaw(file).document.provisions
        let inserted = try #require(provisions.first { $0.num == num && $0.host != nil }, "\(file) art. \(num)")
        #expect(inserted.host?.abbreviation == abbreviation, "\(file) art. \(num)")
        #expect(inserted.host?.insertedByNum == insertedBy, "\(file) art. \(num)")
        #expect(!inserted.text.isEmpty)
        // The amending article's own text does not repeat the inserted article.
        let amending = try #require(provisions.first { $0.eId == inserted.host?.insertedByEId })
        #expect(!amending.text.contains(inserted.text.prefix(60)))
    }
}

@Test("Chile's Ley 21.459 has articles 1 to 21 and the transitory articles as their own sequence")
func chileanLawArticles() throws {
    let provisions = try importLaw("cl-ley-21459.txt").document.provisions.filter { $0.host == nil }
    let permanent = provisions.filter { $0.num?.first?.isNumber == true }.compactMap { $0.num.flatMap { Int($0.prefix { $0.isNumber }) } }
    #expect(permanent == Array(1...21))
    let transitory = provisions.filter { $0.num?.first?.isLetter == true }
    #expect(transitory.map(\.num) == ["primero", "segundo", "tercero"])
    #expect(transitory.allSatisfy { $0.ancestors.map(\.level) == ["transitional"] && $0.ancestors.first?.heading == "ARTÍCULOS TRANSITORIOS" })
    #expect(Set(provisions.map(\.eId)).count == provisions.count)
    #expect(provisions.first { $0.num == "2°" }?.heading == "Acceso ilícito.")
    #expect(provisions.first { $0.num == "1°" }?.ancestors.first?.heading == "DE LOS DELITOS INFORMÁTICOS Y SUS SANCIONES")
}

@Test("Canada's decimal sections come out in order, with headings and subsections")
func canadianSectionsInOrder() throws {
    let document = try importLaw("ca-criminal-code-cyber.txt").document
    let sections = document.provisions.filter { $0.level == "section" }
    let numbers = sections.compactMap(\.num)
    #expect(numbers.count == 25)
    func key(_ number: String) -> [Int] { number.split(separator: ".").map { Int($0)! } }
    func decimal(_ number: String) -> Double { Double(number)! }
    #expect(numbers == numbers.sorted { decimal($0) < decimal($1) })
    #expect(sections.first { $0.num == "342.1" }?.heading == "Unauthorized use of computer")
    #expect(sections.first { $0.num == "487.0191" }?.eId == "sec_487.0191")
    let xml = XMLWriter().string(for: document)
    #expect(xml.contains(#"<subsection eId="sec_342.1__subsec_2"><num>(2)</num><heading class="headingAbove">Definitions</heading>"#))
    #expect(xml.contains(#"eId="sec_184__subsec_2__para_c__subpara_ii""#))
}

@Test("editorial notes become remarks, not statutory text")
func editorialNotesAreRemarks() throws {
    let document = try importLaw("mx-cpf-211bis.txt").document
    let article = try #require(document.provisions.first { $0.num == "211 bis 2" })
    #expect(!article.text.contains("DOF"))
    #expect(ReadingOrder.text(of: document).contains("Párrafo adicionado DOF 24-06-2009"))
    let argentine = try importLaw("ar-cp-delitos-informaticos.txt").document.provisions
    let article173 = try #require(argentine.first { $0.num == "173" })
    #expect(!article173.text.contains("Inciso incorporado"))
    #expect(article173.text.contains("16."))
}

@Test("repealed placeholders are kept and marked")
func repealedPlaceholdersMarked() throws {
    let vigente = XMLWriter().string(for: try importer.importText(try lawText("cl-ley-21459-vigente.txt"), fields: ["version": "2025-04-01"]).document)
    #expect(vigente.contains(#"<article eId="art_9" status="removed"><num>Artículo 9°.-</num>"#))
    let argentine = XMLWriter().string(for: try importLaw("ar-cp-delitos-informaticos.txt").document)
    #expect(argentine.contains(#"<article eId="art_78bis" status="removed">"#))
    #expect(!argentine.contains(#"<article eId="art_77" status="removed">"#))
}

@Test("eIds follow the naming convention and are unique", arguments: lawFiles)
func eIdsUnique(file: String) throws {
    let xml = XMLWriter().string(for: try importLaw(file).document)
    let pattern = try NSRegularExpression(pattern: #"eId="([^"]*)""#)
    let ids = pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap {
        Range($0.range(at: 1), in: xml).map { String(xml[$0]) }
    }
    #expect(Set(ids).count == ids.count)
    for id in ids {
        #expect(!id.contains(" ") && !id.isEmpty, "\(id)")
    }
}

@Test("FRBR identity comes from the header")
func frbrIdentity() throws {
    let result = try importLaw("cl-ley-21459.txt")
    #expect(result.expression.description == "/akn/cl/act/2022-06-20/21459/spa@2022-06-20")
    #expect(result.corpusPath == "cl/act-2022-21459.xml")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<FRBRalias value="Ley N° 21.459 — Establece normas"#))
    #expect(xml.contains(#"<FRBRlanguage language="spa"/>"#))
    #expect(xml.contains("<docTitle>Ley N° 21.459"))
    #expect(xml.contains(#"<note eId="source"><p>https://nuevo.leychile.cl/"#))
    #expect(try importLaw("pe-ley-30096-vigente-parcial.txt").expression.description
        == "/akn/pe/act/2013-10-22/30096/spa@2026-02-13")
    #expect(try importLaw("mx-cpf-211bis.txt").corpusPath == "mx/act-1999-codigo-penal-federal.xml")
}

@Test("importing twice gives the same bytes")
func deterministic() throws {
    for file in lawFiles.prefix(4) {
        let first = XMLWriter(indent: "  ").string(for: try importLaw(file).document)
        let second = XMLWriter(indent: "  ").string(for: try importLaw(file).document)
        #expect(first == second)
    }
}
