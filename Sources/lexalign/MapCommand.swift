import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation

/// `lexalign map`: which instrument articles each provision of each document implements, with the evidence.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Align the provisions of AKN documents with an instrument's articles, element by element.",
        discussion: """
            Expert decisions in <mappings>/reviews/*.yaml override the suggestions while the provision text is the \
            one the expert read; otherwise they are reported as stale. Several files give a JSON array.
            """)

    @Argument(help: "AKN documents (Corpus/...xml).")
    var files: [String]

    @Option(help: "Instrument id: <mappings>/instruments/<id>.yaml.")
    var instrument = "budapest"

    @Option(help: "The Mappings folder (instruments, reviews).")
    var mappings = "Mappings"

    @Option(help: "json | tsv | md")
    var format: AlignmentOutput.Format = .json

    @Flag(help: "Ignore expert reviews: show the mapper's suggestions only.")
    var noReviews = false

    func run() throws {
        let session = try MappingSession(mappings: mappings, instrument: instrument, reviews: !noReviews)
        var results: [DocumentAlignment] = []
        var failures: [String] = []
        for file in files {
            do {
                results.append(try session.align(file: file).alignment)
            } catch let error as MappingSession.Failure {
                failures.append(error.description)
            }
        }
        if !results.isEmpty { print(try AlignmentOutput.render(results, as: format), terminator: "") }
        for failure in failures { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
        if !failures.isEmpty { throw ExitCode(65) }
    }
}

extension AlignmentOutput.Format: ExpressibleByArgument {}
