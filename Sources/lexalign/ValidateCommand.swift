import AkomaNtoso
import ArgumentParser
import Foundation
import LexalignSupport
import Reports

/// `lexalign validate`: schema validation plus lexalign's own checks, for many files, going on past bad ones.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate Akoma Ntoso files against the AKN 3.0 schema and lexalign's own checks.",
        discussion: """
            Prints one line per problem (file:line:column: severity: message) and a summary line.
            The schema is --schema PATH, or the LEXALIGN_SCHEMA environment variable; --no-schema runs only
            lexalign's own checks (duplicate eIds, FRBR consistency, numbers in eIds).
            Exit status: 0 all valid, 1 some file has errors, 65 some file could not be read or is not
            well-formed Akoma Ntoso, 2 usage error.
            """)

    @Option(help: "The strict schema, akomantoso30.xsd (default: $LEXALIGN_SCHEMA).")
    var schema: String?

    @Flag(help: "Use akomantoso30-lenient.xsd from the schema's folder (no eId uniqueness, bare-year dates).")
    var lenient = false

    @Flag(name: .customLong("no-schema"), help: "Skip schema validation; run only lexalign's own checks.")
    var noSchema = false

    @Argument(help: "Akoma Ntoso XML files.")
    var files: [String]

    func run() throws {
        let schemaFile: XSDSchema?
        do {
            schemaFile = try resolveSchema()
        } catch let error as UsageProblem {
            printError("lexalign validate: \(error.message)")
            throw ExitCode(2)
        }
        let validator = DocumentValidator(schema: schemaFile)
        var counts: [DocumentValidator.Outcome: Int] = [:]
        var warnings = 0
        // Files are validated on all cores, 64 at a time; reports are printed in the order given.
        let reports = files.batches(of: 64).lazy.flatMap { slice in
            Array(slice).concurrentMap { validator.validate(fileAt: URL(fileURLWithPath: $0)) }
        }
        for report in reports {
            counts[report.outcome, default: 0] += 1
            for diagnostic in report.diagnostics {
                if diagnostic.severity == .warning { warnings += 1 }
                print(diagnostic.description)
            }
        }
        let valid = counts[.valid, default: 0], invalid = counts[.invalid, default: 0]
        let unreadable = counts[.unreadable, default: 0]
        var summary = "\(files.count) file\(files.count == 1 ? "" : "s"): \(valid) valid, \(invalid) invalid, "
        summary += "\(unreadable) unreadable or malformed, \(warnings) warning\(warnings == 1 ? "" : "s")"
        summary += schemaFile.map { " (schema: \($0.path))" } ?? " (no schema)"
        print(summary)
        if unreadable > 0 { throw ExitCode(65) }
        if invalid > 0 { throw ExitCode(1) }
    }

    private struct UsageProblem: Error {
        let message: String
    }

    private func resolveSchema() throws -> XSDSchema? {
        if noSchema {
            guard schema == nil, !lenient else { throw UsageProblem(message: "--no-schema cannot be combined with --schema or --lenient") }
            return nil
        }
        guard var path = schema ?? ProcessInfo.processInfo.environment["LEXALIGN_SCHEMA"], !path.isEmpty else {
            throw UsageProblem(
                message: "no schema given: pass --schema PATH (akomantoso30.xsd), set LEXALIGN_SCHEMA, or use --no-schema to run only lexalign's own checks")
        }
        if lenient {
            let url = URL(fileURLWithPath: path)
            if !url.lastPathComponent.contains("lenient") {
                path = url.deletingLastPathComponent().appendingPathComponent("akomantoso30-lenient.xsd").path
            }
        }
        do {
            return try XSDSchema.load(path: path)
        } catch {
            throw UsageProblem(message: "cannot use schema \(path): \(error.diagnostics.map(\.message).joined(separator: "; "))")
        }
    }
}
