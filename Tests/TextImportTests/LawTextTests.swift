import AkomaNtoso
import Testing
import TextImport

let validHeader = """
    title: Ley N° 1 — Prueba
    country: CL
    language: es
    date: 2020-01-02 (promulgation; published later)
    source: test
    completeness: complete
    """ + "\n\n"

func headerErrors(_ text: String) -> [Diagnostic] {
    do {
        _ = try importer.importText(text, file: "law.txt")
        return []
    } catch {
        return error.diagnostics
    }
}

@Test("a valid header gives the fields and the date remark")
func validHeaderParses() throws {
    let law = try LawText(parsing: validHeader + "Artículo 1.- Texto.\n")
    #expect(law.title == "Ley N° 1 — Prueba")
    #expect(law.country == "cl")
    #expect(law.language == "spa")
    #expect(law.date == "2020-01-02")
    #expect(law.dateRemark == "(promulgation; published later)")
    #expect(law.body.map(\.number) == [8])
}

@Test("a broken header line is an error at its line")
func brokenHeader() {
    let text = validHeader.replacingOccurrences(of: "country: CL", with: "country CL") + "Artículo 1.- Texto.\n"
    let errors = headerErrors(text)
    #expect(errors.contains { $0.line == 2 && $0.column == 1 && $0.message.contains("malformed header line") })
    #expect(errors.contains { $0.message.contains("missing header field 'country'") })
    #expect(errors.allSatisfy { $0.severity == .error && $0.file == "law.txt" })
}

@Test("an unknown language is an error pointing at the value")
func unknownLanguage() {
    let errors = headerErrors(validHeader.replacingOccurrences(of: "language: es", with: "language: xx") + "Artículo 1.- T.\n")
    #expect(errors.count == 1)
    #expect(errors.first?.description == "law.txt:3:11: error: unknown language 'xx' (expected an ISO 639-1 code lexalign knows: en, es, fr, ht, nl, pt)")
}

@Test("an empty body is an error")
func emptyBody() {
    let errors = headerErrors(validHeader + "\n   \n")
    #expect(errors.count == 1)
    #expect(errors.first?.message.contains("empty body") == true)
}

@Test("duplicate, unknown and missing fields are errors; a bad date too")
func fieldErrors() {
    let duplicate = headerErrors(validHeader.replacingOccurrences(of: "source: test", with: "source: a\nsource: b") + "x\n")
    #expect(duplicate.contains { $0.line == 6 && $0.message.contains("duplicate header field 'source' (first given on line 5)") })
    let unknown = headerErrors("title: t\ncolor: red\n\nx\n")
    #expect(unknown.contains { $0.line == 2 && $0.message.contains("unknown header field 'color'") })
    #expect(unknown.contains { $0.message.contains("missing header field 'language'") })
    let badDate = headerErrors(validHeader.replacingOccurrences(of: "date: 2020-01-02", with: "date: 2020-02-30") + "x\n")
    #expect(badDate.contains { $0.line == 4 && $0.message.contains("malformed date") })
    let noHeader = headerErrors("Convention on Cybercrime\n\nArticle 1\n")
    #expect(noHeader.contains { $0.message.contains("missing header") })
}

@Test("fields given by the caller supply a missing header")
func callerFields() throws {
    let fields = [
        "title": "Convention", "country": "int", "language": "en", "date": "2001-11-23", "source": "s",
        "completeness": "c", "number": "coe-ets-185",
    ]
    let result = try importer.importText("Convention on Cybercrime\n\nArticle 1\n\nDefinitions\n\nText.\n", fields: fields)
    #expect(result.expression.description == "/akn/int/act/2001-11-23/coe-ets-185/eng@2001-11-23")
    #expect(result.corpusPath == "instruments/act-2001-coe-ets-185.xml")
    #expect(result.document.provisions.first?.heading == "Definitions")
    let spanish = try importer.importText(
        validHeader + "Artículo 1. T.\n", fields: ["country": "int", "number": "coe-ets-185", "work-date": "2001-11-23"])
    #expect(spanish.expression.description == "/akn/int/act/2001-11-23/coe-ets-185/spa@2020-01-02")
    #expect(spanish.corpusPath == "instruments/act-2001-coe-ets-185-spa-2020-01-02.xml")
}
