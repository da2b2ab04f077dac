import Foundation

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
        let analyses = GapAnalyzer(input: input).analyzeAll()
        let matrix = Matrix(instrument: input.instrument, analyses: analyses)
        let (comparisons, unresolved) = VersionComparer(input: input).all()
        let html = try HTMLRenderer(templates: templates)
        let title = input.instrument.title
        var files: [String: Data] = [:]
        func put(_ path: String, _ text: String) { files[path] = Data(text.utf8) }

        let total = analyses.count + input.articlesInScope.count + comparisons.count + 1
        var done = 0
        func step(_ name: String) { done += 1; progress(done, total, name) }

        for analysis in analyses {
            put("states/\(analysis.state).html", html.state(analysis))
            put("states/\(analysis.state).md", MarkdownRenderer.state(analysis))
            files["states/\(analysis.state).json"] = try JSONRenderer.render(analysis)
            step("state \(analysis.state)")
        }
        for article in input.articlesInScope {
            let comparison = ArticleComparison(
                article: article, articleText: input.articleTexts[article.number], analyses: analyses)
            put("articles/\(article.number).html", html.article(comparison))
            put("articles/\(article.number).md", MarkdownRenderer.article(comparison))
            step("article \(article.number)")
        }
        for comparison in comparisons {
            put("comparisons/\(comparison.id).html", html.comparison(comparison))
            put("comparisons/\(comparison.id).md", MarkdownRenderer.comparison(comparison))
            files["comparisons/\(comparison.id).json"] = try JSONRenderer.render(comparison)
            step("comparison \(comparison.id)")
        }
        put("index.html", html.index(matrix, analyses: analyses, comparisons: comparisons, instrumentTitle: title))
        put("index.md", MarkdownRenderer.index(matrix, analyses: analyses, comparisons: comparisons, instrumentTitle: title))
        files["matrix.csv"] = try CSVRenderer.render(matrix)
        files["report.json"] = try JSONRenderer.render(ReportSummary(
            instrument: input.instrument.id, readinessRule: Readiness.rule, matrix: matrix,
            states: analyses.map { .init(state: $0.state, stateName: $0.stateName, readiness: $0.readiness) }))
        for (name, data) in assets { files[name] = data }
        step("index")
        return ReportSite(
            files: files, analyses: analyses, matrix: matrix, comparisons: comparisons, unresolvedComparisons: unresolved)
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
