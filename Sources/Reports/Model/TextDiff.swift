/// A word-level diff of two texts, from the standard library's `difference(from:)` (a longest-common-subsequence
/// diff), regrouped into runs so a reader sees phrases, not single words.
public enum TextDiff {
    public enum Operation: String, Sendable, Hashable, Codable, CaseIterable {
        /// In both texts.
        case equal
        /// Only in the new text.
        case insert
        /// Only in the old text.
        case delete
    }

    public struct Segment: Sendable, Hashable, Codable {
        public let op: Operation
        public let text: String
    }

    /// Splits into words and the whitespace after them, so that joining the tokens restores the text exactly.
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var inSpace = false
        while index < text.endIndex {
            let isSpace = text[index].isWhitespace
            if inSpace && !isSpace {
                tokens.append(text[start..<index])
                start = index
            }
            inSpace = isSpace
            index = text.index(after: index)
        }
        if start < text.endIndex { tokens.append(text[start...]) }
        return tokens
    }

    public static func words(from old: String, to new: String) -> [Segment] {
        let before = tokens(old), after = tokens(new)
        let difference = after.difference(from: before)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var segments: [Segment] = []
        func append(_ op: Operation, _ text: Substring) {
            if let last = segments.last, last.op == op {
                segments[segments.count - 1] = Segment(op: op, text: last.text + text)
            } else {
                segments.append(Segment(op: op, text: String(text)))
            }
        }
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed.contains(i) {
                append(.delete, before[i]); i += 1
            } else if j < after.count, inserted.contains(j) {
                append(.insert, after[j]); j += 1
            } else if i < before.count, j < after.count {
                append(.equal, after[j]); i += 1; j += 1
            } else if i < before.count {
                append(.delete, before[i]); i += 1
            } else {
                append(.insert, after[j]); j += 1
            }
        }
        return readable(segments)
    }

    /// Folds short unchanged runs (one or two words) between changes into the change, and writes each change as
    /// one deletion followed by one insertion, so a reader sees "old phrase → new phrase", not a word salad.
    static func readable(_ segments: [Segment]) -> [Segment] {
        var pieces: [(old: String, new: String, equal: Bool)] = []
        for (index, segment) in segments.enumerated() {
            let between = index > 0 && index < segments.count - 1 && segments[index - 1].op != .equal
                && segments[index + 1].op != .equal
            switch segment.op {
            case .equal where between && tokens(segment.text).count <= 2 && segment.text.count < 16:
                pieces.append((segment.text, segment.text, false))
            case .equal: pieces.append((segment.text, segment.text, true))
            case .delete: pieces.append((segment.text, "", false))
            case .insert: pieces.append(("", segment.text, false))
            }
        }
        var result: [Segment] = []
        var old = "", new = ""
        func flush() {
            if !old.isEmpty { result.append(Segment(op: .delete, text: old)) }
            if !new.isEmpty { result.append(Segment(op: .insert, text: new)) }
            old = ""
            new = ""
        }
        for piece in pieces {
            if piece.equal {
                flush()
                result.append(Segment(op: .equal, text: piece.old))
            } else {
                old += piece.old
                new += piece.new
            }
        }
        flush()
        return result
    }
}
