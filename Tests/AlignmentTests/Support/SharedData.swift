import AkomaNtoso
import Foundation

@testable import Alignment

/// Paths to the shared development data (`../shared` beside the package root) and the project's own files.
enum SharedData {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url
    }()
    static let shared = packageRoot.appendingPathComponent("../shared").standardized
    static let laws = shared.appendingPathComponent("laws")
    static let gold = shared.appendingPathComponent("gold")

    static func law(_ stem: String) throws -> String {
        try String(contentsOf: laws.appendingPathComponent("\(stem).txt"), encoding: .utf8)
    }

    /// One mapper for all tests (compiling the signals of four languages takes a moment in debug builds).
    static let mapper: Result<Mapper, any Error> = Result { Mapper(instrument: try budapest()) }

    /// The Budapest instrument file of the project, when it is there.
    static func budapest() throws -> Instrument {
        let url = packageRoot.appendingPathComponent("Mappings/instruments/budapest.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let loaded = InstrumentLoader.load(text, file: url.path)
        guard let instrument = loaded.instrument else {
            throw LoadFailure(description: loaded.diagnostics.map { "\($0)" }.joined(separator: "\n"))
        }
        return instrument
    }

    struct LoadFailure: Error, CustomStringConvertible {
        let description: String
    }
}
