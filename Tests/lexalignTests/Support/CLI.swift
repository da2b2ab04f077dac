import Foundation
import TestSupport
import Testing

let packageRoot = ProjectFolder.root

let corpusFolder = packageRoot.appendingPathComponent("Corpus")
let mappingsFolder = packageRoot.appendingPathComponent("Mappings")
func corpusFile(_ path: String) -> String { corpusFolder.appendingPathComponent(path).path }

/// What a finished run of `lexalign` printed and its exit status.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs `lexalign ARGUMENTS` in the package root, as a user would.
func lexalign(_ arguments: String...) throws -> Run { try lexalign(arguments) }

func lexalign(_ arguments: [String]) throws -> Run {
    let binary = try #require(lexalignBinary, "the lexalign executable is not built (run swift build first)")
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let out = scratch.file("stdout"), err = scratch.file("stderr")
    try Data().write(to: out)
    try Data().write(to: err)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    // Output goes to files, not pipes: a long output must not block on a full pipe.
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "lexalign \(arguments.joined(separator: " ")) died of a signal")
    return Run(
        status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
        stderr: try String(contentsOf: err, encoding: .utf8))
}

