import ArgumentParser
import Foundation
import LexalignKit

/// CI mode: regenerates the report in memory and fails when the committed tree is out of date or a state's
/// readiness went down.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail (exit 1) when the committed report differs from a fresh one or a state's readiness dropped.",
        discussion: "Run `lexalign report` and commit the result when the changes are intended.")

    @OptionGroup var options: ReportOptions

    func run() throws {
        let (check, count) = try ProgressLine().showing { progress in
            try ReportChecker(builder: options.builder).check(URL(fileURLWithPath: options.out), progress: progress)
        }
        if check.passed {
            print("\(options.out): up to date (\(count) files)")
            return
        }
        print(check.report)
        print("\(options.out) is out of date: run `swift run lexalign report --out \(options.out)` and review the changes")
        throw ExitStatus.findings
    }
}
