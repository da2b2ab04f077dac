import ArgumentParser
import Foundation
import Reports

/// CI mode: regenerates the report in memory and fails when the committed tree is out of date or a state's
/// readiness went down.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail (exit 1) when the committed report differs from a fresh one or a state's readiness dropped.",
        discussion: "Run `lexalign report` and commit the result when the changes are intended.")

    @OptionGroup var sources: ReportSources

    @Option(help: "The committed report tree to verify.")
    var out = "Reports"

    func run() throws {
        let (check, count) = try verify()
        if check.passed {
            print("\(out): up to date (\(count) files)")
            return
        }
        print(check.report)
        print("\(out) is out of date: run `swift run lexalign report --out \(out)` and review the changes")
        throw ExitCode(1)
    }

    /// The comparison of a fresh report with the tree in `out`, and how many files the report has.
    func verify() throws -> (ReportCheck, Int) {
        let progress = ProgressLine()
        let site = try sources.buildSite(progress: progress)
        progress.finish()
        return (ReportCheck(generated: site.files, committed: try ReportTree.read(URL(fileURLWithPath: out))), site.files.count)
    }
}
