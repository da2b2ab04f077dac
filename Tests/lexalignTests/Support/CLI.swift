import Foundation
import Testing

/// The package root (the folder holding Package.swift), found from this file's path.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

let corpusFolder = packageRoot.appendingPathComponent("Corpus")
let mappingsFolder = packageRoot.appendingPathComponent("Mappings")
func corpusFile(_ path: String) -> String { corpusFolder.appendingPathComponent(path).path }

/// The built `lexalign` executable: beside the test bundle (swift test builds it with the tests), else in .build.
let lexalignBinary: URL? = {
    var candidates: [URL] = []
    if let runner = CommandLine.arguments.first {
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        // On macOS the runner sits inside the .xctest bundle.
        if folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
        candidates.append(folder.appendingPathComponent("lexalign"))
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug/lexalign"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

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
    let scratch = try Scratch()
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

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    @discardableResult
    func copy(_ source: URL, to name: String) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
