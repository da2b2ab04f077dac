import AkomaNtoso
import Foundation
import LexalignSupport

/// Validates AKN files against a schema and lexalign's own rules (duplicate eIds, FRBR consistency, numbers in
/// eIds), on every core, reporting each file in the order given and going on past bad ones.
public struct ValidationBatch: Sendable {
    /// Which schema the files are validated against.
    public enum Schema: Sendable, Hashable, CustomStringConvertible {
        /// One of the AKN 3.0 schemas lexalign ships.
        case bundled(BundledSchema)
        /// An XSD file given by path.
        case file(String)
        /// No schema: lexalign's own rules only.
        case none

        public var description: String {
            switch self {
            case .bundled(.strict): "AKN 3.0 strict, bundled"
            case .bundled(.lenient): "AKN 3.0 lenient, bundled"
            case .file(let path): path
            case .none: "no schema"
            }
        }
    }

    /// The files of a run by outcome, and the schema they were held to: `3 files: 2 valid, 1 invalid, 0 unreadable
    /// or malformed, 0 warnings (schema: AKN 3.0 strict, bundled)`.
    public struct Summary: Sendable, Hashable, CustomStringConvertible {
        public let files: Int
        public let valid: Int
        public let invalid: Int
        public let unreadable: Int
        public let warnings: Int
        public let schema: Schema

        public var description: String {
            var line = "\(files) file\(files == 1 ? "" : "s"): \(valid) valid, \(invalid) invalid, "
            line += "\(unreadable) unreadable or malformed, \(warnings) warning\(warnings == 1 ? "" : "s")"
            line += schema == .none ? " (no schema)" : " (schema: \(schema))"
            return line
        }
    }

    public let schema: Schema
    private let validator: DocumentValidator

    /// Compiles the schema (once per process): a schema file that cannot be read is `cannotRead`, one that does
    /// not compile is `badInput`.
    public init(schema: Schema) throws(LexalignError) {
        switch schema {
        case .file(let path) where !FileManager.default.isReadableFile(atPath: path):
            throw LexalignError(.cannotRead, ["\(path): error: cannot read the schema"])
        case .bundled(let bundled) where bundled.path == nil:
            throw LexalignError(.cannotRead, ["error: the bundled schema \(bundled.rawValue).xsd is missing from lexalign's resources"])
        default: break
        }
        let compiled: XSDSchema?
        do throws(XSDSchemaError) {
            switch schema {
            case .bundled(let bundled): compiled = try bundled.load()
            case .file(let path): compiled = try XSDSchema.load(path: path)
            case .none: compiled = nil
            }
        } catch {
            throw LexalignError(.badInput, error.diagnostics)
        }
        // A schema given by path is named as found (absolute, standardised) in the summary.
        if case .file = schema, let compiled {
            self.schema = .file(compiled.path)
        } else {
            self.schema = schema
        }
        validator = DocumentValidator(schema: compiled)
    }

    /// Validates `files`, 64 at a time on all cores, handing each file's report to `report` in the order given.
    public func run(_ files: [String], report: (DocumentValidator.Report) -> Void) -> Summary {
        var counts: [DocumentValidator.Outcome: Int] = [:]
        var warnings = 0
        for slice in files.batches(of: 64) {
            for result in Array(slice).concurrentMap({ validator.validate(fileAt: URL(fileURLWithPath: $0)) }) {
                counts[result.outcome, default: 0] += 1
                warnings += result.diagnostics.filter { $0.severity == .warning }.count
                report(result)
            }
        }
        return Summary(
            files: files.count, valid: counts[.valid, default: 0], invalid: counts[.invalid, default: 0],
            unreadable: counts[.unreadable, default: 0], warnings: warnings, schema: schema)
    }
}
