/// The statutory sentences that carry an article's elements, cut from a provision's text around the words the
/// mapper found (its evidence spans), so that a reader checks a finding against the sentence that makes it, not
/// a window of keywords.
enum EvidenceQuotes {
    /// Longest quote kept whole; a longer sentence is shortened around its marked words.
    static let longest = 480
    /// Words kept on each side of the marked words when a sentence is shortened.
    static let margin = 140
    /// Sentences quoted per provision at most (the first ones in the text).
    static let mostSentences = 4

    /// The sentences of `text` holding the spans (`[start, end)` character offsets, with the id of the element
    /// each shows), in text order, each with its spans as offsets into the quote.
    static func quotes(in text: String, spans: [(element: String, span: [Int])]) -> [EvidenceQuote] {
        guard !spans.isEmpty else { return [] }
        return quotes(in: Array(HTML.joiningMarkers(text)), spans: spans)
    }

    /// `quotes(in:spans:)` on a text already split into characters, its marker lines joined.
    static func quotes(in characters: [Character], spans: [(element: String, span: [Int])]) -> [EvidenceQuote] {
        guard !spans.isEmpty else { return [] }
        let valid = spans.filter { $0.span.count == 2 && $0.span[0] >= 0 && $0.span[0] < $0.span[1] && $0.span[1] <= characters.count }
        guard !valid.isEmpty else { return [] }
        // Sentences touched by a span; a span across a boundary joins the sentences it crosses.
        var groups: [(range: Range<Int>, spans: [(element: String, span: [Int])])] = []
        for span in valid.sorted(by: { ($0.span[0], $0.span[1]) < ($1.span[0], $1.span[1]) }) {
            let range = sentence(around: span.span[0]..<span.span[1], in: characters)
            if let index = groups.firstIndex(where: { $0.range.overlaps(range) }) {
                let merged = min(groups[index].range.lowerBound, range.lowerBound)..<max(groups[index].range.upperBound, range.upperBound)
                groups[index] = (merged, groups[index].spans + [span])
            } else {
                groups.append((range, [span]))
            }
        }
        return groups.sorted { $0.range.lowerBound < $1.range.lowerBound }.prefix(mostSentences).map { group in
            quote(characters, group.range, group.spans)
        }
    }

    private static func quote(
        _ characters: [Character], _ sentence: Range<Int>, _ spans: [(element: String, span: [Int])]
    ) -> EvidenceQuote {
        var start = sentence.lowerBound, end = sentence.upperBound
        var prefix = "", suffix = ""
        if end - start > longest {
            let first = spans.map { $0.span[0] }.min()!, last = spans.map { $0.span[1] }.max()!
            let from = max(start, first - margin), to = min(end, last + margin)
            if from > start {
                start = wordStart(characters, from)
                prefix = "…"
            }
            if to < end {
                end = wordEnd(characters, to)
                suffix = "…"
            }
        }
        let body = text(characters[start..<end])
        let shift = prefix.count - start
        var marks: [[Int]] = []
        for span in spans.sorted(by: { $0.span[0] < $1.span[0] }) {
            let from = max(span.span[0], start) + shift, to = min(span.span[1], end) + shift
            guard from < to else { continue }
            if let last = marks.last, from <= last[1] {
                marks[marks.count - 1][1] = max(last[1], to)
            } else {
                marks.append([from, to])
            }
        }
        var elements: [String] = []
        for span in spans where !elements.contains(span.element) { elements.append(span.element) }
        return EvidenceQuote(text: prefix + body + suffix, marks: marks, elements: elements)
    }

    /// The characters as a string: their UTF-8 bytes laid end to end, decoded once (the bytes `String(characters)`
    /// gives, without checking at every seam whether two characters join: that was 5 % of a report's work).
    static func text(_ characters: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count + characters.count / 4)
        for character in characters {
            // (Most characters are one byte: appended as such, not as a sequence.)
            let utf8 = character.utf8
            if utf8.count == 1 { bytes.append(utf8[utf8.startIndex]) } else { bytes.append(contentsOf: utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The sentence holding `range` (or the sentences it crosses), found by reading outwards from it to the
    /// nearest boundaries: the same sentences as `sentences`, without reading the rest of a long provision.
    static func sentence(around range: Range<Int>, in characters: [Character]) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isBoundary(after: start - 1, in: characters) { start -= 1 }
        var end = max(range.upperBound, range.lowerBound + 1)
        while end < characters.count, !isBoundary(after: end - 1, in: characters) { end += 1 }
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return start..<end
    }

    /// Whether a sentence ends with the character at `index` (see `sentences`).
    static func isBoundary(after index: Int, in characters: [Character]) -> Bool {
        let character = characters[index]
        // Only a line feed, a full stop or a semicolon ends a sentence: any other character is told by its first
        // byte, without comparing characters.
        guard let first = character.utf8.first, first == 0x0A || first == 0x2E || first == 0x3B else { return false }
        if character == "\n" { return true }
        guard character == "." || character == ";", index + 2 < characters.count, characters[index + 1] == " ",
            characters[index + 2].isUppercase
        else { return false }
        return character == ";" || !abbreviation(before: index, in: characters)
    }

    /// Sentence ranges, trimmed of surrounding spaces: a line is a unit; inside a line a sentence ends at `.` or `;`
    /// followed by a space and a capital letter, unless the word before the stop is an abbreviation or a number
    /// (`art. 2`, `N° 19.223. El`).
    static func sentences(_ characters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            var from = start, to = end
            while from < to, characters[from].isWhitespace { from += 1 }
            while to > from, characters[to - 1].isWhitespace { to -= 1 }
            if from < to { ranges.append(from..<to) }
            start = end
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                close(index + 1)
            } else if character == "." || character == ";", index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase, character == ";" || !abbreviation(before: index, in: characters)
            {
                close(index + 1)
            }
            index += 1
        }
        close(characters.count)
        return ranges.isEmpty ? [0..<characters.count] : ranges
    }

    /// The word before a full stop is short (`art`, `inc`, `No`) or holds a digit (`19.223`): not a sentence end.
    private static func abbreviation(before index: Int, in characters: [Character]) -> Bool {
        var from = index
        while from > 0, !characters[from - 1].isWhitespace { from -= 1 }
        let word = characters[from..<index]
        return word.count <= 4 || word.contains { $0.isNumber }
    }

    private static func wordStart(_ characters: [Character], _ index: Int) -> Int {
        var at = index
        while at < characters.count, !characters[at].isWhitespace { at += 1 }
        while at < characters.count, characters[at].isWhitespace { at += 1 }
        return at
    }

    private static func wordEnd(_ characters: [Character], _ index: Int) -> Int {
        var at = index
        while at < characters.count, !characters[at].isWhitespace { at += 1 }
        return at
    }
}
