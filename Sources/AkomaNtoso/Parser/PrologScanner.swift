/// Looks at the prolog of a document (what comes before the root element) without parsing it, so that a
/// DOCTYPE is refused before libxml2 ever sees its entity declarations (billion laughs, external entities).
enum PrologScanner {
    enum Verdict: Equatable {
        /// No DOCTYPE before the root element (or the input is not text lexalign can read; libxml2 says why).
        case clean
        /// A DOCTYPE declaration starts at this line and column.
        case doctype(line: Int, column: Int)
    }

    static func scan(_ bytes: UnsafeRawBufferPointer) -> Verdict {
        if let utf16 = utf16Prefix(bytes) { return scan(utf8: Array(utf16.utf8)) }
        return scan(utf8: bytes)
    }

    /// UTF-16 input, detected by its byte-order mark or a `<` as its first unit, decoded from its first
    /// 64 KiB so that the same scan applies.
    private static func utf16Prefix(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE), (0x3C, 0x00): littleEndian = true
        case (0xFE, 0xFF), (0x00, 0x3C): littleEndian = false
        default: return nil
        }
        let count = min(bytes.count, 65_536) / 2
        var units: [UInt16] = []
        units.reserveCapacity(count)
        for index in 0..<count {
            let first = UInt16(bytes[index * 2]), second = UInt16(bytes[index * 2 + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func scan<Bytes: RandomAccessCollection>(utf8 bytes: Bytes) -> Verdict
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        var line = 1
        var lineStart = index

        func startsWith(_ literal: String, at position: Int) -> Bool {
            var position = position
            for byte in literal.utf8 {
                guard position < end, bytes[position] == byte else { return false }
                position += 1
            }
            return true
        }
        /// Moves past `terminator`, counting lines; false if the input ends first.
        func skip(past terminator: String) -> Bool {
            while index < end {
                if startsWith(terminator, at: index) {
                    index += terminator.utf8.count
                    return true
                }
                if bytes[index] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            return false
        }

        if startsWith("\u{FEFF}", at: index) { index += 3 }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                index += 1
                lineStart = index
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                index += 1
            } else if startsWith("<?", at: index) {
                guard skip(past: "?>") else { return .clean }
            } else if startsWith("<!--", at: index) {
                guard skip(past: "-->") else { return .clean }
            } else if startsWith("<!", at: index) {
                // `<!DOCTYPE`, in any case, or any other markup declaration: none belongs in an AKN prolog.
                return .doctype(line: line, column: index - lineStart + 1)
            } else {
                return .clean
            }
        }
        return .clean
    }
}
