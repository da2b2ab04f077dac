import Alignment
import Foundation
import TextImport

/// A `Mappings/` folder (instruments, parties, reviews, `corpus.yaml`): its files read for the library's loaders,
/// which take texts and read no files themselves.
public struct MappingsFolder: Sendable, Hashable {
    public let path: String

    public init(_ path: String) {
        self.path = path
    }

    /// The `*.yaml` files of `<path>/<subfolder>`, sorted by name; an absent subfolder has none.
    public func files(in subfolder: String) throws(LexalignError) -> [MappingCatalog.SourceFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LexalignError(.cannotRead, ["\(path): error: no such folder"])
        }
        let folder = URL(fileURLWithPath: path).appendingPathComponent(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var files: [MappingCatalog.SourceFile] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let file = (path as NSString).appendingPathComponent("\(subfolder)/\(name)")
            do {
                files.append(MappingCatalog.SourceFile(path: file, text: try String(contentsOfFile: file, encoding: .utf8)))
            } catch {
                throw LexalignError(.cannotRead, ["\(file): error: cannot read: \(error.localizedDescription)"])
            }
        }
        return files
    }

    /// Every instrument of the folder and, with `parties`, every party file checked against them.
    public func catalog(parties: Bool = true) throws(LexalignError) -> MappingCatalog {
        MappingCatalog.load(
            instrumentFiles: try files(in: "instruments"), partyFiles: parties ? try files(in: "parties") : [],
            lexiconFiles: try files(in: "lexicons"))
    }

    /// The drafting knowledge of `<path>/languages` and `<path>/traditions`, every problem of their files at once.
    public func drafting() throws(LexalignError) -> DraftingKnowledge {
        do {
            return try DraftingKnowledge.load(mappings: path)
        } catch {
            throw LexalignError(.badInput, error.diagnostics)
        }
    }

    /// `<path>/instruments/<id>.yaml`, the file an instrument id names.
    public func instrumentFile(_ id: String) -> String {
        (path as NSString).appendingPathComponent("instruments/\(id).yaml")
    }

    /// The instrument ids the folder has files for (`budapest` for `instruments/budapest.yaml`).
    public static func instrumentID(ofFile file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The error for an instrument id that names no file of the folder.
    func unknownInstrument(_ id: String, among files: [MappingCatalog.SourceFile]) -> LexalignError {
        let known = files.map { Self.instrumentID(ofFile: $0.path) }.joined(separator: ", ")
        return LexalignError(
            .cannotRead, ["\(instrumentFile(id)): error: no instrument '\(id)' (known: \(known.isEmpty ? "none" : known))"])
    }
}
