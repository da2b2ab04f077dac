import ArgumentParser
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
            Exit status: 0 scored, 65 a document or table could not be read, 66 no gold tables in the folder.
            """)

    @Option(help: "Folder of gold tables.")
    var gold: String

    @Argument(help: "AKN documents to map and score.")
    var files: [String]

    @OptionGroup var source: InstrumentOptions

    @Flag(help: "Apply expert reviews before scoring.")
    var withReviews = false

    func run() throws {
        let workspace = try Workspace.load(
            mappings: source.mappings, instrument: source.instrument, including: withReviews ? .reviews : [])
        let outcome = try Evaluator(mapping: Mapping(workspace: workspace), gold: gold).evaluate(files)
        print(outcome.summary.report(), terminator: "")
        for file in outcome.unscored { printError("\(file): note: no gold table for this document") }
        for failure in outcome.failures { printError(failure) }
        if !outcome.failures.isEmpty { throw ExitStatus.badInput }
    }
}
