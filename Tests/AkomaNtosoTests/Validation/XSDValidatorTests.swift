import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct XSDValidatorTests {
    static let wellFormed = Samples.all.filter { $0 != Samples.malformed }

    @Test func agreesWithTheSharedReadmeOnWhichSamplesAreStrictlyValid() throws {
        let validator = try XSDValidator(schemaPath: Samples.strictSchema.path)
        for url in Self.wellFormed {
            let errors = validator.validate(try Data(contentsOf: url), file: url.path).filter { $0.severity == .error }
            let expectedValid = Samples.strictValidFolders.contains(Samples.folder(of: url))
            #expect(errors.isEmpty == expectedValid, "\(url.lastPathComponent): \(errors.prefix(3))")
        }
    }

    @Test func everySchemaErrorHasFileLineAndColumnAtTheElement() throws {
        let validator = try XSDValidator(schemaPath: Samples.strictSchema.path)
        let url = Samples.named("laws-africa/bluebell-unchanged_2.xml")
        let errors = validator.validate(try Data(contentsOf: url), file: url.path)
        let first = try #require(errors.first)
        #expect(first.description == "\(url.path):3:5: error: Element 'preface': This element is not expected. Expected is ( meta ).")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        for error in errors {
            let line = try #require(error.line), column = try #require(error.column)
            #expect(Array(lines[line - 1].utf8)[column - 1] == UInt8(ascii: "<"), "\(error)")
        }
    }

    @Test func lenientSchemaAcceptsBareYearDates() throws {
        let url = Samples.named("laws-africa/za-act-2023-724.indigo-basic_in.xml")
        let data = try Data(contentsOf: url)
        let strict = try XSDValidator(schemaPath: Samples.strictSchema.path).validate(data, file: url.path)
        #expect(strict.contains { $0.message.contains("'2023' is not a valid value") })
        let lenient = try XSDValidator(schemaPath: Samples.lenientSchema.path).validate(data, file: url.path)
        #expect(!lenient.contains { $0.message.contains("'2023' is not a valid value") })
    }

    @Test func compiledSchemaIsSharedAndValidationRunsConcurrently() async throws {
        let first = try XSDSchema.load(path: Samples.strictSchema.path)
        let second = try XSDSchema.load(path: Samples.schemaFolder.path + "/../Schema/akomantoso30.xsd")
        #expect(first === second)
        let urls = Samples.all.filter { Samples.strictValidFolders.contains(Samples.folder(of: $0)) }
        let results = await withTaskGroup(of: Int.self) { group in
            for url in urls {
                group.addTask {
                    XSDValidator(schema: first).validate((try? Data(contentsOf: url)) ?? Data(), file: url.path).count
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: 0, count: urls.count))
    }

    @Test func missingSchemaIsAClearError() {
        #expect(throws: XSDSchemaError.self) { try XSDSchema.load(path: "/nonexistent/akomantoso30.xsd") }
    }

    @Test func doctypeIsRefusedByTheValidatorToo() throws {
        let validator = try XSDValidator(schemaPath: Samples.strictSchema.path)
        let errors = validator.validate(Data("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><akomaNtoso/>".utf8), file: "x.xml")
        #expect(errors.first?.message.contains("DOCTYPE") == true)
        #expect(!errors.description.contains("root:"))
    }
}

@Suite struct BundledSchemaTests {
    @Test func bothBundledSchemasCompileFromThePackageResources() throws {
        for variant in BundledSchema.allCases {
            let schema = try variant.load()
            #expect(schema.path.hasSuffix("Schema/\(variant.rawValue).xsd"))
        }
    }

    @Test func theBundledStrictSchemaRefusesABareYearDateThatTheLenientOneAccepts() throws {
        let url = Samples.named("laws-africa/za-act-2023-724.indigo-basic_in.xml")
        let data = try Data(contentsOf: url)
        let strict = XSDValidator(schema: try BundledSchema.strict.load()).validate(data, file: url.path)
        #expect(strict.contains { $0.message.contains("'2023' is not a valid value") })
        let lenient = XSDValidator(schema: try BundledSchema.lenient.load()).validate(data, file: url.path)
        #expect(!lenient.contains { $0.message.contains("'2023' is not a valid value") })
    }
}
