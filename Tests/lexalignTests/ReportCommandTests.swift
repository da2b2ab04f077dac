import Foundation
import TestSupport
import Testing

/// `lexalign report` and `check` on the project's own Corpus/ and Mappings/: exit statuses and what they print.
@Suite(.serialized) struct ReportCommandTests {
    @Test func reportPrintsTheMatrixAndCountsAndCheckPassesOnItsTree() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let out = scratch.file("Reports").path
        let report = try lexalign("report", "--out", out)
        #expect(report.status == 0, "\(report.stderr)")
        let lines = report.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("Chile ") && $0.hasSuffix("%") })
        #expect(report.stdout.hasSuffix("\n\(out): \(try ReportFiles.count(out)) files, \(try ReportFiles.count(out)) written, 0 removed\n"))
        let quiet = try lexalign("report", "--out", out, "--quiet")
        #expect(quiet.stdout == "\(out): \(try ReportFiles.count(out)) files, 0 written, 0 removed\n")

        let check = try lexalign("check", "--out", out)
        #expect(check.status == 0)
        #expect(check.stdout == "\(out): up to date (\(try ReportFiles.count(out)) files)\n")

        try FileManager.default.removeItem(atPath: out + "/states/cl.html")
        let stale = try lexalign("check", "--out", out)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("states/cl.html"))
        #expect(stale.stdout.hasSuffix("\(out) is out of date: run `swift run lexalign report --out \(out)` and review the changes\n"))
    }

    @Test func theCommittedReportsAreUpToDate() throws {
        let run = try lexalign("check")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("Reports: up to date ("))
    }

    @Test func aMissingCorpusIsBadInputAndAMissingMappingsFolderCannotBeRead() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let out = scratch.file("Reports").path
        let corpus = try lexalign("report", "--corpus", scratch.file("none").path, "--out", out)
        #expect(corpus.status == 65)
        #expect(corpus.stderr == "\(scratch.file("none").path): error: no AKN documents (*.xml) found\n")
        let mappings = try lexalign("report", "--mappings", scratch.file("none").path, "--out", out)
        #expect(mappings.status == 66)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// Files of a report tree (top level and its page folders).
enum ReportFiles {
    static func count(_ root: String) throws -> Int {
        try FileManager.default.subpathsOfDirectory(atPath: root).filter { path in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
            return exists && !isFolder.boolValue && !(path as NSString).lastPathComponent.hasPrefix(".")
        }.count
    }
}
