import ArgumentParser
import Foundation
import LexalignKit

@main
struct Lexalign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexalign",
        abstract: "Compare national cybercrime legislation with the Budapest Convention.",
        discussion: """
            Exit statuses: 0 success, 1 findings (invalid documents, an out-of-date report or corpus), 2 a wrong \
            call, 65 bad input data, 66 a file or folder the call names cannot be read, 73 an output cannot be \
            written.
            """,
        subcommands: [
            ValidateCommand.self, InspectCommand.self, ImportCommand.self, InstrumentCommand.self, MapCommand.self,
            EvaluateCommand.self, ExplainCommand.self, ReviewCommand.self, ReportCommand.self, CheckCommand.self,
        ])

    /// Runs the command and ends with lexalign's exit status (`ExitStatus`): the one place where the kit's errors
    /// are printed and turned into statuses, and where a call that does not parse exits 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let status as ExitStatus {
            Foundation.exit(status.rawValue)
        } catch let error as LexalignError {
            error.messages.forEach(printError)
            Foundation.exit(ExitStatus(error.kind).rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
