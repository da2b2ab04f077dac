import ArgumentParser
import Foundation

@main
struct Lexalign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexalign",
        abstract: "Compare national cybercrime legislation with the Budapest Convention.",
        subcommands: [
            ValidateCommand.self, InspectCommand.self, ImportCommand.self, InstrumentCommand.self, MapCommand.self,
            EvaluateCommand.self, ReviewCommand.self, ReportCommand.self, CheckCommand.self,
        ])

    /// Runs the command, with lexalign's exit statuses: a call that does not parse exits 2 (not sysexits' 64),
    /// so that scripts can tell a wrong call (2) from findings (1) and bad input data (65).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
