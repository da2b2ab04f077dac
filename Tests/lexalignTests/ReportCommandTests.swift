import ArgumentParser
import Foundation
import Testing
@testable import lexalign

/// `lexalign report` and `check` on the project's own Corpus/ and Mappings/.
@Suite(.serialized) struct ReportCommandTests {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-report-\(UUID().uuidString)")

    func arguments(out: URL, corpus: URL = packageRoot.appendingPathComponent("Corpus")) -> [String] {
        ["--corpus", corpus.path, "--mappings", Self.packageRoot.appendingPathComponent("Mappings").path, "--out", out.path]
    }

    func report(to out: URL, corpus: URL = packageRoot.appendingPathComponent("Corpus")) throws {
        var command = try ReportCommand.parse(arguments(out: out, corpus: corpus) + ["--quiet"])
        try command.run()
    }

    @Test func reportingTwiceGivesByteIdenticalTrees() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let first = scratch.appendingPathComponent("a"), second = scratch.appendingPathComponent("b")
        try report(to: first)
        try report(to: second)
        let a = try ReportTree.read(first), b = try ReportTree.read(second)
        #expect(a.count > 10)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.keys.filter { a[$0] != b[$0] }.sorted() == [])
        #expect(a["states/cl.html"] != nil && a["index.html"] != nil && a["matrix.csv"] != nil)
    }

    @Test func checkPassesOnAFreshTreeAndNamesTheFileAfterAProvisionIsEdited() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("Reports")
        try report(to: out)
        let clean = try CheckCommand.parse(arguments(out: out)).verify().0
        #expect(clean.passed, "\(clean.report)")

        let corpus = scratch.appendingPathComponent("Corpus")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Corpus"), to: corpus)
        let chile = corpus.appendingPathComponent("cl/act-2022-21459-spa-2025-04-01.xml")
        let text = try String(contentsOf: chile, encoding: .utf8)
        #expect(text.contains("multa de once a veinte unidades tributarias mensuales"))
        try text.replacingOccurrences(of: "multa de once a veinte unidades", with: "multa de doce a veinte unidades")
            .write(to: chile, atomically: true, encoding: .utf8)
        let edited = try CheckCommand.parse(arguments(out: out, corpus: corpus)).verify().0
        #expect(!edited.passed)
        #expect(edited.changed.contains("states/cl.html"))
        #expect(edited.report.contains("changed: states/cl.html"))
        #expect(!edited.changed.contains { $0.hasPrefix("states/pe") })
    }

    @Test func aMalformedDocumentIsBadInputAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let corpus = scratch.appendingPathComponent("Corpus")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Corpus"), to: corpus)
        try Data("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act>".utf8)
            .write(to: corpus.appendingPathComponent("cl/broken.xml"))
        let out = scratch.appendingPathComponent("Reports")
        #expect(throws: ExitCode(65)) { try report(to: out, corpus: corpus) }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
