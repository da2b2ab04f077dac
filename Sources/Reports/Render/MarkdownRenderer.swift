/// Markdown for reading on a forge or pasting into a memo: the same content as the HTML pages, links relative to
/// the `.md` files of the report tree.
public enum MarkdownRenderer {
    public static func index(_ matrix: Matrix, analyses: [GapAnalysis], comparisons: [VersionComparison], instrumentTitle: String) -> String {
        var out = "# \(instrumentTitle): implementation matrix\n\n"
        out += "Legend: " + ArticleStatus.allCases.map { "\($0.symbol) \($0.label.lowercased())" }.joined(separator: ", ") + ".\n\n"
        out += "| State | Readiness | " + matrix.articles.map { "[\($0.article)](articles/\($0.article).md)" }.joined(separator: " | ") + " |\n"
        out += "|---|---:|" + String(repeating: ":-:|", count: matrix.articles.count) + "\n"
        for row in matrix.rows {
            out += "| [\(cell(row.stateName))](states/\(row.state).md) | \(row.readiness.map { "\($0)%" } ?? "–") | "
            out += row.cells.map(\.status.symbol).joined(separator: " | ") + " |\n"
        }
        out += "\n## Readiness\n\n" + Readiness.rule + "\n\n"
        out += "| State | " + Article.sectionLabels(analyses).joined(separator: " | ") + " | Overall |\n"
        out += "|---|" + String(repeating: "---:|", count: Article.sectionLabels(analyses).count + 1) + "\n"
        for analysis in analyses {
            out += "| \(cell(analysis.stateName)) | " + analysis.readiness.sections.map(\.displayWithShare).joined(separator: " | ")
            out += " | \(analysis.readiness.overall.displayWithShare) |\n"
        }
        if !comparisons.isEmpty {
            out += "\n## Comparisons\n\n"
            for comparison in comparisons {
                out += "- [\(comparison.from.label) → \(comparison.to.label)](comparisons/\(comparison.id).md)\n"
            }
        }
        out += "\nData: [report.json](report.json), [matrix.csv](matrix.csv).\n"
        return out
    }

    public static func state(_ analysis: GapAnalysis) -> String {
        var out = "# \(analysis.stateName): gap analysis against the \(analysis.instrumentTitle)\n\n"
        if let status = analysis.partyStatus { out += "Treaty status: **\(status.rawValue)**.\n\n" }
        out += "## Documents\n\n"
        for document in analysis.documents {
            let replaced = document.consolidated ? "consolidated into" : "replaced by"
            let state = document.inForce ? "in force" : "not in force" + ((document.supersededByTitle ?? document.supersededBy).map { " (\(replaced) \($0))" } ?? "")
            let version = document.versionDate.flatMap { $0 == document.date ? nil : ", text as of \($0)" } ?? ""
            out += "- \(document.title) (\(document.date)\(version)), \(state); scope: \(document.scope.isEmpty ? "none" : document.scope.map(\.rawValue).joined(separator: ", ")). `\(document.uri)`\n"
        }
        out += "\n## Readiness\n\n| Section | Articles | Assessed | Implemented | Excused | Partial | Missing | Not assessed | Readiness |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for section in analysis.readiness.sections + [analysis.readiness.overall] {
            out += "| \(section.label) | \(section.articles) | \(section.assessed) | \(section.implemented) | \(section.excused) | \(section.partial) | \(section.missing) | \(section.notAssessed) | \(section.display) |\n"
        }
        out += "\n" + analysis.readiness.rule + "\n\n## Articles\n\n"
        out += "| Art. | Title | Status | Provisions |\n|---|---|---|---|\n"
        for article in analysis.articles {
            out += "| [\(article.article)](#art-\(article.article)) | \(cell(article.title)) | \(article.status.symbol) \(article.status.label) | \(cell(article.evidence.map(\.citation).joined(separator: "; "))) |\n"
        }
        for article in analysis.articles where article.status != .notAssessed || !article.reserves.isEmpty {
            out += "\n### <a id=\"art-\(article.article)\"></a>Art. \(article.article) \(article.title): \(article.status.label)\n\n"
            out += article.explanation + "\n"
            out += basis(article)
            for gap in article.gaps {
                out += "- \(gap.kind == .missing ? "Missing" : "Qualifier added"): \(gap.description.trimmingTrailingPeriod)"
                out += gap.excusedBy.map { " — covered by the \($0.label.lowercased()): \($0.summary) (source: \($0.source))" } ?? " — **open**"
                out += "\n"
            }
            for reserve in article.reserves where !article.gaps.contains(where: { $0.excusedBy == reserve }) {
                out += "- \(reserve.label): \(reserve.summary) (source: \(reserve.source))\n"
            }
            if let text = article.articleText { out += "\n**Convention, Art. \(article.article)**\n\n" + quote(text) }
            for evidence in article.evidence { out += provision(evidence) }
            if !article.draftingExamples.isEmpty {
                out += "\n**Drafting examples from other states**\n"
                for example in article.draftingExamples {
                    out += "\n*\(example.stateName)* (\(example.status.label.lowercased())):\n"
                    for evidence in example.provisions { out += provision(evidence) }
                }
            }
        }
        out += "\n## National offences with no counterpart in the Convention\n\n"
        if !analysis.unaligned.contains(where: \.offence) { out += "None found.\n" }
        for excerpt in analysis.unaligned where excerpt.offence {
            out += "\n**\(excerpt.citation)**" + (excerpt.heading.map { " \($0)" } ?? "") + "\n\n" + quote(excerpt.text)
        }
        out += "\n## Other provisions with no counterpart\n\n"
        if !analysis.unaligned.contains(where: { !$0.offence }) { out += "None.\n" }
        for excerpt in analysis.unaligned where !excerpt.offence {
            out += "- **\(excerpt.citation)**" + (excerpt.heading.map { " \($0)" } ?? "") + ": " + oneLine(excerpt.text, limit: 240) + "\n"
        }
        return out
    }

    public static func article(_ comparison: ArticleComparison) -> String {
        var out = "# Art. \(comparison.article) \(comparison.title)\n\n\(comparison.section.label).\n\n"
        if let text = comparison.articleText { out += quote(text) }
        for entry in comparison.states {
            out += "\n## [\(entry.stateName)](../states/\(entry.state).md): \(entry.status.symbol) \(entry.status.label)\n\n\(entry.explanation)\n"
            for reserve in entry.reserves { out += "- \(reserve.label): \(reserve.summary)\n" }
            for evidence in entry.evidence { out += provision(evidence) }
        }
        return out
    }

    public static func comparison(_ comparison: VersionComparison) -> String {
        var out = "# \(comparison.from.label) → \(comparison.to.label)\n\n"
        out += VersionComparison.Change.allCases.map { "\($0.rawValue): \(comparison.summary[$0] ?? 0)" }.joined(separator: ", ") + "\n\n"
        out += "| Art. | Title | Before | After | Change |\n|---|---|---|---|---|\n"
        for change in comparison.articles {
            out += "| \(change.article) | \(cell(change.title)) | \(change.fromCoverage.rawValue) \(cell(change.fromProvisions.joined(separator: "; "))) | \(change.toCoverage.rawValue) \(cell(change.toProvisions.joined(separator: "; "))) | \(change.change.rawValue) |\n"
        }
        for change in comparison.articles {
            out += "\n## Art. \(change.article) \(change.title)\n\n"
            out += change.diff.map { segment in
                switch segment.op {
                case .insert: "**{+\(segment.text.trimmingTrailingSpace)+}**" + segment.text.trailingSpace
                case .delete: "~~{-\(segment.text.trimmingTrailingSpace)-}~~" + segment.text.trailingSpace
                case .equal: segment.text
                }
            }.joined().replacingNewlines("  \n") + "\n"
        }
        return out
    }

    private static func basis(_ article: ArticleAssessment) -> String {
        var notes: [String] = []
        if article.suggestedOnly { notes.append("rests on mapper suggestions not yet reviewed by an expert") }
        if article.stale { notes.append("an expert decision was made on an older text of a provision: review it") }
        return notes.isEmpty ? "\n" : "\n*Note: " + notes.joined(separator: "; ") + ".*\n\n"
    }

    private static func provision(_ evidence: ProvisionEvidence) -> String {
        var out = "\n**\(evidence.citation)**" + (evidence.heading.map { " — \($0)" } ?? "")
        out += " (\(evidence.coverage.rawValue), \(evidence.origin.rawValue)\(evidence.stale ? ", stale" : ""))\n\n"
        out += quote(evidence.text.isEmpty ? "(text not in the corpus)" : evidence.text)
        let shown = evidence.elements.filter { !$0.evidence.isEmpty }
        if !shown.isEmpty {
            out += "\nEvidence: " + shown.map { element in
                "\(element.description.trimmingTrailingPeriod): “\(element.evidence.uniqued.joined(separator: "”, “"))”"
            }.joined(separator: "; ") + "\n"
        }
        if let note = evidence.note { out += "\nExpert note: \(note)\n" }
        return out
    }

    static func quote(_ text: String) -> String {
        HTML.joiningMarkers(text).split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") + "\n"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingNewlines(" ")
    }

    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.replacingNewlines(" ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}

extension Array where Element == String {
    /// The strings in order, each once.
    var uniqued: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    func replacingNewlines(_ replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }

    var trimmingTrailingSpace: String {
        String(self[..<(lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? startIndex)])
    }

    var trailingSpace: String { String(dropFirst(trimmingTrailingSpace.count)) }
}

extension Article {
    static func sectionLabels(_ analyses: [GapAnalysis]) -> [String] {
        analyses.first?.readiness.sections.map(\.label) ?? []
    }
}

import Alignment
import Foundation
