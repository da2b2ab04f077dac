import AkomaNtoso
import Foundation

/// libFuzzer entry point for the FRBR URI parser: any string either parses or throws, and what parses prints to a
/// URI that parses back to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFRBRURI(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let uri = try? FRBRURI(parsing: text) else { return 0 }
    let printed = uri.description
    guard let again = try? FRBRURI(parsing: printed) else {
        fatalError("'\(text)' parsed, but its printed form '\(printed)' does not")
    }
    precondition(again == uri, "'\(text)' -> '\(printed)' parses to a different URI")
    _ = uri.work.description
    return 0
}
