import Foundation

/// Reading and writing report trees (the folder `lexalign report` writes and `check` compares).
public enum ReportTree {
    /// The folders `report` owns inside the output folder: stale files there are removed.
    public static let ownedFolders = ["states", "articles", "comparisons"]

    /// Writes each file whose bytes differ (temp file + rename), removes files of the owned folders that are no
    /// longer generated. Returns how many files were written and removed.
    public static func write(_ files: [String: Data], to root: URL) throws -> (written: Int, removed: Int) {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let writer = Writer(root: root)
        for path in files.keys.sorted() { try writer.write(path, files[path]!) }
        let removed = try writer.removeStale()
        return (writer.written, removed)
    }

    /// Writes a report file by file as it is rendered, so that the whole tree is never held in memory.
    public final class Writer {
        public let root: URL
        public private(set) var paths: Set<String> = []
        public private(set) var written = 0

        /// Nothing is created until the first file is written: a run that fails before rendering leaves no trace.
        public init(root: URL) {
            self.root = root
        }

        /// Writes the file if its bytes differ from what is there (temp file + rename).
        public func write(_ path: String, _ data: Data) throws {
            paths.insert(path)
            let url = root.appendingPathComponent(path)
            if let existing = try? Data(contentsOf: url), existing == data { return }
            try AtomicFile.write(data, to: url)
            written += 1
        }

        /// Removes the files of the owned folders that were not written this time; returns how many.
        public func removeStale() throws -> Int {
            var removed = 0
            for folder in ownedFolders {
                let directory = root.appendingPathComponent(folder)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") && !paths.contains("\(folder)/\(name)") {
                    let url = directory.appendingPathComponent(name)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
                    else { continue }
                    try FileManager.default.removeItem(at: url)
                    removed += 1
                }
            }
            return removed
        }
    }

    /// The report files under `root`: files at the top level and in the owned folders, dot files left out.
    public static func read(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard FileManager.default.fileExists(atPath: root.path) else { return files }
        for (name, data) in try readFlat(root) { files[name] = data }
        for folder in ownedFolders {
            for (name, data) in try readFlat(root.appendingPathComponent(folder)) { files["\(folder)/\(name)"] = data }
        }
        return files
    }

    /// The regular files directly in a folder (none if it does not exist).
    public static func readFlat(_ folder: URL) throws -> [String: Data] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var files: [String: Data] = [:]
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = try Data(contentsOf: url)
        }
        return files
    }
}
