import Foundation

/// Finds where each element's start tag begins in a UTF-8 buffer.
///
/// libxml2 records only the line on which a start tag ends, and no column. Elements arrive in document order,
/// so the next `<name` after the previous element's start is the current element's start: one forward scan
/// over the buffer gives exact line and column (in bytes, 1-based). A `<name` written inside a comment could
/// mislead it for one element; the scan recovers at the next.
struct StartTagLocator {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var started = false

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The location of the next start tag of `qualifiedName` (as UTF-8 bytes), or nil if it is not found
    /// (input in an encoding other than UTF-8 or ASCII). `memchr` finds each `<` and each line feed before it.
    mutating func next(_ qualifiedName: UnsafePointer<UInt8>, length: Int) -> SourceLocation? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var position = started ? offset + 1 : offset
        var scanLine = line
        var scanLineStart = lineStart
        while position < end, let found = memchr(base + position, 0x3C, end - position) {
            let tag = base.distance(to: UnsafeRawPointer(found))
            var cursor = position
            while cursor < tag, let newline = memchr(base + cursor, 0x0A, tag - cursor) {
                cursor = base.distance(to: UnsafeRawPointer(newline)) + 1
                scanLine += 1
                scanLineStart = cursor
            }
            if matches(qualifiedName, length: length, at: tag + 1) {
                offset = tag
                line = scanLine
                lineStart = scanLineStart
                started = true
                return SourceLocation(line: line, column: tag - lineStart + 1)
            }
            position = tag + 1
        }
        return nil
    }

    private func matches(_ name: UnsafePointer<UInt8>, length: Int, at start: Int) -> Bool {
        guard start + length < bytes.count else { return false }
        for index in 0..<length where bytes[start + index] != name[index] { return false }
        switch bytes[start + length] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E: return true  // space, tab, LF, CR, '/', '>'
        default: return false
        }
    }
}
