import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation

/// `lexalign instrument ...`: the reference instruments of `Mappings/instruments/`.
struct InstrumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument",
        abstract: "Inspect the reference instruments (articles, legal elements, signals).",
        subcommands: [Show.self, InstrumentCheckCommand.self])

    /// `lexalign instrument show budapest [--article N] [--mappings DIR]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an instrument's articles with their elements and signals.")

        @Argument(help: "The instrument id, e.g. budapest.")
        var id: String

        @Option(help: "Only this article (its number, e.g. 2).")
        var article: String?

        @Option(help: "The Mappings folder.")
        var mappings: String = "Mappings"

        func run() throws {
            let files: [MappingCatalog.SourceFile]
            do {
                files = try MappingFiles.read("instruments", in: mappings)
            } catch let missing as MappingFiles.MissingFolder {
                throw usageError(missing.description)
            }
            guard let file = files.first(where: { InstrumentFileName.stem($0.path) == id }) else {
                let known = files.map { InstrumentFileName.stem($0.path) }.joined(separator: ", ")
                throw usageError(
                    "error: no instrument '\(id)' in \(mappings)/instruments (known: \(known.isEmpty ? "none" : known))")
            }
            let result = InstrumentLoader.load(file.text, file: file.path)
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
            guard let instrument = result.instrument else { throw ExitCode(65) }

            var selected: [Article]? = nil
            if let number = article {
                guard let found = instrument.article(number) else {
                    let numbers = instrument.articles.map(\.number).joined(separator: ", ")
                    throw usageError("error: '\(id)' has no article '\(number)' (articles: \(numbers))")
                }
                selected = [found]
            }
            print(InstrumentListing.render(instrument, articles: selected), terminator: "")
        }
    }
}

/// `Mappings/instruments/budapest.yaml` -> `budapest`.
private enum InstrumentFileName {
    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// Says what is wrong with the arguments and yields the usage exit status (2).
private func usageError(_ message: String) -> ExitCode {
    printError(message)
    return ExitCode(2)
}
