import AkomaNtoso
import Alignment
import Foundation
import TestSupport
import Testing

/// The committed mapping files, the Convention's source texts (Corpus/sources/int) and the treaty-status fixtures
/// (Tests/Fixtures/status), found from the package root, plus broken copies written to a temporary folder for the
/// loader's checks.
enum InstrumentFixtures {
    static let packageRoot = ProjectFolder.root

    static let mappings = packageRoot.appendingPathComponent("Mappings")
    static let instrumentSources = packageRoot.appendingPathComponent("Corpus/sources/int")
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static var budapestText: String {
        get throws { try text(mappings.appendingPathComponent("instruments/budapest.yaml")) }
    }

    /// The committed Budapest mapping, loaded once for all tests that only read it.
    static func budapest() throws -> Instrument {
        try loadedBudapest.get()
    }

    private static let loadedBudapest: Result<Instrument, FixtureError> = {
        do {
            let result = InstrumentLoader.load(try budapestText, file: "Mappings/instruments/budapest.yaml")
            guard let instrument = result.instrument else {
                return .failure(FixtureError(message: result.diagnostics.map(\.description).joined(separator: "\n")))
            }
            return .success(instrument)
        } catch {
            return .failure(FixtureError(message: "\(error)"))
        }
    }()

    static func partyFiles() throws -> [MappingCatalog.SourceFile] {
        let folder = mappings.appendingPathComponent("parties")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted().map { name in
                MappingCatalog.SourceFile(
                    path: "Mappings/parties/\(name)", text: try text(folder.appendingPathComponent(name)))
            }
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// A copy of `text` with the first occurrence of `original` after `anchor` replaced, written as `name` into a
    /// fresh temporary folder; returns the path and the 1-based line where the replacement starts.
    static func brokenCopy(
        of text: String, named name: String, after anchor: String = "", replacing original: String,
        with replacement: String
    ) throws -> (path: String, text: String, line: Int) {
        let start = anchor.isEmpty ? text.startIndex : try #require(text.range(of: anchor)).lowerBound
        let range = try #require(text.range(of: original, range: start..<text.endIndex))
        let broken = text.replacingCharacters(in: range, with: replacement)
        let line = broken[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try broken.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        return (file.path, try String(contentsOf: file, encoding: .utf8), line)
    }

    /// The 1-based line of the first occurrence of `needle` after `anchor`.
    static func line(of needle: String, after anchor: String = "", in text: String) throws -> Int {
        let start = anchor.isEmpty ? text.startIndex : try #require(text.range(of: anchor)).lowerBound
        let range = try #require(text.range(of: needle, range: start..<text.endIndex))
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    static func errors(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error }
    }
}

