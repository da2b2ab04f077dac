import AkomaNtoso
import Foundation

/// libFuzzer entry point for the AKN parser: any bytes either parse or fail with a positioned diagnostic. What
/// parses must also survive the queries and the writer, and the writer's output must parse again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAKNParser(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let parsed: ParsedDocument
    do {
        parsed = try AKNParser().parse(data, file: "fuzz.xml")
    } catch {
        precondition(!error.diagnostics.isEmpty, "a parse error without a diagnostic")
        precondition(error.diagnostics.allSatisfy { $0.file == "fuzz.xml" }, "a diagnostic without its file")
        return 0
    }
    _ = parsed.document.provisions.map(\.text)
    _ = RuleChecker().check(parsed.document)
    let written = XMLWriter().string(for: parsed.document)
    do {
        _ = try AKNParser().parse(Data(written.utf8), file: "rewritten.xml")
    } catch {
        fatalError("the writer produced XML that does not parse again: \(error)")
    }
    return 0
}
