import ArgumentParser
import Foundation
import Reports

/// The main job: maps the whole corpus and writes the portal with its Markdown, JSON and CSV companions.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build the portal: gap analyses, the states x articles matrix, article and version comparisons.",
        discussion: """
            Writes index.html (the matrix), states/<cc>.html, articles/<n>.html and comparisons/<id>.html, with the \
            same content as Markdown and JSON, and matrix.csv. Same input, byte-identical files; each file is \
            written atomically and only when its bytes change. Prints the matrix.
            """)

    @OptionGroup var sources: ReportSources

    @Option(help: "Folder the report tree is written to.")
    var out = "Reports"

    @Flag(help: "Do not print the matrix.")
    var quiet = false

    func run() throws {
        let progress = ProgressLine()
        // Pages are written as they are rendered: a large corpus's report is hundreds of MiB of files.
        let writer = ReportTree.Writer(root: URL(fileURLWithPath: out))
        let site = try sources.buildSite(progress: progress, emit: writer.write)
        let removed = try writer.removeStale()
        progress.finish()
        if !quiet {
            print(TerminalMatrix.render(site.matrix))
        }
        print("\(out): \(writer.paths.count) files, \(writer.written) written, \(removed) removed")
        for request in site.unresolvedComparisons {
            FileHandle.standardError.write(Data("warning: comparison \(request.from) -> \(request.to) names nothing in the corpus\n".utf8))
        }
    }
}
