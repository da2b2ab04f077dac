import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation
import LexalignSupport
import Reports
import TextImport

/// `lexalign evaluate`: the mapper's pairs against an expert's tables.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the mapper's (provision, article) pairs against gold tables: P, R, F1, coverage accuracy.",
        discussion: """
            Gold tables are <stem>.tsv files (columns provision, article, coverage, status, notes); optional pairs \
            count neither way. A table <stem>.tsv is paired with the document that records <stem> as an FRBR \
            alias, else the document file named <stem>.xml, else the document whose FRBR country is the stem's \
            first word and whose FRBR number (or its initials, or a law number in its title) is a word of the \
            stem; an enacted text wins over a later consolidated version of the same law. \
            Provision numbers are compared folded (case, Art., §, degree signs, quotes, spaces, hyphens, code \
            prefixes). Expert reviews are not applied unless --with-reviews is given.
            """)

    @Option(help: "Folder of gold tables.")
    var gold: String

    @Argument(help: "AKN documents to map and score.")
    var files: [String]

    @Option(help: "Instrument id: <mappings>/instruments/<id>.yaml.")
    var instrument = "budapest"

    @Option(help: "The Mappings folder.")
    var mappings = "Mappings"

    @Flag(help: "Apply expert reviews before scoring.")
    var withReviews = false

    func run() throws {
        let session = try MappingSession(mappings: mappings, instrument: instrument, reviews: withReviews)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: gold)) ?? []
        let stems = Set(names.filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".unmapped.tsv") }.map { String($0.dropLast(4)) })
        guard !stems.isEmpty else {
            printError("\(gold): error: no gold tables (<stem>.tsv) in this folder")
            throw ExitCode(66)
        }
        // Transitory articles are cited with a qualifier (`primero transitorio`): the language files name them.
        let qualifiers = (try? DraftingKnowledge.load(mappings: mappings))?.transitoryQualifiers ?? []
        var evaluations: [DocumentEvaluation] = []
        var failures: [String] = []
        var mapped: [MappingSession.Mapped] = []
        let applyingReviews = withReviews
        // Mapped on every core, collected in input order.
        for outcome in files.concurrentMap({ file in
            Result { () throws(MappingSession.Failure) in try session.align(file: file, applyingReviews: applyingReviews) }
        }) {
            switch outcome {
            case .success(let document): mapped.append(document)
            case .failure(let failure): failures.append(failure.description)
            }
        }
        let pairing = GoldPairing.assign(
            mapped.map { GoldPairing.Candidate(id: $0.file, fileName: $0.file, facts: $0.facts) }, stems: stems)
        var unscored: [String] = []
        for document in mapped {
            guard let stem = pairing[document.file] else {
                unscored.append(document.file)
                continue
            }
            let path = "\(gold)/\(stem).tsv"
            do {
                let table = try GoldTable(tsv: try String(contentsOfFile: path, encoding: .utf8), file: path, name: stem)
                evaluations.append(
                    DocumentEvaluation(alignment: document.alignment, gold: table, transitoryQualifiers: qualifiers))
            } catch let error as GoldTable.ParseError {
                failures.append(error.description)
            } catch {
                failures.append("\(path): error: cannot read: \(error.localizedDescription)")
            }
        }
        evaluations.sort { $0.gold < $1.gold }
        print(EvaluationSummary(documents: evaluations).report(), terminator: "")
        for file in unscored { printError("\(file): note: no gold table for this document") }
        for failure in failures { printError(failure) }
        if !failures.isEmpty { throw ExitCode(65) }
    }
}
