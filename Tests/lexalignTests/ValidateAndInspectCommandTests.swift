import ArgumentParser
import Foundation
import Testing

@testable import lexalign

/// The exit statuses of `lexalign validate` and `inspect` on real samples (output goes to standard output).
@Suite(.serialized) struct ValidateAndInspectCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL
    static let schema = packageRoot.appendingPathComponent("Sources/AkomaNtoso/Schema/akomantoso30.xsd").path
    static func sample(_ path: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/akn/samples/\(path)").path
    }

    static let valid = sample("uk-legislation-gov-uk/ssi-2017-126-enacted-data.akn.xml")
    static let invalid = sample("laws-africa/za-act-2023-724.indigo-basic_in.xml")
    static let malformed = sample("legacy-akn2/Act_Salvador_Ley_604_1993@2006-01-20.xml")

    func exitCode(_ arguments: [String]) throws -> Int32 {
        var command = try Lexalign.parseAsRoot(arguments)
        do {
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    @Test func validateExitsZeroOnlyWhenEveryFileIsValid() throws {
        #expect(try exitCode(["validate", "--schema", Self.schema, Self.valid]) == 0)
        #expect(try exitCode(["validate", "--schema", Self.schema, Self.valid, Self.invalid]) == 1)
        #expect(try exitCode(["validate", "--schema", Self.schema, Self.invalid, Self.malformed, Self.valid]) == 65)
        #expect(try exitCode(["validate", "--no-schema", Self.valid]) == 0)
    }

    @Test func lenientAcceptsABareYearTheStrictSchemaRejects() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8)
        let bareYear = text.replacingOccurrences(of: "<FRBRdate date=\"2017-04-20\"", with: "<FRBRdate date=\"2017\"")
        #expect(bareYear != text)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-bare-year-\(UUID().uuidString).xml")
        try bareYear.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try exitCode(["validate", "--schema", Self.schema, file.path]) == 1)
        #expect(try exitCode(["validate", "--lenient", "--schema", Self.schema, file.path]) == 0)
    }

    @Test func validateWithoutASchemaIsAUsageError() throws {
        guard ProcessInfo.processInfo.environment["LEXALIGN_SCHEMA"] == nil else { return }
        #expect(try exitCode(["validate", Self.valid]) == 2)
        #expect(try exitCode(["validate", "--schema", "/nonexistent/akomantoso30.xsd", Self.valid]) == 2)
    }

    @Test func inspectReadsAnActAndRefusesMalformedInput() throws {
        #expect(try exitCode(["inspect", Self.valid]) == 0)
        #expect(try exitCode(["inspect", "--format", "json", Self.valid]) == 0)
        #expect(try exitCode(["inspect", Self.malformed]) == 65)
    }
}
