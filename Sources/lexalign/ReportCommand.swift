import ArgumentParser
import Foundation
import LexalignKit
import Reports

/// The main job: maps the whole corpus and writes the portal with its Markdown, JSON and CSV companions.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build the portal: gap analyses, the states x articles matrix, article and version comparisons.",
        discussion: """
            Writes index.html (the matrix), states/<cc>.html, articles/<n>.html and comparisons/<id>.html, with the \
            same content as Markdown and JSON, and matrix.csv. Same input, byte-identical files; each file is \
            written atomically and only when its bytes change. Prints the matrix. All or nothing: every bad input \
            file is named and nothing is written (exit 65).
            """)

    @OptionGroup var options: ReportOptions

    @Flag(help: "Do not print the matrix, nor progress on standard error.")
    var quiet = false

    func run() throws {
        let written = try ProgressLine(quiet: quiet).showing { progress in
            try options.builder.write(to: URL(fileURLWithPath: options.out), progress: progress)
        }
        if !quiet {
            print(TerminalMatrix.render(written.site.matrix))
        }
        print("\(options.out): \(written.files) files, \(written.written) written, \(written.removed) removed")
        for request in written.site.unresolvedComparisons {
            printError("warning: comparison \(request.from) -> \(request.to) names nothing in the corpus")
        }
    }
}

extension ReportOptions {
    var builder: ReportBuilder {
        ReportBuilder(
            corpus: URL(fileURLWithPath: corpus), mappings: source.mappings, instrument: source.instrument,
            templates: templates.map { URL(fileURLWithPath: $0) })
    }
}
