import Alignment
import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite struct ReviewRecorderTests {
    let scratch: ScratchFolder
    let mappings: URL

    init() throws {
        scratch = try ScratchFolder()
        mappings = try scratch.copy(mappingsFolder, to: "Mappings")
    }

    func recorder() throws -> ReviewRecorder {
        ReviewRecorder(workspace: try Workspace.load(mappings: mappings.path, instrument: "budapest", including: .reviews))
    }

    func request(article: String = "2", verdict: ReviewDecision.Verdict = .confirmed, note: String? = nil)
        -> ReviewRecorder.Request
    {
        .init(file: chileLaw, provision: "2", article: article, verdict: verdict, note: note, reviewer: "A. Expert", date: "2026-11-29")
    }

    func decisionsOnFile() throws -> [ReviewDecision] {
        let path = mappings.appendingPathComponent("reviews/cl.yaml").path
        return try ReviewFile.load(try String(contentsOfFile: path, encoding: .utf8), path: path).decisions
    }

    @Test func aDecisionCarriesTheWorkTheProvisionAsCitedAndTheFingerprintOfItsText() throws {
        defer { scratch.remove() }
        let recorded = try recorder().record(request())
        #expect(recorded.file == mappings.path + "/reviews/cl.yaml")
        let (document, _) = try Mapping.read(chileLaw)
        let provision = try #require(document.provisions.first { $0.eId == "title_I__art_2" })
        let decision = try #require(try decisionsOnFile().first)
        #expect(decision.document == "/akn/cl/act/2022-06-20/21459")
        #expect(decision.provision == "2°")
        #expect(decision.article == "2" && decision.verdict == .confirmed && decision.reviewer == "A. Expert")
        #expect(decision.date == "2026-11-29")
        #expect(decision.textSHA256 == TextFingerprint.sha256(provision.text))
    }

    @Test func recordingTheSamePairAgainReplacesTheDecisionAndKeepsTheOthers() throws {
        defer { scratch.remove() }
        let recorder = try recorder()
        _ = try recorder.record(request(note: "first"))
        _ = try recorder.record(request(article: "5", verdict: .rejected))
        _ = try recorder.record(request(note: "second"))
        let decisions = try decisionsOnFile()
        #expect(decisions.map(\.article) == ["5", "2"])
        #expect(decisions.map(\.note) == [nil, "second"])
    }

    @Test func withoutADateTheDecisionIsDatedTheUTCDayOfRecording() throws {
        defer { scratch.remove() }
        var undated = request()
        undated.date = nil
        // 2026-01-02 23:30 UTC: already the 3rd east of Greenwich, still the 2nd in UTC.
        let recorded = try recorder().record(undated, now: Date(timeIntervalSince1970: 1_767_396_600))
        #expect(recorded.decision.date == "2026-01-02")
    }

    @Test func anUnknownProvisionIsBadInputAndNothingIsWritten() throws {
        defer { scratch.remove() }
        var unknown = request()
        unknown.provision = "999"
        let error = try #require(throws: LexalignError.self) { try recorder().record(unknown) }
        #expect(error.kind == .badInput)
        #expect(error.messages == ["\(chileLaw): error: no provision '999' in this document"])
        #expect(!FileManager.default.fileExists(atPath: mappings.appendingPathComponent("reviews/cl.yaml").path))
    }

    @Test func aBrokenReviewFileIsNamedAndLeftAsItIs() throws {
        defer { scratch.remove() }
        let broken = "decisions:\n  - provision: [\n"
        let file = try scratch.write(broken, to: "Mappings/reviews/cl.yaml")
        let error = try #require(throws: LexalignError.self) { try recorder().record(request()) }
        #expect(error.kind == .badInput)
        #expect(error.messages.first?.hasPrefix(file.path + ":") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == broken)
    }
}
