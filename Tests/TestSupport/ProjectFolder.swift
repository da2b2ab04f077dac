import Foundation

/// The project's folder (the one holding Package.swift), found from this file's path, and the committed data in
/// it: every test reads the project's own data, never `../shared`.
public enum ProjectFolder {
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// A file or folder of the project by its path from the root (`Corpus/sources`, `Tests/Fixtures/gold`).
    public static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
