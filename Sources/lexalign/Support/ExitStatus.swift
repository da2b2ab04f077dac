import ArgumentParser
import LexalignKit

/// lexalign's exit statuses, the same for every command (README, "Exit statuses"). A command throws one to end
/// with it; `Lexalign.main` maps the kit's errors to them, in one place.
enum ExitStatus: Int32, Error, CaseIterable {
    case success = 0
    /// Findings: an invalid document, a report out of date, a corpus that differs from a fresh import.
    case findings = 1
    /// A wrong call: arguments that do not parse or cannot be combined (not sysexits' 64: scripts tell 2 from 1).
    case usage = 2
    /// Bad input data: a malformed document, an invalid YAML file, a text that cannot be imported (EX_DATAERR).
    case badInput = 65
    /// A file or folder the call names cannot be read: the Mappings folder, an instrument, a schema, gold tables
    /// (EX_NOINPUT).
    case cannotRead = 66
    /// An output file cannot be written (EX_CANTCREAT).
    case cannotWrite = 73

    init(_ kind: LexalignError.Kind) {
        switch kind {
        case .usage: self = .usage
        case .badInput: self = .badInput
        case .cannotRead: self = .cannotRead
        case .cannotWrite: self = .cannotWrite
        }
    }
}
