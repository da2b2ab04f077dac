import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite(.serialized) struct ReportCheckerTests {
    @Test func passesOnAFreshTreeAndNamesThePagesOfAnEditedProvision() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let out = scratch.file("Reports")
        let committed = ReportBuilder(corpus: corpusFolder, mappings: mappingsFolder.path, instrument: "budapest")
        let written = try committed.write(to: out)
        let clean = try ReportChecker(builder: committed).check(out)
        #expect(clean.check.passed, "\(clean.check.report)")
        #expect(clean.files == written.files)

        let corpus = try scratch.copy(corpusFolder, to: "Corpus")
        let chile = corpus.appendingPathComponent("cl/act-2022-21459-spa-2025-04-01.xml")
        let text = try String(contentsOf: chile, encoding: .utf8)
        #expect(text.contains("multa de once a veinte unidades tributarias mensuales"))
        try text.replacingOccurrences(of: "multa de once a veinte unidades", with: "multa de doce a veinte unidades")
            .write(to: chile, atomically: true, encoding: .utf8)
        let edited = ReportBuilder(corpus: corpus, mappings: mappingsFolder.path, instrument: "budapest")
        let check = try ReportChecker(builder: edited).check(out).check
        #expect(!check.passed)
        #expect(check.changed.contains("states/cl.html"))
        #expect(check.report.contains("changed: states/cl.html"))
        #expect(!check.changed.contains { $0.hasPrefix("states/pe") })
    }

    @Test func aMissingTreeIsOutOfDateWithEveryFileMissing() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let builder = ReportBuilder(corpus: corpusFolder, mappings: mappingsFolder.path, instrument: "budapest")
        let result = try ReportChecker(builder: builder).check(scratch.file("absent"))
        #expect(!result.check.passed)
        #expect(result.check.missing.count == result.files)
    }
}
