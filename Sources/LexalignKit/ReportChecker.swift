import Foundation
import Reports

/// CI's question: is the committed report tree what a fresh report gives, and did no state's readiness drop?
public struct ReportChecker: Sendable {
    public let builder: ReportBuilder

    public init(builder: ReportBuilder) {
        self.builder = builder
    }

    /// The comparison of a fresh report (built in memory) with the tree in `committed`, and how many files the
    /// fresh report has.
    public func check(_ committed: URL, progress: some ProgressObserver = NoProgress()) throws(LexalignError)
        -> (check: ReportCheck, files: Int)
    {
        let site = try builder.site(progress: progress)
        let tree: [String: Data]
        do {
            tree = try ReportTree.read(committed)
        } catch {
            throw LexalignError(.cannotRead, ["\(committed.path): error: cannot read the report tree (\(error.localizedDescription))"])
        }
        return (ReportCheck(generated: site.files, committed: tree), site.files.count)
    }
}
