import AkomaNtoso
import ArgumentParser
import LexalignKit

/// `lexalign validate`: schema validation plus lexalign's own checks, for many files, going on past bad ones.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate Akoma Ntoso files against the AKN 3.0 schema and lexalign's own checks.",
        discussion: """
            Prints one line per problem (file:line:column: severity: message) and a summary line naming the schema.
            By default files are held to the OASIS AKN 3.0 schema as published (strict), which lexalign bundles; \
            --lenient uses the bundled lenient variant, --schema PATH any other XSD, and --no-schema runs only \
            lexalign's own checks (duplicate eIds, FRBR consistency, numbers in eIds).
            Exit status: 0 all valid, 1 some file has errors, 65 some file could not be read or is not \
            well-formed Akoma Ntoso (or the schema does not compile), 66 the schema file cannot be read, \
            2 usage error.
            """)

    /// The bundled schemas, or none: one flag of three.
    enum SchemaFlag: String, EnumerableFlag {
        case strict, lenient, noSchema

        static func name(for value: Self) -> NameSpecification {
            value == .noSchema ? .customLong("no-schema") : .long
        }

        /// The flag as typed.
        var spelling: String { self == .noSchema ? "--no-schema" : "--\(rawValue)" }

        static func help(for value: Self) -> ArgumentHelp? {
            switch value {
            case .strict: "Validate against the bundled OASIS AKN 3.0 schema as published (the default)."
            case .lenient: "Validate against the bundled lenient schema (no eId uniqueness, bare-year dates)."
            case .noSchema: "Skip schema validation; run only lexalign's own checks."
            }
        }
    }

    @Flag var schemaFlag: SchemaFlag?

    @Option(help: ArgumentHelp("Validate against this XSD file instead of a bundled schema.", valueName: "xsd"))
    var schema: String?

    @Argument(help: "Akoma Ntoso XML files.")
    var files: [String]

    @Flag(help: "Do not show progress on standard error (shown only when it is a terminal).")
    var quiet = false

    func validate() throws {
        if schema != nil, let flag = schemaFlag {
            throw ValidationError("--schema names the schema to use: it cannot be combined with \(flag.spelling)")
        }
    }

    /// The schema the flags ask for.
    var choice: ValidationBatch.Schema {
        if let schema { return .file(schema) }
        switch schemaFlag ?? .strict {
        case .strict: return .bundled(.strict)
        case .lenient: return .bundled(.lenient)
        case .noSchema: return .none
        }
    }

    func run() throws {
        let batch = try ValidationBatch(schema: choice)
        var done = 0
        let summary = ProgressLine(quiet: quiet).showing { progress in
            batch.run(files) { report in
                for diagnostic in report.diagnostics { progress.printing(diagnostic.description) }
                done += 1
                progress.report(.validating, done: done, total: files.count, step: report.file)
            }
        }
        print(summary.description)
        if summary.unreadable > 0 { throw ExitStatus.badInput }
        if summary.invalid > 0 { throw ExitStatus.findings }
    }
}
