import Alignment
import ArgumentParser
import Foundation
import LexalignKit

/// `lexalign map`: which instrument articles each provision of each document implements, with the evidence.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Align the provisions of AKN documents with an instrument's articles, element by element.",
        discussion: """
            Expert decisions in <mappings>/reviews/*.yaml override the suggestions while the provision text is the \
            one the expert read; otherwise they are reported as stale. Several files give a JSON array. A batch \
            goes on past a bad file and lists the failures at the end (exit 65).
            """)

    @Argument(help: "AKN documents (Corpus/...xml).")
    var files: [String]

    @OptionGroup var source: InstrumentOptions

    @Option(help: "The output format.")
    var format: AlignmentOutput.Format = .json

    @Flag(help: "Ignore expert reviews: show the mapper's suggestions only.")
    var noReviews = false

    @Flag(help: "Print to standard error how long loading, parsing and mapping took.")
    var timings = false

    @Flag(help: "Do not show progress on standard error (shown only when it is a terminal).")
    var quiet = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let workspace = try Workspace.load(
            mappings: source.mappings, instrument: source.instrument, including: noReviews ? [] : .reviews)
        let loaded = clock.now
        let batch = ProgressLine(quiet: quiet).showing { Mapping(workspace: workspace).map(files, progress: $0) }
        if !batch.documents.isEmpty {
            print(try AlignmentOutput.render(batch.documents.map(\.alignment), as: format), terminator: "")
        }
        for failure in batch.failures { printError(failure.description) }
        if timings {
            func ms(_ duration: Duration) -> String {
                String(format: "%.1f ms", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
            }
            printError("""
                instrument and reviews loaded in \(ms(loaded - start))
                \(batch.documents.count) documents parsed in \(ms(batch.parsing)) (summed over threads)
                \(batch.provisionCount) provisions mapped in \(ms(batch.mapping)) (summed over threads)
                total \(ms(clock.now - start))
                """)
        }
        if !batch.failures.isEmpty {
            printError("\(batch.failures.count) of \(files.count) file(s) failed")
            throw ExitStatus.badInput
        }
    }
}
