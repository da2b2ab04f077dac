import ArgumentParser
import Foundation
import Testing

@testable import lexalign

@Suite("lexalign instrument")
struct InstrumentCommandTests {
    static let mappings: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("Mappings").path
    }()

    private func exitCode(_ arguments: [String]) throws -> Int32 {
        var command = try Lexalign.parseAsRoot(arguments)
        do {
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    @Test func showsOneArticleOfTheCommittedMapping() throws {
        #expect(try exitCode(["instrument", "show", "budapest", "--article", "2", "--mappings", Self.mappings]) == 0)
    }

    @Test func unknownArticleOrInstrumentIsAUsageError() throws {
        #expect(try exitCode(["instrument", "show", "budapest", "--article", "99", "--mappings", Self.mappings]) == 2)
        #expect(try exitCode(["instrument", "show", "nothing", "--mappings", Self.mappings]) == 2)
        #expect(try exitCode(["instrument", "show", "budapest", "--mappings", "/nonexistent-mappings"]) == 2)
    }

    @Test func checkPassesOnTheCommittedFilesAndFailsOnABrokenCopy() throws {
        #expect(try exitCode(["instrument", "check", "--mappings", Self.mappings]) == 0)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("instruments"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOfFile: Self.mappings + "/instruments/budapest.yaml", encoding: .utf8)
        try yaml.replacingOccurrences(of: "kind: power", with: "kind: powers")
            .write(to: folder.appendingPathComponent("instruments/budapest.yaml"), atomically: true, encoding: .utf8)
        #expect(try exitCode(["instrument", "check", "--mappings", folder.path]) == 65)
        #expect(try exitCode(["instrument", "show", "budapest", "--mappings", folder.path]) == 65)
    }
}
