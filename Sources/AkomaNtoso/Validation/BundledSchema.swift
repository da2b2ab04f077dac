import Foundation

/// The AKN 3.0 schemas shipped with lexalign as package resources (see `Schema/LICENSE.md`).
public enum BundledSchema: String, Sendable, CaseIterable {
    /// The OASIS schema as published: what a conformant document must pass.
    case strict = "akomantoso30"
    /// Laws.Africa's relaxation for real publishers' files: no eId uniqueness, bare-year `FRBRdate`.
    case lenient = "akomantoso30-lenient"

    /// The schema file in the package's resources (its `xml.xsd` import resolves beside it).
    public var path: String? {
        Bundle.module.url(forResource: rawValue, withExtension: "xsd", subdirectory: "Schema")?.path
    }

    /// The compiled schema (compiled once per process, see `XSDSchema.load`).
    public func load() throws(XSDSchemaError) -> XSDSchema {
        guard let path else {
            throw XSDSchemaError(diagnostics: [
                Diagnostic(.error, "the bundled schema \(rawValue).xsd is missing from lexalign's resources"),
            ])
        }
        return try XSDSchema.load(path: path)
    }
}
