import Foundation

/// Writes a line to standard error: diagnostics and summaries, kept apart from the output a pipe reads.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
