import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation
import LexalignSupport
import Reports

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

    @Flag(help: "Print to standard error how long loading, parsing and mapping took.")
    var timings = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let session = try MappingSession(mappings: mappings, instrument: instrument, reviews: !noReviews)
        let loaded = clock.now
        // Documents are parsed and mapped on every core; results come back in input order (same output).
        let applyingReviews = !noReviews
        let outcomes = files.concurrentMap { file -> Result<Outcome, MappingSession.Failure> in
            do throws(MappingSession.Failure) {
                let parseStart = clock.now
                let (document, facts) = try session.read(file)
                let mapStart = clock.now
                let mapped = session.align(document: document, facts: facts, applyingReviews: applyingReviews)
                return .success(Outcome(
                    alignment: mapped.alignment, provisions: mapped.provisions.count,
                    parsing: mapStart - parseStart, mapping: clock.now - mapStart))
            } catch {
                return .failure(error)
            }
        }
        var results: [DocumentAlignment] = []
        var failures: [String] = []
        var parsing = Duration.zero
        var mapping = Duration.zero
        var provisions = 0
        for outcome in outcomes {
            switch outcome {
            case .success(let done):
                results.append(done.alignment)
                provisions += done.provisions
                parsing += done.parsing
                mapping += done.mapping
            case .failure(let failure):
                failures.append(failure.description)
            }
        }
        if !results.isEmpty { print(try AlignmentOutput.render(results, as: format), terminator: "") }
        for failure in failures { printError(failure) }
        if timings {
            func ms(_ duration: Duration) -> String {
                String(format: "%.1f ms", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
            }
            let report = """
                instrument and reviews loaded in \(ms(loaded - start))
                \(results.count) documents parsed in \(ms(parsing)) (summed over threads)
                \(provisions) provisions mapped in \(ms(mapping)) (summed over threads)
                total \(ms(clock.now - start))
                """
            printError(report)
        }
        if !failures.isEmpty {
            printError("\(failures.count) of \(files.count) file(s) failed")
            throw ExitCode(65)
        }
    }
}

/// One document's share of the work, for the results and the timings.
private struct Outcome: Sendable {
    let alignment: DocumentAlignment
    let provisions: Int
    let parsing: Duration
    let mapping: Duration
}

extension AlignmentOutput.Format: ExpressibleByArgument {}
