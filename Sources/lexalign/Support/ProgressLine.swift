import Foundation
import LexalignKit

/// A one-line progress indicator on standard error, shown only when it is a terminal (never when standard error
/// is piped or redirected, nor with `--quiet`).
final class ProgressLine: ProgressObserver {
    private let enabled: Bool
    private var shown = false

    init(quiet: Bool = false) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func report(_ phase: WorkPhase, done: Int, total: Int, step: String) {
        guard enabled else { return }
        let line = "\(phase.rawValue) [\(done)/\(total)] \(step)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    /// Clears the line, before a result or an error is printed.
    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    /// Clears the line, prints `output` on standard output, and lets the next `report` draw the line again: a
    /// result line is never mixed with the progress line.
    func printing(_ output: String) {
        finish()
        print(output)
    }

    /// Runs `body`, clearing the line afterwards whether it succeeds or throws.
    func showing<T>(_ body: (ProgressLine) throws -> T) rethrows -> T {
        defer { finish() }
        return try body(self)
    }
}
