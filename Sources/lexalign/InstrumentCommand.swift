import Alignment
import ArgumentParser
import LexalignKit

/// `lexalign instrument ...`: the reference instruments of `Mappings/instruments/`.
struct InstrumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument",
        abstract: "Inspect the reference instruments (articles, legal elements, the concepts that show them).",
        subcommands: [Show.self, InstrumentCheckCommand.self])

    /// `lexalign instrument show budapest [--article N] [--mappings DIR]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an instrument's articles with their elements and the concepts that show each.",
            discussion: "Exit status: 0 shown, 2 no such article, 65 the instrument file has errors, 66 no such instrument or folder.")

        @Argument(help: "The instrument id, e.g. budapest.")
        var id: String

        @Option(help: "Only this article (its number, e.g. 2).")
        var article: String?

        @OptionGroup var folder: MappingsOption

        func run() throws {
            let workspace = try Workspace.load(mappings: folder.mappings, instrument: id)
            workspace.warnings.forEach { printError($0.description) }
            var selected: [Article]? = nil
            if let number = article {
                guard let found = workspace.instrument.article(number) else {
                    let numbers = workspace.instrument.articles.map(\.number).joined(separator: ", ")
                    printError("error: '\(id)' has no article '\(number)' (articles: \(numbers))")
                    throw ExitStatus.usage
                }
                selected = [found]
            }
            print(InstrumentListing.render(workspace.instrument, articles: selected), terminator: "")
        }
    }
}
