import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation
import LexalignKit

/// `lexalign review`: records an expert decision on a pair, with the fingerprint of the provision text read.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Confirm, reject or add a (provision, article) pair in <mappings>/reviews/<country>.yaml.")

    @Argument(help: "The AKN document the provision is in.")
    var file: String

    @Option(help: "The provision's eId or number as printed (e.g. 2, 'CP 269A').")
    var provision: String

    @Option(help: "The instrument article number.")
    var article: String

    @Option(help: "confirmed | rejected | added")
    var decision: String

    @Option(help: "full | partial")
    var coverage: String?

    @Option(help: "Why.")
    var note: String?

    @Option(help: "Who decides.")
    var reviewer: String

    @Option(help: "YYYY-MM-DD (default: today, UTC).")
    var date: String?

    @Option(help: "Instrument id.")
    var instrument = "budapest"

    @Option(help: "The Mappings folder.")
    var mappings = "Mappings"

    func run() throws {
        guard let verdict = ReviewDecision.Verdict(rawValue: decision) else {
            throw ValidationError("--decision must be confirmed, rejected or added")
        }
        let parsedCoverage = try coverage.map { text -> Coverage in
            guard let value = Coverage(rawValue: text) else { throw ValidationError("--coverage must be full or partial") }
            return value
        }
        let session = try MappingSession(mappings: mappings, instrument: instrument, reviews: true)
        let document: Document
        let facts: DocumentFacts
        do {
            (document, facts) = try session.read(file)
        } catch {
            printError(error.description)
            throw ExitCode(65)
        }
        let probe = ReviewDecision(provision: provision, article: article, verdict: verdict, reviewer: reviewer, date: "", textSHA256: "")
        guard let target = document.provisions.first(where: { probe.names($0) }) else {
            printError("\(file): error: no provision '\(provision)' in this document")
            throw ExitCode(65)
        }
        guard let country = facts.country else {
            printError("\(file): error: the document has no FRBR country")
            throw ExitCode(65)
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let work = facts.workURI ?? facts.expressionURI
        let new = ReviewDecision(
            document: work, provision: target.num.map { n in target.host?.abbreviation.map { "\($0) \(n)" } ?? n } ?? target.eId,
            article: article, verdict: verdict, coverage: parsedCoverage, note: note, reviewer: reviewer,
            date: date ?? formatter.string(from: Date()), textSHA256: TextFingerprint.sha256(target.text))
        let path = "\(mappings)/reviews/\(country).yaml"
        var existing = ReviewFile(path: path, document: nil, decisions: [])
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            do {
                existing = try ReviewFile.load(text, path: path)
            } catch {
                printError(error.description)
                throw ExitCode(65)
            }
        }
        let kept = existing.decisions.filter {
            !($0.names(target) && $0.article == article && ($0.document ?? work) == work)
        }
        let updated = ReviewFile(path: path, document: existing.document, decisions: kept + [new])
        try AtomicFile.write(updated.yaml(), to: path)
        print("\(path): \(verdict.rawValue) \(new.provision) -> Art. \(article)")
    }
}
