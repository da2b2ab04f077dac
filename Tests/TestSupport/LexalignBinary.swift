import Foundation

/// The built `lexalign` executable, run as a user runs it: beside the test runner (`swift test` builds it with the
/// tests), else in `.build/debug`; nil when it is not built.
public let lexalignBinary: URL? = {
    var candidates: [URL] = []
    if let runner = CommandLine.arguments.first {
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        // On macOS the runner sits inside the .xctest bundle.
        if folder.path.contains(".xctest") {
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        candidates.append(folder.appendingPathComponent("lexalign"))
    }
    candidates.append(ProjectFolder.url(".build/debug/lexalign"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()
