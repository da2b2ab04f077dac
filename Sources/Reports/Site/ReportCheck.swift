import Foundation

/// What `lexalign check` finds when it compares a freshly built report tree with the committed one.
public struct ReportCheck: Sendable, Hashable {
    /// Files whose committed bytes differ from the regenerated ones.
    public let changed: [String]
    /// Files the report now produces that are not committed.
    public let missing: [String]
    /// Committed files the report no longer produces.
    public let extra: [String]
    /// States whose readiness went down (overall or in a section), e.g. `cl overall: 80% -> 75%`.
    public let readinessDrops: [String]

    public var passed: Bool { changed.isEmpty && missing.isEmpty && extra.isEmpty && readinessDrops.isEmpty }

    /// - Parameters:
    ///   - generated: the regenerated tree.
    ///   - committed: the tree on disk (relative path -> bytes).
    public init(generated: [String: Data], committed: [String: Data]) {
        changed = generated.keys.filter { committed[$0] != nil && committed[$0] != generated[$0] }.sorted()
        missing = generated.keys.filter { committed[$0] == nil }.sorted()
        extra = committed.keys.filter { generated[$0] == nil }.sorted()
        readinessDrops = Self.drops(
            before: committed["report.json"].flatMap(Self.summary), after: generated["report.json"].flatMap(Self.summary))
    }

    private static func summary(_ data: Data) -> ReportSummary? {
        try? JSONRenderer.decoder().decode(ReportSummary.self, from: data)
    }

    static func drops(before: ReportSummary?, after: ReportSummary?) -> [String] {
        guard let before, let after else { return [] }
        var drops: [String] = []
        for old in before.states {
            guard let new = after.states.first(where: { $0.state == old.state }) else {
                drops.append("\(old.state): no longer in the report")
                continue
            }
            for oldSection in old.readiness.sections + [old.readiness.overall] {
                let newSection = (new.readiness.sections + [new.readiness.overall]).first { $0.section == oldSection.section }
                guard let was = oldSection.percent else { continue }
                let now = newSection?.percent
                if now == nil || now! < was {
                    drops.append("\(old.state) \(oldSection.section.rawValue): \(was)% -> \(now.map { "\($0)%" } ?? "not assessed")")
                }
            }
        }
        return drops
    }

    public var report: String {
        var lines: [String] = []
        for path in changed { lines.append("changed: \(path)") }
        for path in missing { lines.append("not committed: \(path)") }
        for path in extra { lines.append("no longer generated: \(path)") }
        for drop in readinessDrops { lines.append("readiness dropped: \(drop)") }
        return lines.joined(separator: "\n")
    }
}
