import ArgumentParser

@main
struct Lexalign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexalign",
        abstract: "Compare national cybercrime legislation with the Budapest Convention.",
        subcommands: [
            ValidateCommand.self, InspectCommand.self, ImportCommand.self, InstrumentCommand.self, ReportCommand.self,
            CheckCommand.self,
        ])
}
