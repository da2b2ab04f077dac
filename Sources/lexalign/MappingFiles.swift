import Alignment
import Foundation

/// Reads the YAML files of a `Mappings/` folder for the library's loaders (the library itself reads no files).
enum MappingFiles {
    struct MissingFolder: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): error: no such folder" }
    }

    /// The `*.yaml` files of `Mappings/<subfolder>`, sorted by name; an absent subfolder has none.
    static func read(_ subfolder: String, in mappings: String) throws -> [MappingCatalog.SourceFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: mappings, isDirectory: &isFolder), isFolder.boolValue else {
            throw MissingFolder(path: mappings)
        }
        let folder = URL(fileURLWithPath: mappings).appendingPathComponent(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { name in
            let path = (mappings as NSString).appendingPathComponent("\(subfolder)/\(name)")
            return MappingCatalog.SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    /// Every instrument and party of the folder, validated.
    static func catalog(in mappings: String) throws -> MappingCatalog {
        MappingCatalog.load(
            instrumentFiles: try read("instruments", in: mappings), partyFiles: try read("parties", in: mappings))
    }
}
