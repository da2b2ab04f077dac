import Foundation
import Mustache

/// The static portal's pages, rendered through Mustache templates so the secretariat can restyle it without
/// Swift. Templates: `index`, `state`, `article`, `comparison` (pages) and any partials they include (`header`,
/// `footer`...); every other file of the template folder (`style.css`) is copied to the site root.
///
/// Every page receives `root` (the relative path to the site root: `""` or `"../"`), `title`, and its model
/// flattened into plain dictionaries; statutory text arrives both as `text` (escaped by `{{text}}`) and, where
/// evidence is highlighted, as `text_html` (already escaped, with `<mark>`s; use `{{{text_html}}}`).
public struct HTMLRenderer: Sendable {
    public static let pageTemplates = ["index", "state", "article", "comparison"]
    private let library: MustacheLibrary

    public enum TemplateError: Error, CustomStringConvertible {
        case missing(String)
        case invalid(String, String)

        public var description: String {
            switch self {
            case .missing(let name): "template '\(name).mustache' is missing"
            case .invalid(let name, let message): "\(name).mustache: error: \(message)"
            }
        }
    }

    /// - Parameter templates: template name (file name without `.mustache`) to its text.
    public init(templates: [String: String]) throws {
        var library = MustacheLibrary()
        for name in templates.keys.sorted() {
            do {
                try library.register(templates[name]!, named: name)
            } catch {
                throw TemplateError.invalid(name, String(describing: error))
            }
        }
        for name in Self.pageTemplates where library.getTemplate(named: name) == nil {
            throw TemplateError.missing(name)
        }
        self.library = library
    }

    private func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    public func index(_ matrix: Matrix, analyses: [GapAnalysis], comparisons: [VersionComparison], instrumentTitle: String) -> String {
        let sections = analyses.first?.readiness.sections.map { ["label": $0.label]  as [String: Any] } ?? []
        return render("index", [
            "root": "", "title": "\(instrumentTitle): implementation matrix", "instrument_title": instrumentTitle,
            "legend": ArticleStatus.allCases.map { ["status": $0.rawValue, "symbol": $0.symbol, "label": $0.label] },
            "articles": matrix.articles.map { ["article": $0.article, "title": $0.title, "section": $0.section] },
            "section_groups": sectionGroups(matrix.articles),
            "rows": matrix.rows.map { row in
                [
                    "state": row.state, "state_name": row.stateName, "readiness": row.readiness.map { "\($0)%" } ?? "–",
                    "cells": row.cells.map { cell in
                        [
                            "article": cell.article, "status": cell.status.rawValue, "symbol": cell.status.symbol,
                            "label": cell.status.label,
                            "tooltip": "Art. \(cell.article): \(cell.status.label)" + (cell.provisions.isEmpty ? "" : " — " + cell.provisions.joined(separator: "; ")),
                        ]
                    },
                ] as [String: Any]
            },
            "section_labels": sections,
            "readiness": analyses.map { analysis in
                [
                    "state": analysis.state, "state_name": analysis.stateName,
                    "sections": analysis.readiness.sections.map { readinessContext($0) },
                    "overall": readinessContext(analysis.readiness.overall),
                ] as [String: Any]
            },
            "rule": Readiness.rule,
            "comparisons": comparisons.map { ["id": $0.id, "from": $0.from.label, "to": $0.to.label] },
            "has_comparisons": !comparisons.isEmpty,
        ])
    }

    public func state(_ analysis: GapAnalysis) -> String {
        render("state", [
            "root": "../", "title": "\(analysis.stateName): gap analysis", "state": analysis.state,
            "state_name": analysis.stateName, "instrument_title": analysis.instrumentTitle,
            "party_status": analysis.partyStatus ?? "unknown",
            "documents": analysis.documents.map { document in
                [
                    "uri": document.uri, "title": document.title, "short_title": document.shortTitle, "date": document.date,
                    "version": document.versionDate.map { $0 == document.date ? "" : "text as of \($0)" } ?? "",
                    "has_version": document.versionDate.map { $0 != document.date } ?? false,
                    "in_force": document.inForce, "superseded_by": document.supersededByTitle ?? document.supersededBy ?? "",
                    "has_superseded_by": document.supersededBy != nil,
                    "replaced": document.consolidated ? "consolidated into" : "replaced by",
                    "scope": document.scope.isEmpty ? "none" : document.scope.joined(separator: ", "),
                ] as [String: Any]
            },
            "readiness_sections": (analysis.readiness.sections + [analysis.readiness.overall]).map { readinessContext($0) },
            "overall": readinessContext(analysis.readiness.overall),
            "rule": analysis.readiness.rule,
            "articles": analysis.articles.map { articleContext($0) },
            "offences": analysis.unaligned.filter(\.offence).map { excerpt in
                [
                    "citation": excerpt.citation, "heading": excerpt.heading ?? "", "has_heading": excerpt.heading != nil,
                    "text": excerpt.text,
                ] as [String: Any]
            },
            "has_offences": analysis.unaligned.contains(where: \.offence),
            "unaligned": analysis.unaligned.filter { !$0.offence }.map { excerpt in
                [
                    "citation": excerpt.citation, "heading": excerpt.heading ?? "", "has_heading": excerpt.heading != nil,
                    "text": excerpt.text,
                ] as [String: Any]
            },
            "has_unaligned": analysis.unaligned.contains { !$0.offence },
            "unaligned_count": analysis.unaligned.filter { !$0.offence }.count,
        ])
    }

    public func article(_ comparison: ArticleComparison) -> String {
        render("article", [
            "root": "../", "title": "Art. \(comparison.article) \(comparison.title)", "article": comparison.article,
            "article_title": comparison.title, "section": comparison.section,
            "section_label": Article.Section(rawValue: comparison.section)?.label ?? comparison.section,
            "article_text": comparison.articleText ?? "", "has_article_text": comparison.articleText != nil,
            "article_text_html": HTML.highlight(comparison.articleText ?? "", spans: []),
            "states": comparison.states.map { entry in
                [
                    "state": entry.state, "state_name": entry.stateName, "status": entry.status.rawValue,
                    "symbol": entry.status.symbol, "label": entry.status.label, "explanation": entry.explanation,
                    "evidence": entry.evidence.map { evidenceContext($0) },
                    "reserves": entry.reserves.map { reserveContext($0) }, "has_reserves": !entry.reserves.isEmpty,
                ] as [String: Any]
            },
        ])
    }

    public func comparison(_ comparison: VersionComparison) -> String {
        render("comparison", [
            "root": "../", "title": "\(comparison.from.label) → \(comparison.to.label)", "from": comparison.from.label,
            "to": comparison.to.label,
            "summary": VersionComparison.Change.allCases.map { ["change": $0.rawValue, "count": comparison.summary[$0.rawValue] ?? 0] as [String: Any] },
            "articles": comparison.articles.map { change in
                [
                    "article": change.article, "title": change.title, "from_coverage": change.fromCoverage,
                    "to_coverage": change.toCoverage, "change": change.change.rawValue,
                    "from_provisions": change.fromProvisions.joined(separator: "; "),
                    "to_provisions": change.toProvisions.joined(separator: "; "),
                    "diff_html": HTML.joiningMarkerLines(inMarkup: change.diff.map { segment in
                        let text = HTML.escape(segment.text)
                        return switch segment.op {
                        case "insert": "<ins>\(text)</ins>"
                        case "delete": "<del>\(text)</del>"
                        default: text
                        }
                    }.joined()),
                ] as [String: Any]
            },
        ])
    }

    private func sectionGroups(_ columns: [Matrix.Column]) -> [[String: Any]] {
        var groups: [[String: Any]] = []
        for column in columns {
            if let last = groups.last, last["section"] as? String == column.section {
                groups[groups.count - 1]["span"] = (last["span"] as! Int) + 1
            } else {
                let section = Article.Section(rawValue: column.section)
                groups.append([
                    "section": column.section, "label": section?.shortLabel ?? column.section,
                    "title": section?.label ?? column.section, "span": 1,
                ])
            }
        }
        return groups
    }

    private func readinessContext(_ readiness: SectionReadiness) -> [String: Any] {
        [
            "section": readiness.section, "label": readiness.label, "display": readiness.display,
            "display_share": readiness.displayWithShare,
            "percent": readiness.percent ?? 0, "assessed": readiness.assessed, "articles": readiness.articles,
            "implemented": readiness.implemented, "excused": readiness.excused, "partial": readiness.partial,
            "missing": readiness.missing, "not_assessed": readiness.notAssessed, "has_percent": readiness.percent != nil,
        ]
    }

    private func articleContext(_ article: ArticleAssessment) -> [String: Any] {
        // Reserves already cited as the excuse of a gap are not listed twice.
        let otherReserves = article.reserves.filter { reserve in !article.gaps.contains { $0.excusedBy == reserve } }
        return [
            "article": article.article, "title": article.title, "section": article.section,
            "status": article.status.rawValue, "symbol": article.status.symbol, "label": article.status.label,
            "explanation": article.explanation, "article_text": article.articleText ?? "",
            "article_text_html": HTML.highlight(article.articleText ?? "", spans: []),
            "has_article_text": article.articleText != nil, "evidence": article.evidence.map { evidenceContext($0) },
            "has_evidence": !article.evidence.isEmpty,
            "gaps": article.gaps.map { gap in
                [
                    "description": gap.description.trimmingTrailingPeriod,
                    "kind": gap.kind == "missing" ? "Missing element" : "Qualifier added",
                    "excused": gap.excusedBy != nil, "excuse": gap.excusedBy.map { reserveContext($0) } ?? [:],
                ] as [String: Any]
            },
            "reserves": otherReserves.map { reserveContext($0) }, "has_reserves": !otherReserves.isEmpty,
            "has_gaps": !article.gaps.isEmpty,
            "suggested_only": article.suggestedOnly, "stale": article.stale,
            "drafting_examples": article.draftingExamples.map { example in
                [
                    "state": example.state, "state_name": example.stateName, "status": example.status.rawValue,
                    "label": example.status.label, "provisions": example.provisions.map { evidenceContext($0) },
                ] as [String: Any]
            },
            "has_drafting_examples": !article.draftingExamples.isEmpty,
            "assessed": article.status != .notAssessed,
        ]
    }

    private func evidenceContext(_ evidence: ProvisionEvidence) -> [String: Any] {
        let spans = evidence.elements.filter { $0.status == "present" }.flatMap(\.spans)
        return [
            "citation": evidence.citation, "heading": evidence.heading ?? "", "eid": evidence.eId,
            "has_heading": !(evidence.heading ?? "").isEmpty, "has_note": evidence.note != nil,
            "has_elements": !evidence.elements.isEmpty,
            "text": evidence.text, "text_html": HTML.highlight(evidence.text, spans: spans),
            "has_text": !evidence.text.isEmpty, "coverage": evidence.coverage, "origin": evidence.origin,
            "confirmed": evidence.origin != "suggested", "stale": evidence.stale, "note": evidence.note ?? "",
            "confidence": String(format: "%.2f", evidence.confidence),
            "elements": evidence.elements.map { element in
                [
                    "description": element.description.trimmingTrailingPeriod, "status": element.status,
                    "qualifier": element.qualifier,
                    "evidence": element.evidence.uniqued.joined(separator: " … "), "has_words": !element.evidence.isEmpty,
                ] as [String: Any]
            },
        ]
    }

    private func reserveContext(_ reserve: ReserveCitation) -> [String: Any] {
        ["label": reserve.label, "kind": reserve.kind, "summary": reserve.summary, "source": reserve.source]
    }
}

enum HTML {
    /// The text with each line that holds only a paragraph marker (`1.`, `a)`, `(ii)`, `§ 2º`) joined to the next
    /// line by a space instead of the line break, for display; same length, so evidence offsets still hold.
    static func joiningMarkers(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 1 else { return text }
        var joined = ""
        for index in lines.indices {
            joined += lines[index]
            if index < lines.count - 1 { joined += isMarker(lines[index]) ? " " : "\n" }
        }
        return joined
    }

    /// `joiningMarkers` for markup whose lines may open with tags (`<ins>a)` + line break).
    static func joiningMarkerLines(inMarkup html: String) -> String {
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var joined = ""
        for index in lines.indices {
            joined += lines[index]
            guard index < lines.count - 1 else { break }
            let visible = lines[index].replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            joined += isMarker(visible) ? " " : "\n"
        }
        return joined
    }

    private static func isMarker(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 8 else { return false }
        return trimmed.allSatisfy { $0.isNumber || $0.isLetter || "().-°º§ ".contains($0) }
            && trimmed.contains { $0.isNumber || "().".contains($0) } && trimmed.last.map { ".)-°º".contains($0) || $0.isNumber } == true
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The text escaped, with `<mark>` around the character ranges given (merged where they overlap); ranges
    /// outside the text are ignored.
    static func highlight(_ text: String, spans: [[Int]]) -> String {
        let characters = Array(joiningMarkers(text))
        var marked = [Bool](repeating: false, count: characters.count)
        for span in spans where span.count == 2 && span[0] >= 0 && span[0] < span[1] && span[1] <= characters.count {
            for index in span[0]..<span[1] { marked[index] = true }
        }
        var out = ""
        var open = false
        for (index, character) in characters.enumerated() {
            if marked[index] != open {
                out += open ? "</mark>" : "<mark>"
                open.toggle()
            }
            out += escape(String(character))
        }
        if open { out += "</mark>" }
        return out
    }
}

import Alignment
