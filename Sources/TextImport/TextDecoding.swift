import AkomaNtoso
import Foundation

extension LawText {
    /// Decodes a law text file as UTF-8 (a leading byte-order mark is dropped). A file that is not UTF-8, such as
    /// one with Latin-1 bytes pasted into it, is refused at its first bad byte's line and column rather than
    /// imported with replacement characters in the statutory text.
    public static func decode(_ data: Data, file: String? = nil) throws(ImportError) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidUTF8Offset(bytes)
        let before = bytes[bytes.startIndex..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        let byte = String(format: "0x%02X", bytes[offset])
        throw ImportError(diagnostics: [
            Diagnostic(
                .error, "byte \(byte) is not valid UTF-8 (the file must be UTF-8; convert it, e.g. with iconv -f latin1 -t utf-8)",
                file: file, line: line, column: column)
        ])
    }

    /// Index of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Data.Index {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            let sequence = bytes[index..<index + length]
            if length > 1, String(validating: sequence, as: UTF8.self) == nil { return index }
            index += length
        }
        return bytes.endIndex
    }
}
