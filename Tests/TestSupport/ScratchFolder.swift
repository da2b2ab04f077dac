import Foundation

/// A fresh folder under the system's temporary directory for one test, removed by `remove()`.
public struct ScratchFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `data` to `name` (a relative path; folders are made as needed).
    @discardableResult
    public func write(_ data: Data, to name: String) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target
    }

    @discardableResult
    public func write(_ text: String, to name: String) throws -> URL { try write(Data(text.utf8), to: name) }

    /// A copy of a committed folder (or file) under the scratch folder, to edit.
    @discardableResult
    public func copy(_ source: URL, to name: String) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    /// Every regular file below the folder, relative paths, sorted.
    public func files() -> [String] {
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let item = enumerator?.nextObject() as? URL {
            if (try? item.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                paths.append(String(item.standardizedFileURL.path.dropFirst(url.standardizedFileURL.path.count + 1)))
            }
        }
        return paths.sorted()
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
