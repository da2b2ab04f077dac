import AkomaNtoso
import Foundation
import Testing
import TextImport

let corpusManifest: CorpusManifest? = {
    guard let text = try? String(contentsOf: packageRoot.appendingPathComponent("Corpus/sources.tsv"), encoding: .utf8)
    else { return nil }
    return try? CorpusManifest(parsing: text)
}()

@Test("the manifest lists every text of Corpus/sources, and reads nothing from outside it")
func manifestCoversSources() throws {
    let manifest = try #require(corpusManifest)
    let inputs = manifest.entries.map(\.input)
    #expect(inputs.sorted() == sourceTexts)
    #expect(Set(inputs).count == inputs.count, "an input is listed twice")
    #expect(!lawFiles.isEmpty)
}

@Test("every Corpus document is produced by one source text, which sits in the folder of its country")
func everyCorpusDocumentHasItsSource() throws {
    let manifest = try #require(corpusManifest)
    var produced: [String: String] = [:]
    for entry in manifest.entries {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(entry.input), encoding: .utf8)
        let corpusPath = try importer.importText(text, file: entry.input, fields: entry.fields).corpusPath
        #expect(produced[corpusPath] == nil, "\(corpusPath) is produced by two inputs")
        produced[corpusPath] = entry.input
        // Corpus/<cc>/... comes from Corpus/sources/<cc>/...; Corpus/instruments/... from Corpus/sources/int/...
        let corpusFolder = try #require(corpusPath.split(separator: "/").first.map(String.init))
        let sourceFolder = corpusFolder == "instruments" ? "int" : corpusFolder
        #expect(entry.input.hasPrefix("Corpus/sources/\(sourceFolder)/"), "\(entry.input) -> \(corpusPath)")
    }
    #expect(produced.keys.sorted() == corpusFiles)
}

@Test("re-importing reproduces every committed Corpus file byte for byte",
    arguments: corpusManifest?.entries ?? [])
func corpusReproducible(entry: CorpusManifest.Entry) throws {
    let input = packageRoot.appendingPathComponent(entry.input)
    let result = try importer.importText(String(contentsOf: input, encoding: .utf8), file: entry.input, fields: entry.fields)
    let committed = try String(
        contentsOf: packageRoot.appendingPathComponent("Corpus").appendingPathComponent(result.corpusPath), encoding: .utf8)
    #expect(XMLWriter(indent: "  ").string(for: result.document) == committed, "\(result.corpusPath)")
    // Nothing lost, instruments included.
    let body = try LawText(parsing: String(contentsOf: input, encoding: .utf8), fields: entry.fields).body
    #expect(squeezed(body.map(\.text).joined()) == squeezed(ReadingOrder.text(of: result.document)))
}

@Test("the Budapest Convention keeps its 48 articles under chapters, sections and titles")
func budapestStructure() throws {
    let entry = try #require(corpusManifest?.entries.first { $0.input.hasSuffix("budapest-en.txt") })
    let text = try String(contentsOf: packageRoot.appendingPathComponent(entry.input), encoding: .utf8)
    let provisions = try importer.importText(text, fields: entry.fields).document.provisions
    #expect(provisions.map(\.num) == (1...48).map { String($0) })
    let article2 = provisions[1]
    #expect(article2.heading == "Illegal access")
    #expect(article2.ancestors.map(\.level) == ["chapter", "division", "title"])
    #expect(provisions.allSatisfy { $0.host == nil })
}

@Test("every committed Corpus file parses and is valid against the strict schema, with no duplicate eIds",
    arguments: corpusFiles)
func corpusFileValid(path: String) throws {
    let url = packageRoot.appendingPathComponent("Corpus").appendingPathComponent(path)
    let parsed = try AKNParser().parse(contentsOf: url)
    #expect(!parsed.document.provisions.isEmpty)
    let schema = try #require(strictSchema, "the bundled strict schema must load")
    let report = DocumentValidator(schema: schema).validate(fileAt: url)
    #expect(report.outcome == .valid, "\(report.diagnostics.prefix(3))")
    #expect(!report.diagnostics.contains { $0.severity == .error })
    #expect(!report.diagnostics.contains { $0.message.contains("duplicate") })
}

/// Corpus files relative to Corpus/, sorted.
let corpusFiles: [String] = {
    let root = packageRoot.appendingPathComponent("Corpus")
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
        if path.hasSuffix(".xml") { files.append(path) }
    }
    return files.sorted()
}()

let strictSchema: XSDSchema? = try? BundledSchema.strict.load()

@Test("the Spanish Convention keeps the approving law's article in its preamble and marks its gaps as remarks")
func spanishConventionExpression() throws {
    let entry = try #require(corpusManifest?.entries.first { $0.input.hasSuffix("budapest-es.txt") })
    let text = try String(contentsOf: packageRoot.appendingPathComponent(entry.input), encoding: .utf8)
    let result = try importer.importText(text, fields: entry.fields)
    #expect(result.expression.description == "/akn/int/act/2001-11-23/coe-ets-185/spa@2017-12-07")
    let numbers = result.document.provisions.map(\.num)
    #expect(numbers.first == "6")
    #expect(numbers.last == "48")
    #expect(!numbers.contains("1") && !numbers.contains("12"))
    #expect(result.document.provisions.first { $0.num == "9" }?.heading == "Delitos relacionados con la pornografía infantil")
    let xml = XMLWriter().string(for: result.document)
    #expect(xml.contains(#"<remark class="editorial">[Artículos 12 y 13 del Convenio"#))
    #expect(xml.contains("<preamble><p>Artículo 1. Apruébase"))
}
