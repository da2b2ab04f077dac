/// The runs of ASCII letters that every match of a case-insensitive regular expression contains, and a cheap test
/// that a text lacks one of them. The amendment formulas are tried on the head of every provision with a number and
/// almost never match; `NSRegularExpression` costs about 100,000 instructions a call, this test a few thousand.
///
/// The test only ever says "cannot match" when the regular expression could not match either; whenever it is
/// unsure (a pattern construct it does not read, a character whose case folding could yield an ASCII letter) it
/// says "may match" and the regular expression decides.
struct RequiredWords: Sendable {
    /// Lower-case ASCII letter runs that every match contains, in this order.
    let runs: [[UInt8]]
    /// Where the first run may start, when the pattern opens with `^`, a class repeated at most `bound` times and
    /// the run (`^[^.]{0,160}?\bartículo`, as every amendment formula but English's).
    let lead: Lead?

    struct Lead: Sendable, Equatable {
        /// The latest start, in characters (a class matches one each).
        let bound: Int
        /// The class is `[^.]`: the run starts before the text's first full stop.
        let beforeFullStop: Bool
        /// `\b` precedes the run: no ASCII letter, digit or `_` right before it (other word characters are not
        /// told apart here; they only let a start through).
        let wordStart: Bool
    }

    /// Reads `pattern`'s top level: a letter there, outside any group, class or alternation and not followed by a
    /// quantifier, is matched exactly once, next to its unquantified neighbours. Anything unfamiliar gives no runs.
    init(pattern: String) {
        let scalars = Array(pattern.unicodeScalars)
        let read = Self.runs(in: scalars)
        runs = read?.runs ?? []
        lead = read.flatMap { read in Self.lead(scalars).flatMap { $0.runStart == read.firstStart ? $0.lead : nil } }
    }

    /// Whether `text` may match: false only when a run is missing from it.
    func mayMatch(_ text: String) -> Bool {
        guard !runs.isEmpty else { return true }
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: folded.append(UInt8(scalar.value) + 0x20)
            case 0...0x7F: folded.append(UInt8(scalar.value))
            case let value where Self.foldsAwayFromASCII(value): folded.append(0)
            default: return true
            }
        }
        // The runs stand in the text in the pattern's order, one after the other: each is sought after the last.
        var from = 0
        for (number, run) in runs.enumerated() {
            var last = folded.count - run.count
            var startsWord = false
            if number == 0, let lead {
                last = min(last, lead.bound)
                if lead.beforeFullStop, let stop = folded.firstIndex(of: UInt8(ascii: ".")) { last = min(last, stop) }
                startsWord = lead.wordStart
            }
            guard last >= from,
                let found = (from...last).first(where: { start in
                    folded[start..<start + run.count].elementsEqual(run) && !(startsWord && start > 0 && Self.isASCIIWord(folded[start - 1]))
                })
            else { return false }
            from = found + run.count
        }
        return true
    }

    /// Characters no ASCII letter matches case-insensitively, nor they an ASCII letter: Latin-1 without `ß`, Latin
    /// Extended-A without `İ`, `ı`, `ŉ`, `ſ` (`ſ` matches `s`), general punctuation. The rest is left to the
    /// regular expression (`K` the Kelvin sign matches `k`, ligatures `ﬁ` match `fi`).
    private static func foldsAwayFromASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0xDF, 0x130, 0x131, 0x149, 0x17F: false
        case 0x80...0x17F, 0x2000...0x206F: true
        default: false
        }
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_")
    }

    /// `^`, a class, `{m,n}` (lazy or not), perhaps `\b`: what that says of the first run, and the pattern index
    /// where its letters start.
    private static func lead(_ pattern: [Unicode.Scalar]) -> (lead: Lead, runStart: Int)? {
        guard pattern.count > 2, pattern[0] == "^", pattern[1] == "[", let classEnd = classEnd(pattern, from: 1),
            classEnd + 1 < pattern.count, pattern[classEnd + 1] == "{",
            let close = pattern[(classEnd + 1)...].firstIndex(of: "}")
        else { return nil }
        let counts = String(String.UnicodeScalarView(pattern[(classEnd + 2)..<close])).split(separator: ",", omittingEmptySubsequences: false)
        guard counts.count == 2, Int(counts[0]) != nil, let bound = Int(counts[1]) else { return nil }
        var start = close + 1
        if start < pattern.count, pattern[start] == "?" { start += 1 }
        let wordStart = start + 1 < pattern.count && pattern[start] == "\\" && pattern[start + 1] == "b"
        if wordStart { start += 2 }
        let beforeFullStop = pattern[1...classEnd].elementsEqual("[^.]".unicodeScalars)
        return (Lead(bound: bound, beforeFullStop: beforeFullStop, wordStart: wordStart), start)
    }

    private static func runs(in pattern: [Unicode.Scalar]) -> (runs: [[UInt8]], firstStart: Int?)? {
        var runs: [[UInt8]] = []
        var run: [UInt8] = []
        var firstStart: Int?
        func flush() {
            if !run.isEmpty { runs.append(run) }
            run = []
        }
        var depth = 0
        var index = 0
        while index < pattern.count {
            let scalar = pattern[index]
            switch scalar {
            case "\\":
                guard index + 1 < pattern.count else { return nil }
                let escaped = pattern[index + 1]
                if "pP".unicodeScalars.contains(escaped) {
                    // `\p{L}`: skip to the closing brace.
                    guard let close = pattern[index...].firstIndex(of: "}") else { return nil }
                    index = close + 1
                } else if "bBsSdDwW".unicodeScalars.contains(escaped) || !(escaped.properties.isAlphabetic || ("0"..."9").contains(escaped)) {
                    // A class of characters, a word boundary, or an escaped punctuation mark.
                    guard escaped.isASCII else { return nil }
                    index += 2
                } else {
                    return nil  // `\Q`, `\u`, `\x`, `\k`, back references...: not read here.
                }
                if depth == 0 { flush() }
                continue
            case "[":
                guard let end = Self.classEnd(pattern, from: index) else { return nil }
                index = end + 1
                if depth == 0 { flush() }
                continue
            case "(":
                if index + 1 < pattern.count, pattern[index + 1] == "?" {
                    // Groups, look-arounds and groups with flags of their own (`(?i:bis|ter)`); flags for the rest of
                    // the pattern (`(?i)`), comments and `x` (which changes how a pattern reads) are not read here.
                    var flag = index + 2
                    while flag < pattern.count, "imsuwx-".unicodeScalars.contains(pattern[flag]) { flag += 1 }
                    guard flag < pattern.count else { return nil }
                    if flag > index + 2 {
                        guard pattern[flag] == ":", !pattern[(index + 2)..<flag].contains("x") else { return nil }
                    } else {
                        guard ":<=!>".unicodeScalars.contains(pattern[flag]) else { return nil }
                    }
                }
                if depth == 0 { flush() }
                depth += 1
            case ")":
                guard depth > 0 else { return nil }
                depth -= 1
            case "|":
                if depth == 0 { return ([], nil) }  // Alternatives at the top: no word is required.
            case "{":
                guard let close = pattern[index...].firstIndex(of: "}") else { return nil }
                if depth == 0 { flush() }
                index = close + 1
                continue
            default:
                guard depth == 0 else { break }
                let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                let quantified = index + 1 < pattern.count && "?*+{".unicodeScalars.contains(pattern[index + 1])
                if isLetter, !quantified {
                    if runs.isEmpty, run.isEmpty { firstStart = index }
                    run.append(UInt8(scalar.value) | 0x20)
                } else {
                    flush()
                }
            }
            index += 1
        }
        guard depth == 0 else { return nil }
        flush()
        return (runs, firstStart)
    }

    /// The index of the `]` that closes the class opened at `start`, nested classes and escapes included; nil for
    /// a class this reader is unsure of (an unclosed one, or one opening with `]`).
    private static func classEnd(_ pattern: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < pattern.count, pattern[index] == "^" { index += 1 }
        guard index < pattern.count, pattern[index] != "]" else { return nil }
        var depth = 1
        while index < pattern.count {
            switch pattern[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
