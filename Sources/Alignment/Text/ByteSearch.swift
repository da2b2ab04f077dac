/// A byte-level look-up that stands in front of Foundation's searches, which compare by canonical equivalence and
/// cost thousands of instructions a call: where no other character is canonically equivalent to the bytes sought
/// (ASCII digits, a space, a full stop), a text without those bytes cannot match, and Foundation need not be asked.
enum ByteSearch {
    /// Whether `bytes` holds `run` as consecutive bytes (false for an empty `run`).
    static func contains<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ run: some Collection<UInt8>) -> Bool
    where Bytes.Index == Int {
        guard let first = run.first, bytes.count >= run.count else { return false }
        var position = bytes.startIndex
        while position <= bytes.endIndex - run.count {
            if bytes[position] == first, bytes[position..<position + run.count].elementsEqual(run) { return true }
            position += 1
        }
        return false
    }
}
