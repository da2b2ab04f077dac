import Alignment
import Foundation

/// Markdown for reading on a forge or pasting into a memo: the same content as the HTML pages, links relative to
/// the `.md` files of the report tree. Evidence is quoted sentence by sentence with the elements' words in bold;
/// full texts are kept once per state page, at its end; article pages cite provisions and link the state pages.
public enum MarkdownRenderer {
    public static func index(_ matrix: Matrix, analyses: [GapAnalysis], comparisons: [VersionComparison], instrumentTitle: String) -> String {
        var out = "# \(instrumentTitle): implementation matrix\n\n"
        out += "Legend: " + ArticleStatus.allCases.map { "\($0.symbol) \($0.label.lowercased())" }.joined(separator: ", ") + ". "
        out += "\"Not found in the corpus\" is not a gap: the corpus holds no whole text where the article would be.\n\n"
        let sections = matrix.articles.map(\.section).reduce(into: [Article.Section]()) { if !$0.contains($1) { $0.append($1) } }
        for section in sections {
            let columns = matrix.articles.enumerated().filter { $0.element.section == section }
            out += "## \(section.label)\n\n"
            out += "| State | Readiness | " + columns.map { "[\($0.element.article)](articles/\($0.element.article).md)" }.joined(separator: " | ") + " |\n"
            out += "|---|---:|" + String(repeating: ":-:|", count: columns.count) + "\n"
            for row in matrix.rows {
                let figure = row.sections.first { $0.section == section }?.readiness.map { "\($0)%" } ?? "–"
                out += "| [\(cell(row.stateName))](states/\(row.state).md) | \(figure) | "
                out += columns.map { row.cells[$0.offset].status.symbol }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        out += "## Readiness\n\n" + Readiness.rule + "\n\n"
        let labels = analyses.first?.readiness.sections.map(\.label) ?? []
        out += "| State | " + labels.joined(separator: " | ") + " | Overall | In words |\n"
        out += "|---|" + String(repeating: "---:|", count: labels.count + 1) + "---|\n"
        for analysis in analyses {
            out += "| [\(cell(analysis.stateName))](states/\(analysis.state).md) | "
            out += analysis.readiness.sections.map(\.display).joined(separator: " | ")
            out += " | \(analysis.readiness.overall.display) | \(analysis.readiness.overall.meaning) |\n"
        }
        if !comparisons.isEmpty {
            out += "\n## Comparisons\n\n"
            for comparison in comparisons {
                out += "- [\(ComparisonPage.title(comparison))](comparisons/\(comparison.id).md)\n"
            }
        }
        out += "\nData: [report.json](report.json), [matrix.csv](matrix.csv).\n"
        return out
    }

    public static func state(_ analysis: GapAnalysis) -> String {
        state(analysis, page: StatePage(analysis))
    }

    static func state(_ analysis: GapAnalysis, page: StatePage) -> String {
        var out = "# \(analysis.stateName): country profile and gap analysis\n\n"
        out += "Against the \(analysis.instrumentTitle).\n\n## Treaty facts\n\n"
        out += "| Treaty | Status | Signature | Ratification or accession | Entry into force | Approved by | Sources |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for treaty in page.treaties {
            let sources = treaty.sources.map(source).joined(separator: "; ")
            out += "| \(cell(treaty.title)) | \(treaty.status) | \(treaty.signed) | \(treaty.joined) | \(treaty.inForce) | \(cell(treaty.approvedBy)) | \(cell(sources.isEmpty ? "none recorded" : sources)) |\n"
        }
        out += "\n**Authorities notified.** "
        out += page.authorities.isEmpty
            ? "No central authority or 24/7 point of contact is recorded in the sources.\n"
            : "\n\n" + page.authorities.map { "- \($0.designation): \($0.name) (source: \(source($0.source)))" }.joined(separator: "\n") + "\n"
        if page.hasProfileNotes { out += "\n\(page.profileNotes)\n" }
        if page.hasReservesNote { out += "\n**Note:** \(page.reservesNote)\n" }

        out += "\n## Summary\n\n" + analysis.summary.joined(separator: "\n\n") + "\n"

        out += "\n## Readiness\n\n| Section | Readiness | In words |\n|---|---:|---|\n"
        for section in analysis.readiness.sections + [analysis.readiness.overall] {
            out += "| \(section.label) | \(section.display) | \(section.meaning) |\n"
        }
        out += "\n" + analysis.readiness.rule + "\n"

        out += "\n## What the corpus holds\n\n"
        for held in page.holdings.whole { out += "- Whole text: \(held.document) (\(held.kinds))\n" }
        for held in page.holdings.excerpts {
            out += "- Excerpt: \(held.document) (\(held.kinds))" + (held.hasParts ? ": \(held.parts)" : "") + "\n"
        }
        if page.holdings.hasLacking {
            out += "\nNot in the corpus (the articles they would hold are reported as not found, not as gaps):\n\n"
            for lacking in page.holdings.lacking { out += "- \(lacking.kind): \(lacking.articles)\n" }
        }
        out += "\nDocuments:\n\n"
        for document in page.documents {
            let state = document.inForce ? "in force" : "not in force" + (document.hasReplaced ? ", \(document.replaced)" : "")
            out += "- \(document.title) (\(document.date)\(document.hasVersion ? ", \(document.version)" : "")), \(state)."
            if let source = document.source { out += " Source: \(self.source(source))." }
            if document.hasCompleteness { out += " Completeness: \(document.completeness)" }
            out += "\n"
        }

        out += "\n## Articles\n\n| Art. | Title | Status | Provisions | Declarations and reservations |\n|---|---|---|---|---|\n"
        for group in page.groups {
            out += "| | **\(cell(group.label))** | | | |\n"
            for row in group.rows {
                out += "| [\(row.article)](#art-\(row.article)) | \(cell(row.title)) | \(row.symbol) \(row.label) | \(cell(row.provisions)) | \(cell(row.statements)) |\n"
            }
        }
        for (article, section) in zip(analysis.articles, page.articles) {
            out += "\n### <a id=\"art-\(article.article)\"></a>Art. \(article.article) \(article.title): \(article.status.label)\n\n"
            out += "*\(article.division).* [The Convention's text and all states](../articles/\(article.article).md).\n\n"
            out += article.explanation + "\n"
            var notes: [String] = []
            if section.suggestedOnly { notes.append("rests on mapper suggestions not yet reviewed by an expert") }
            if section.stale { notes.append("an expert decision was made on an older text of a provision: review it") }
            if section.reservesUnknown { notes.append("the state's declarations and reservations are not fully known: one may cover a gap here") }
            if !notes.isEmpty { out += "\n*Note: " + notes.joined(separator: "; ") + ".*\n" }
            if section.hasGaps || section.hasReserves { out += "\n" }
            for gap in section.gaps { out += "- " + self.gap(gap) + "\n" }
            for reserve in section.reserves { out += "- " + self.reserve(reserve) + "\n" }
            for evidence in section.evidence { out += provision(evidence, page: "") }
            if section.hasMoreEvidence { out += "\nAlso aligned with this article: " + links(section.moreEvidence, page: "") + ".\n" }
            if section.hasDraftingExamples {
                out += "\n**Drafting examples from other states**\n"
                for example in section.draftingExamples {
                    out += "\n*[\(example.stateName)](\(example.state).md#art-\(article.article))* (\(example.label.lowercased())):\n"
                    for evidence in example.provisions { out += provision(evidence, page: "\(example.state).md") }
                }
            }
        }
        out += "\n## National offences with no counterpart in the Convention\n\n"
        if !page.hasOffences { out += "None found.\n" }
        for excerpt in page.offences {
            out += "- [\(excerpt.citation)](#\(excerpt.anchor))" + (excerpt.hasHeading ? " \(excerpt.heading)" : "") + "\n"
        }
        if page.hasUnaligned {
            out += "\n## Other provisions with no counterpart\n\nPenalty rules, procedure, repeals and formal clauses: "
            out += page.unaligned.map { $0.citation + ($0.hasHeading ? " (\($0.heading.trimmingTrailingPeriod))" : "") }.joined(separator: "; ") + ".\n"
        }
        if page.hasTexts {
            out += "\n## Texts cited\n"
            for text in page.texts {
                out += "\n#### <a id=\"\(text.anchor)\"></a>\(text.citation)" + (text.hasHeading ? " — \(text.heading)" : "") + "\n\n"
                out += quote(text.text)
            }
        }
        return out
    }

    public static func article(_ comparison: ArticleComparison) -> String {
        article(comparison, page: ArticlePage(comparison))
    }

    static func article(_ comparison: ArticleComparison, page: ArticlePage) -> String {
        var out = "# Art. \(comparison.article) \(comparison.title)\n\n*\(comparison.division).*\n\n## Summary\n\n"
        out += "| State | Status | Provisions | Qualifiers added | Declarations and reservations |\n|---|---|---|---|---|\n"
        for row in page.rows {
            out += "| [\(cell(row.stateName))](../states/\(row.state).md#art-\(comparison.article)) | \(row.symbol) \(row.label) | \(cell(row.provisions)) | \(cell(row.qualifiers)) | \(cell(row.statements)) |\n"
        }
        if let text = comparison.articleText { out += "\n## The Convention's text\n\n" + quote(text) }
        for (entry, view) in zip(comparison.states, page.states) where entry.status.isAssessed {
            out += "\n## [\(entry.stateName)](../states/\(entry.state).md#art-\(comparison.article)): \(entry.status.symbol) \(entry.status.label)\n\n\(entry.explanation)\n"
            if view.hasGaps { out += "\n" }
            for gap in view.gaps { out += "- " + self.gap(gap, cite: false) + "\n" }
            for evidence in view.evidence { out += provision(evidence, page: "../states/\(entry.state).md") }
            if view.hasMoreEvidence {
                out += "\nAlso aligned with this article: " + links(view.moreEvidence, page: "../states/\(entry.state).md") + ".\n"
            }
        }
        let notFound = comparison.states.filter { !$0.status.isAssessed }
        if !notFound.isEmpty {
            out += "\n## Not found in the corpus\n\n" + notFound.map { "[\($0.stateName)](../states/\($0.state).md#art-\(comparison.article))" }.joined(separator: ", ")
            out += ": the corpus holds no whole text where the article would be implemented.\n"
        }
        return out
    }

    public static func comparison(_ comparison: VersionComparison) -> String {
        let page = ComparisonPage(comparison)
        var out = "# \(page.title)\n\n\(page.lead)\n\n"
        out += page.summary.map { "\($0.label): \($0.count)" }.joined(separator: "; ") + ".\n\n"
        out += "| Art. | Title | \(cell(page.from)) | \(cell(page.to)) | Change |\n|---|---|---|---|---|\n"
        for change in page.articles {
            out += "| [\(change.article)](../articles/\(change.article).md) | \(cell(change.title)) | \(change.fromLabel): \(cell(change.fromProvisions)) | \(change.toLabel): \(cell(change.toProvisions)) | \(change.changeLabel) |\n"
        }
        if page.isVersions && page.hasChanged {
            out += "\n## How the wording changed\n\nRemoved words are struck through (~~like this~~), added words are in bold (**like this**).\n"
            for (change, view) in zip(comparison.articles, page.articles) where view.hasDiff {
                out += "\n### Art. \(change.article) \(change.title)\n\n\(view.fromProvisions) → \(view.toProvisions)\n\n"
                out += diff(change.diff)
            }
        }
        return out
    }

    // MARK: Pieces

    /// A word diff as a quote: deletions `~~struck~~`, insertions `**bold**`, each mark closed before a line break
    /// so that no mark spans lines, and the statute's own `*`, `_`, `~` escaped.
    static func diff(_ segments: [TextDiff.Segment]) -> String {
        var text = ""
        for segment in segments {
            let lines = HTML.joiningMarkers(segment.text).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { text += "\n" }
                let body = String(line)
                let core = body.trimmingCharacters(in: .whitespaces)
                guard !core.isEmpty else { text += body; continue }
                let lead = String(body.prefix { $0 == " " }), trail = String(body.reversed().prefix { $0 == " " })
                switch segment.op {
                case .equal: text += escape(body)
                case .insert: text += lead + "**" + escape(core) + "**" + trail
                case .delete: text += lead + "~~" + escape(core) + "~~" + trail
                }
            }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") + "\n"
    }

    static func provision(_ item: ProvisionItem, page: String) -> String {
        let anchor = item.href.split(separator: "#").last.map(String.init) ?? ""
        let link = page + "#" + anchor
        var out = "\n**[\(item.citation)](\(link))**" + (item.hasHeading ? " — \(item.heading)" : "")
        out += " (\(item.coverageLabel); \(item.basis)\(item.stale ? "; text changed since the expert's review" : ""))\n\n"
        for quote in item.quotes { out += marked(quote) + "\n" }
        if !item.hasQuotes { out += "No sentence is marked for this article; see the full text.\n" }
        var findings: [String] = []
        if item.hasShows { findings.append("Shows: \(item.shows).") }
        if item.hasLacks { findings.append("Does not show: \(item.lacks).") }
        if !findings.isEmpty { out += "\n" + findings.joined(separator: " ") + "\n" }
        if item.hasNote { out += "\nExpert note: \(item.note)\n" }
        return out
    }

    /// `[Ley 30096 art. 10](#p-...) (partial); ...`, linking the `.md` page given.
    static func links(_ items: [CitationLink], page: String) -> String {
        items.map { "[\($0.citation)](\(page)#\($0.href.split(separator: "#").last.map(String.init) ?? "")) (\($0.coverage))" }
            .joined(separator: "; ")
    }

    /// A quoted sentence with the marked words in bold (marks are merged and never cross a line).
    static func marked(_ quote: ProvisionItem.QuoteItem) -> String {
        let characters = Array(quote.text)
        var out = "> "
        var position = 0
        func plain(_ range: Range<Int>) {
            for character in characters[range] {
                // Only a character that opens with one of these bytes can be a line feed or an emphasis mark: the
                // others are told by their first byte, without comparing characters.
                if let first = character.utf8.first, first == 0x0A || first == 0x2A || first == 0x5F || first == 0x7E || first == 0x60 {
                    if character == "\n" { out += "\n> "; continue }
                    if "*_~`".contains(character) { out.append("\\") }
                }
                out.append(character)
            }
        }
        for mark in quote.marks where mark.count == 2 && mark[0] >= position && mark[1] <= characters.count && mark[0] < mark[1] {
            plain(position..<mark[0])
            let words = String(characters[mark[0]..<mark[1]])
            if words.contains("\n") || words.trimmingCharacters(in: .whitespaces).isEmpty {
                plain(mark[0]..<mark[1])
            } else {
                out += "**" + escape(words) + "**"
            }
            position = mark[1]
        }
        plain(position..<characters.count)
        return out + "\n"
    }

    static func gap(_ gap: GapItem, cite: Bool = true) -> String {
        var out = "\(gap.kind): \(gap.description)."
        if let excuse = gap.excuse {
            out += " Permitted by \(excuse.reference)" + (cite ? ": " + excuse.summary + " (source: \(source(excuse.source)))" + (excuse.hasFlag ? " **\(excuse.flag)**" : "") : ".")
        } else if !gap.remedy.isEmpty {
            out += " Remedy: " + gap.remedy
        }
        return out
    }

    static func reserve(_ reserve: ReserveItem) -> String {
        "\(reserve.label): \(reserve.summary) (source: \(source(reserve.source)))" + (reserve.hasFlag ? " **\(reserve.flag)**" : "")
    }

    static func source(_ source: SourceItem) -> String {
        source.parts.map { part in part.url.map { "[\(part.text.trimmingCharacters(in: .whitespaces))](\($0))".withLeadingSpace(of: part.text) } ?? part.text }.joined()
    }

    static func quote(_ text: String) -> String {
        "> " + escape(HTML.joiningMarkers(text)).replacingNewlines("\n> ") + "\n"
    }

    /// Escapes the Markdown emphasis characters of statutory text (all ASCII: read as UTF-8 bytes).
    static func escape(_ text: String) -> String {
        guard text.containsByte(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x7E || $0 == 0x60 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == 0x2A || byte == 0x5F || byte == 0x7E || byte == 0x60 { bytes.append(0x5C) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingNewlines(" ")
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
    /// The text with the leading spaces of `other` in front.
    func withLeadingSpace(of other: String) -> String {
        String(other.prefix { $0 == " " }) + self
    }

    /// Every line break (`"\n"`) replaced. Without a CR (CR LF is one character, not a line feed) the line breaks
    /// are the text's 0x0A bytes, replaced as bytes: splitting into characters was 3 % of a report's work.
    func replacingNewlines(_ replacement: String) -> String {
        guard !containsByte(0x0D) else {
            return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
        }
        guard containsByte(0x0A) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16 * replacement.utf8.count)
        for byte in utf8 {
            if byte == 0x0A { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    var trimmingTrailingPeriod: String {
        var text = self
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
