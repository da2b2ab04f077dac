import Foundation
import TestSupport

/// The AKN sample corpus (Tests/Fixtures/akn, see its README) and the schemas bundled with AkomaNtoso, found from
/// this file's path so tests run from any directory.
enum Samples {
    static let packageRoot = ProjectFolder.root

    static let akn = packageRoot.appendingPathComponent("Tests/Fixtures/akn")
    static let samples = akn.appendingPathComponent("samples")
    static let schemaFolder = packageRoot.appendingPathComponent("Sources/AkomaNtoso/Schema")
    static let strictSchema = schemaFolder.appendingPathComponent("akomantoso30.xsd")
    static let lenientSchema = schemaFolder.appendingPathComponent("akomantoso30-lenient.xsd")

    /// Every sample file, sorted by path.
    static let all: [URL] = {
        let enumerator = FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }
            .sorted { $0.path < $1.path }
    }()

    /// The folders Tests/Fixtures/akn/README.md lists as valid against the strict schema.
    static let strictValidFolders: Set<String> = ["oasis-examples-v3-finalns", "uk-legislation-gov-uk", "uk-parliament-lawmaker"]

    static func folder(of url: URL) -> String { url.deletingLastPathComponent().lastPathComponent }

    /// The one sample that is not well-formed XML.
    static let malformed = samples.appendingPathComponent("legacy-akn2/Act_Salvador_Ley_604_1993@2006-01-20.xml")
    static let noNamespace = samples.appendingPathComponent("nonconformant/my-selangor-dun-debate-basic.no-namespace.xml")

    static func named(_ relativePath: String) -> URL { samples.appendingPathComponent(relativePath) }
}
