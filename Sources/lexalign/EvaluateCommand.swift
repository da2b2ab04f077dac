import Alignment
import ArgumentParser
import Foundation
import LexalignKit

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
            prefixes). Expert reviews are not applied unless --with-reviews is given. \
            With --split alternate the tables are split by name (1st, 3rd ... tuning; 2nd, 4th ... check) and \
            each half is scored; --details chooses whose missed, extra and coverage-disagreeing pairs are listed. \
            With --statuses, scores the report's article statuses instead: the corpus is mapped and analysed as \
            `report` does (reviews applied), and each state's articles that have a core gold pair in its law in \
            force are compared with the status the pairs imply (a full pair: implemented, declared or reserved; \
            only partial pairs: partial). With --oracle, the gold pairs are fed to the report as expert decisions, \
            so that what disagrees is the report's logic alone. \
            Exit status: 0 scored, 65 a document or table could not be read, 66 no gold tables in the folder.
            """)

    @Option(help: "Folder of gold tables.")
    var gold: String

    @Argument(help: "AKN documents to map and score (not with --statuses).")
    var files: [String] = []

    @OptionGroup var source: InstrumentOptions

    @Flag(help: "Apply expert reviews before scoring.")
    var withReviews = false

    @Option(help: "Split the gold tables into a tuning and a check half and score each: alternate.")
    var split: EvaluationSplit.Rule?

    @Option(help: "Whose missed and extra pairs to list: all, tuning, check or none.")
    var details: EvaluationSummary.Details = .all

    @Flag(help: "Score the report's article statuses per state against the statuses the gold pairs imply.")
    var statuses = false

    @Flag(help: "With --statuses: feed the gold pairs to the report as expert decisions (the report logic alone).")
    var oracle = false

    @Option(help: "With --statuses: the corpus folder the report reads.")
    var corpus = "Corpus"

    func validate() throws {
        if statuses {
            guard files.isEmpty else { throw ValidationError("--statuses maps the whole --corpus folder; give no files") }
        } else {
            guard !files.isEmpty else { throw ValidationError("give the AKN documents to score, or --statuses") }
            guard !oracle else { throw ValidationError("--oracle goes with --statuses") }
        }
    }

    func run() throws {
        if statuses {
            let builder = ReportBuilder(
                corpus: URL(fileURLWithPath: corpus), mappings: source.mappings, instrument: source.instrument)
            let agreement = try ProgressLine().showing { progress in
                try StatusEvaluator(builder: builder, gold: gold).evaluate(oracle: oracle, progress: progress)
            }
            print(agreement.report(), terminator: "")
            return
        }
        let workspace = try Workspace.load(
            mappings: source.mappings, instrument: source.instrument, including: withReviews ? .reviews : [])
        let outcome = try Evaluator(mapping: Mapping(workspace: workspace), gold: gold).evaluate(files)
        let split = self.split.map { EvaluationSplit($0, stems: outcome.stems) }
        print(outcome.summary.report(split: split, details: details), terminator: "")
        for file in outcome.unscored { printError("\(file): note: no gold table for this document") }
        for failure in outcome.failures { printError(failure) }
        if !outcome.failures.isEmpty { throw ExitStatus.badInput }
    }
}

extension EvaluationSplit.Rule: ExpressibleByArgument {}
extension EvaluationSummary.Details: ExpressibleByArgument {}
