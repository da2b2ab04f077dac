import Foundation
import LexalignSupport

/// The whole report tree in memory: relative path -> bytes. `lexalign report` writes it, `lexalign check`
/// compares it with what is committed. Layout:
///
/// ```
/// index.html  index.md  report.json  matrix.csv  style.css (and other non-template files of the templates)
/// states/<cc>.html  states/<cc>.md  states/<cc>.json
/// articles/<n>.html  articles/<n>.md
/// comparisons/<id>.html  comparisons/<id>.md  comparisons/<id>.json
/// ```
public struct ReportSite: Sendable {
    public let files: [String: Data]
    public let analyses: [GapAnalysis]
    public let matrix: Matrix
    public let comparisons: [VersionComparison]
    /// Comparisons `Mappings/corpus.yaml` asked for that name nothing in the corpus.
    public let unresolvedComparisons: [ComparisonRequest]

    /// Builds every page. `templates` maps a template name to its text (see `HTMLRenderer`); `assets` maps a file
    /// name (`style.css`) to bytes copied to the root. `progress` is told each step (for a terminal indicator).
    public static func build(
        _ input: ReportInput, templates: [String: String], assets: [String: Data],
        progress: (_ done: Int, _ total: Int, _ step: String) -> Void = { _, _, _ in }
    ) throws -> ReportSite {
        var files: [String: Data] = [:]
        let site = try stream(input, templates: templates, assets: assets, progress: progress) { files[$0] = $1 }
        return ReportSite(
            files: files, analyses: site.analyses, matrix: site.matrix, comparisons: site.comparisons,
            unresolvedComparisons: site.unresolvedComparisons)
    }

    /// Builds every page like `build` but hands each file to `emit` as soon as it is rendered, so that a caller
    /// writing them need not hold the whole site (hundreds of MiB for a thousand laws). The returned site's
    /// `files` is empty. Files come in a fixed order; the same input gives the same files.
    public static func stream(
        _ input: ReportInput, templates: [String: String], assets: [String: Data],
        progress: (_ done: Int, _ total: Int, _ step: String) -> Void = { _, _, _ in },
        emit: (_ path: String, _ bytes: Data) throws -> Void
    ) throws -> ReportSite {
        let analyses = GapAnalyzer(input: input).analyzeAll()
        let matrix = Matrix(instrument: input.instrument, analyses: analyses)
        let (comparisons, unresolved) = VersionComparer(input: input).all()
        let html = try HTMLRenderer(templates: templates)
        let title = input.instrument.title
        func put(_ path: String, _ text: String) throws { try emit(path, Data(text.utf8)) }

        let total = analyses.count + input.articlesInScope.count + comparisons.count + 1
        var done = 0
        func step(_ name: String) { done += 1; progress(done, total, name) }

        // State pages, the largest, are rendered on every core a few states per core at a time (so that a state
        // with many laws does not leave the other cores idle) and handed over in order; only a batch is held.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for batch in analyses.batches(of: 4 * cores) {
            let rendered = Array(batch).concurrentMap { analysis in
                Result { () throws -> [(String, Data)] in
                    let page = StatePage(analysis)
                    return [
                        ("states/\(analysis.state).html", Data(html.state(page).utf8)),
                        ("states/\(analysis.state).md", Data(MarkdownRenderer.state(analysis, page: page).utf8)),
                        ("states/\(analysis.state).json", try JSONRenderer.render(analysis)),
                    ]
                }
            }
            for (analysis, pages) in zip(batch, rendered) {
                for (path, bytes) in try pages.get() { try emit(path, bytes) }
                step("state \(analysis.state)")
            }
        }
        // Article pages too.
        for batch in input.articlesInScope.batches(of: 4 * cores) {
            let rendered = Array(batch).concurrentMap { article -> (String, String) in
                let comparison = ArticleComparison(
                    article: article, articleText: input.articleTexts[article.number], analyses: analyses)
                let page = ArticlePage(comparison)
                return (html.article(page), MarkdownRenderer.article(comparison, page: page))
            }
            for (article, pages) in zip(batch, rendered) {
                try put("articles/\(article.number).html", pages.0)
                try put("articles/\(article.number).md", pages.1)
                step("article \(article.number)")
            }
        }
        for comparison in comparisons {
            try put("comparisons/\(comparison.id).html", html.comparison(comparison))
            try put("comparisons/\(comparison.id).md", MarkdownRenderer.comparison(comparison))
            try emit("comparisons/\(comparison.id).json", try JSONRenderer.render(comparison))
            step("comparison \(comparison.id)")
        }
        try put("index.html", html.index(matrix, analyses: analyses, comparisons: comparisons, instrumentTitle: title))
        try put("index.md", MarkdownRenderer.index(matrix, analyses: analyses, comparisons: comparisons, instrumentTitle: title))
        try emit("matrix.csv", try CSVRenderer.render(matrix))
        try emit("report.json", try JSONRenderer.render(ReportSummary(
            instrument: input.instrument.id, readinessRule: Readiness.rule, matrix: matrix,
            states: analyses.map { .init(state: $0.state, stateName: $0.stateName, readiness: $0.readiness) })))
        for name in assets.keys.sorted() { try emit(name, assets[name]!) }
        step("index")
        return ReportSite(
            files: [:], analyses: analyses, matrix: matrix, comparisons: comparisons, unresolvedComparisons: unresolved)
    }
}

/// The templates shipped with the library (`Sources/Reports/Templates`).
public enum BundledTemplates {
    public static var directory: URL? {
        Bundle.module.url(forResource: "Templates", withExtension: nil)
    }
}

/// Splits a template folder's files into Mustache templates and assets. The CLI reads the files.
public enum TemplateFolder {
    public static func split(_ files: [String: Data]) -> (templates: [String: String], assets: [String: Data]) {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (name, data) in files {
            if name.hasSuffix(".mustache") {
                templates[String(name.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
            } else if name != "README.md" && !name.hasPrefix(".") {
                assets[name] = data
            }
        }
        return (templates, assets)
    }
}
