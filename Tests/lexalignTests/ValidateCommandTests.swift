import Foundation
import TestSupport
import Testing

/// `lexalign validate` and `inspect`: exit statuses and what they print.
@Suite struct ValidateCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/akn/samples").standardizedFileURL
    static func sample(_ path: String) -> String { samples.appendingPathComponent(path).path }

    static let valid = sample("uk-legislation-gov-uk/ssi-2017-126-enacted-data.akn.xml")
    static let invalid = sample("laws-africa/za-act-2023-724.indigo-basic_in.xml")
    static let malformed = sample("legacy-akn2/Act_Salvador_Ley_604_1993@2006-01-20.xml")

    static let chile = corpusFile("cl/act-2022-21459.xml")

    /// The Chilean act with its Work date cut to a bare year, which only the lenient schema accepts.
    func bareYearAct(in scratch: ScratchFolder) throws -> String {
        let text = try String(contentsOfFile: Self.chile, encoding: .utf8)
        let bareYear = text.replacingOccurrences(
            of: "<FRBRdate date=\"2022-06-20\" name=\"enactment\"/>", with: "<FRBRdate date=\"2022\" name=\"enactment\"/>")
        #expect(bareYear != text)
        return try scratch.write(bareYear, to: "bare-year.xml").path
    }

    @Test func validatesStrictlyAgainstTheBundledSchemaWithoutAnyFlag() throws {
        let run = try lexalign("validate", Self.chile)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "1 file: 1 valid, 0 invalid, 0 unreadable or malformed, 0 warnings (schema: AKN 3.0 strict, bundled)\n")
    }

    @Test func exitsZeroOnlyWhenEveryFileIsValid() throws {
        #expect(try lexalign("validate", Self.valid).status == 0)
        #expect(try lexalign("validate", Self.valid, Self.invalid).status == 1)
        #expect(try lexalign("validate", Self.invalid, Self.malformed, Self.valid).status == 65)
    }

    @Test func lenientAcceptsABareYearTheDefaultStrictSchemaRejects() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = try bareYearAct(in: scratch)
        let strict = try lexalign("validate", file)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("\(file):"))
        #expect(try lexalign("validate", "--strict", file).status == 1)
        let lenient = try lexalign("validate", "--lenient", file)
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasSuffix("(schema: AKN 3.0 lenient, bundled)\n"))
    }

    @Test func noSchemaRunsOnlyLexalignsOwnChecks() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let run = try lexalign("validate", "--no-schema", try bareYearAct(in: scratch))
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix(" (no schema)\n"))
    }

    @Test func aSchemaFileOverridesTheBundledOne() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        // A copy of the bundled schema (with the xml.xsd it imports) elsewhere on disk, named on the command line.
        let bundled = Self.samples.appendingPathComponent("../../../../Sources/AkomaNtoso/Schema").standardizedFileURL
        _ = try scratch.copy(bundled.appendingPathComponent("xml.xsd"), to: "xml.xsd")
        let schema = try scratch.copy(bundled.appendingPathComponent("akomantoso30.xsd"), to: "akomantoso30.xsd")
        let run = try lexalign("validate", "--schema", schema.path, Self.chile)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("(schema: \(schema.path))\n"))
        let missing = try lexalign("validate", "--schema", scratch.file("none.xsd").path, Self.chile)
        #expect(missing.status == 66)
        #expect(missing.stderr == "\(scratch.file("none.xsd").path): error: cannot read the schema\n")
        #expect(missing.stdout.isEmpty)
    }

    @Test func flagsThatChooseTwoSchemasAreAUsageError() throws {
        for flags in [["--schema", "x.xsd", "--lenient"], ["--schema", "x.xsd", "--no-schema"], ["--strict", "--no-schema"], ["--lenient", "--strict"]] {
            let run = try lexalign(["validate"] + flags + [Self.chile])
            #expect(run.status == 2, "\(flags)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("Error: "), "\(flags): \(run.stderr)")
        }
    }

    @Test func inspectReadsAnActAndRefusesMalformedInput() throws {
        #expect(try lexalign("inspect", Self.valid).status == 0)
        #expect(try lexalign("inspect", "--format", "json", Self.valid).status == 0)
        #expect(try lexalign("inspect", Self.malformed).status == 65)
    }
}
