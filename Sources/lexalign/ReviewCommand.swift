import Alignment
import ArgumentParser
import LexalignKit

/// `lexalign review`: records an expert decision on a pair, with the fingerprint of the provision text read.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Confirm, reject or add a (provision, article) pair in <mappings>/reviews/<country>.yaml.",
        discussion: """
            A decision on the same provision, article and work replaces the earlier one; the file is written \
            atomically. Exit status: 0 recorded, 65 the document, the provision or a review file is bad, \
            66 the Mappings folder or the instrument cannot be read, 73 the review file cannot be written.
            """)

    @Argument(help: "The AKN document the provision is in.")
    var file: String

    @Option(help: "The provision's eId or number as printed (e.g. 2, 'CP 269A').")
    var provision: String

    @Option(help: "The instrument article number.")
    var article: String

    @Option(help: "The expert's decision on the pair.")
    var decision: ReviewDecision.Verdict

    @Option(help: "How much of the article the provision covers (default: the suggestion's).")
    var coverage: Coverage?

    @Option(help: "Why.")
    var note: String?

    @Option(help: "Who decides.")
    var reviewer: String

    @Option(help: "YYYY-MM-DD (default: today, UTC).")
    var date: String?

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let workspace = try Workspace.load(mappings: source.mappings, instrument: source.instrument, including: .reviews)
        let recorded = try ReviewRecorder(workspace: workspace).record(.init(
            file: file, provision: provision, article: article, verdict: decision, coverage: coverage, note: note,
            reviewer: reviewer, date: date))
        print("\(recorded.file): \(decision.rawValue) \(recorded.decision.provision) -> Art. \(article)")
    }
}
