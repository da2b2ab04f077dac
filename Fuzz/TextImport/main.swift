import AkomaNtoso
import Foundation
import TextImport

/// libFuzzer entry point for the text importer: any text either imports or fails with diagnostics naming the
/// file. What imports must be written as XML that the AKN parser reads back.
/// The package's drafting knowledge, from `Mappings/` beside `Fuzz/` (or `LEXALIGN_MAPPINGS`).
let importer: Importer = {
    let mappings = ProcessInfo.processInfo.environment["LEXALIGN_MAPPINGS"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Mappings").path
    do {
        return Importer(drafting: try DraftingKnowledge.load(mappings: mappings))
    } catch {
        fatalError("cannot load the drafting knowledge: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextImport(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let result: Importer.Result
    do {
        result = try importer.importText(text, file: "fuzz.txt")
    } catch {
        precondition(!error.diagnostics.isEmpty, "an import error without a diagnostic")
        return 0
    }
    let xml = XMLWriter(indent: "  ").string(for: result.document)
    do {
        _ = try AKNParser().parse(Data(xml.utf8), file: "imported.xml")
    } catch {
        fatalError("imported text written as XML that does not parse: \(error)")
    }
    return 0
}
