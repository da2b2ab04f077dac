import AkomaNtoso
import Foundation

/// Sections printed as one paragraph, their subsections and paragraphs run in (`(1) A person who ... (2) For the
/// purposes of ... — (a) ...; or (b) ...`), as consolidations flattened to one paragraph per section print them.
///
/// A marker in running text opens a unit only where it is safe to say so: after the end of a sentence, a list's
/// introduction (`:`, `—`) or a list item's end (`;`, `; or`), and only when its number continues the numbering of
/// its style in the section (`(2)` after `(1)`, `(b)` after `(a)`) or opens a new style at its first number. A
/// citation (`subsection (1)`, `paragraphs (a), (b) or (d)`) follows a word and is never split off.
extension OutlineReader {
    /// A marker such as `(1)`, `(a)`, `(iv)`, `(A)` followed by a space, anywhere in a line.
    static let inlineMarker = Numbering.regex(#"\((?:\d{1,3}[A-Z]?(?:\.\d{1,2})?|[a-z]{1,4}|[A-Z]{1,3})\)(?=\s)"#)

    func startsWithMarker(_ text: String) -> Bool {
        guard text.first == "(" else { return false }
        return numbering.marker(text) != nil
    }

    /// Adds a line of text to `unit`; in a tradition that prints flattened sections, splits it at the inline
    /// markers that safely open units and reads them as sub-units.
    mutating func addInline(_ text: String, to unit: Unit, at index: Int) {
        guard numbering.tradition.inlineMarkers, !inQuotedArticle, activeMod == nil, openFragment == nil,
            Numbering.hasSubstring(text, "(")
        else {
            addText(text, to: unit, at: index)
            return
        }
        var target = unit
        var remaining = Substring(text)
        var split = false
        var first = true
        while true {
            let marker = nextInlineMarker(in: remaining, first: first)
            first = false
            let definition = nextDefinition(in: remaining)
            if let definition, marker.map({ definition < $0.0 }) ?? true {
                // `...; "asset" includes ...`: the next definition of an interpretation section, at the level of
                // the section (or subsection), not inside the paragraph before it.
                let before = remaining[..<definition].trimmingCharacters(in: .whitespaces)
                if !before.isEmpty { addChunk(before, to: target, at: index) }
                while let last = subStack.last, numbering.listStyles.contains(last.style) || last.style.hasPrefix("list:") {
                    subStack.removeLast()
                }
                target = subStack.last ?? provision ?? unit
                remaining = remaining[definition...]
                split = true
                continue
            }
            guard let (offset, marker) = marker else { break }
            let before = remaining[..<offset].trimmingCharacters(in: .whitespaces)
            if !before.isEmpty { addChunk(before, to: target, at: index) }
            // A marker that opens the line (`4.(1) ...`, `(a) (i) ...`) is no run-in text; one after text is.
            if !before.isEmpty { split = true }
            remaining = remaining[offset...].dropFirst(marker.label.count)
            readMarker(marker, indent: 0, at: index, inline: true)
            guard let opened = subStack.last else { break }
            target = opened
        }
        let tail = remaining.trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty { addChunk(tail, to: target, at: index) }
        if split, let provision, provision.element != "quotedStructure",
            splitSections.last?.number != provision.number
        {
            splitSections.append((lines[index].number, provision.number))
        }
    }

    /// Where the next definition of an interpretation section begins in running text: after a list introduction or
    /// the end of the previous definition (`—`, `;`, `; and`), a quoted term and a defining word (`"asset" includes`).
    private func nextDefinition(in text: Substring) -> String.Index? {
        guard let expression = lexicon.runInDefinition, text.contains("\"") || text.contains("“") else { return nil }
        let string = String(text)
        guard !string.isEmpty else { return nil }
        let searchStart = string.index(after: string.startIndex)
        guard let match = expression.firstMatch(in: string, range: NSRange(searchStart..<string.endIndex, in: string)),
            let range = Range(match.range(at: 1), in: string)
        else { return nil }
        return text.index(text.startIndex, offsetBy: string.distance(from: string.startIndex, to: range.lowerBound))
    }

    /// A chunk of a split line: a dash heading of the unit just opened, definitions at the level of the section.
    private mutating func addChunk(_ chunk: String, to unit: Unit, at index: Int) {
        var text = chunk
        if numbering.tradition.dashHeadings, unit.heading == nil, unit.items.isEmpty, unit !== provision,
            let (heading, rest) = dashHeading(text)
        {
            unit.heading = heading
            text = rest
        }
        if !text.isEmpty { addText(text, to: unit, at: index) }
    }

    /// The first marker in `text` that opens a unit, with its position, its style resolved (`(i)` the letter or
    /// the Roman numeral).
    private func nextInlineMarker(in text: Substring, first: Bool) -> (String.Index, Numbering.Marker)? {
        let string = String(text)
        let range = NSRange(string.startIndex..., in: string)
        for match in Self.inlineMarker.matches(in: string, range: range) {
            guard let bounds = Range(match.range, in: string) else { continue }
            let offset = string.distance(from: string.startIndex, to: bounds.lowerBound)
            if offset == 0 && !first { continue }
            guard offset == 0 || isBoundary(before: string[..<bounds.lowerBound]) else { continue }
            guard let marker = numbering.marker(String(string[bounds.lowerBound...])),
                marker.label == String(string[bounds]),
                let resolved = continuing(marker, opensTheLine: offset == 0 && first)
            else { continue }
            return (text.index(text.startIndex, offsetBy: offset), resolved)
        }
        return nil
    }

    /// Whether a marker may open a unit after this text: the end of a sentence, a list introduction or a list
    /// item's end, possibly followed by a conjunction (`; or`).
    private func isBoundary(before text: Substring) -> Bool {
        var tail = text
        while tail.last == " " { tail = tail.dropLast() }
        guard let last = tail.last else { return true }
        if ".;:—–".contains(last) { return true }
        // `; or (b)`, `, and (c)`.
        let words = tail.split(separator: " ")
        guard words.count >= 2, let conjunction = words.last,
            lexicon.listConjunctions.contains(conjunction.lowercased()), let previous = words.dropLast().last,
            let mark = previous.last, ";,:".contains(mark)
        else { return false }
        return true
    }

    /// The marker with its style resolved, if its number continues the open numbering of its style or opens a
    /// new style at its first number (at any number when it opens the section's line: `430 (1.1) ...`, an
    /// inserted subsection); nil otherwise.
    private func continuing(_ marker: Numbering.Marker, opensTheLine: Bool = false) -> Numbering.Marker? {
        func open(_ style: String) -> Unit? { subStack.last { $0.style == style } }
        func resolved(_ style: String, _ element: String) -> Numbering.Marker {
            Numbering.Marker(
                style: style, element: element, label: marker.label, number: marker.number, rest: "",
                romanCandidate: false, closesLists: marker.closesLists)
        }
        let number = marker.number
        if let unit = open(marker.style), Self.successor(of: unit.number) == number {
            return resolved(marker.style, marker.element)
        }
        if marker.romanCandidate, let roman = numbering.romanStyles[marker.style] {
            if let unit = open(roman.style) {
                if Self.romanSuccessor(of: unit.number) == number { return resolved(roman.style, roman.element) }
            } else if number.lowercased() == "i" {
                return resolved(roman.style, roman.element)
            }
        }
        if open(marker.style) == nil, Self.isFirst(number) || (opensTheLine && !marker.romanCandidate) {
            return resolved(marker.style, marker.element)
        }
        return nil
    }

    /// `1`, `a`, `A`, `aa`: the first number of a style.
    static func isFirst(_ number: String) -> Bool {
        ["1", "a", "A", "aa", "AA"].contains(number)
    }

    /// `2` after `1`, `b` after `a`, `bb` after `aa`, `B` after `A`.
    static func successor(of number: String) -> String? {
        if let value = Int(number) { return String(value + 1) }
        guard let first = number.first, number.allSatisfy({ $0 == first }), let scalar = first.unicodeScalars.first,
            first.isLetter, first != "z", first != "Z", let next = Unicode.Scalar(scalar.value + 1)
        else { return nil }
        return String(repeating: String(next), count: number.count)
    }

    /// `ii` after `i`, `iv` after `iii`, in the case of the number.
    static func romanSuccessor(of number: String) -> String? {
        let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
        guard let position = numerals.firstIndex(of: number.lowercased()), position + 1 < numerals.count else {
            return nil
        }
        let next = numerals[position + 1]
        return number == number.uppercased() ? next.uppercased() : next
    }

    /// `Title. — This Act ...` -> (`Title. —`, `This Act ...`): a heading ended by a dash before the text. The
    /// heading is a title: it ends with a full stop before the dash, or its words are capitalised; it has no comma.
    func dashHeading(_ text: String) -> (String, String)? {
        // An em or en dash (UTF-8 E2 80 93/94) within the first 160 bytes, or no dash heading.
        let head = Array(text.utf8.prefix(160))
        guard Numbering.contains(head, [0xE2, 0x80, 0x94]) || Numbering.contains(head, [0xE2, 0x80, 0x93]) else {
            return nil
        }
        guard let groups = Numbering.captures(Self.dashSplit, text), let heading = groups[1], let dash = groups[2],
            let rest = groups[3]
        else { return nil }
        let words = heading.split(separator: " ")
        // A full stop joined to its dash (`Penalty and compensation for damage to computer, computer system,
        // etc.–If any person`, as Indian acts print their marginal headings) closes a heading, commas and all.
        let joined = heading.hasSuffix(".") && !dash.hasPrefix(" ")
        guard (1...(joined ? 20 : 15)).contains(words.count), !heading.contains(";") else { return nil }
        let titled = words.allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || !first.isLetter || word.count <= 3
        }
        // `Search, Seizure and Examination of Computer Data. —` is a title; `In this Act, unless ... requires—` is not.
        let comma = heading.contains(",")
        guard joined || (heading.hasSuffix(".") && (titled || !comma)) || (titled && !comma) else { return nil }
        return (heading + dash, rest)
    }

    static let dashSplit = Numbering.regex(#"^(\p{Lu}[^—–]{0,150}?)(\s*[—–])\s*(\S.*)$"#)

    /// One note for the file: which sections were printed as one paragraph and split at their inline markers.
    mutating func reportSplitSections() {
        guard let first = splitSections.first else { return }
        let numbers = splitSections.map(\.number)
        let shown = numbers.count > 12 ? numbers.prefix(12).joined(separator: ", ") + ", ..." : numbers.joined(separator: ", ")
        diagnostics.append(
            Diagnostic(
                .warning,
                "\(numbers.count) section(s) with subsections or paragraphs run into one line (\(shown)): split at those inline markers where the numbering runs in sequence after a sentence or a list introduction; citations such as 'subsection (1)' were left in the text",
                file: file, line: first.line, column: 1))
    }

    /// In a text whose articles print their heading as a sentence after the number, then the text on the next
    /// lines (`Artículo 588 bis a. Principios rectores.`), a longer sentence there is a heading too.
    func inferSentenceHeadingWords() -> Int {
        var headed = 0
        var others = 0
        for index in lines.indices {
            guard case .article(let article) = kinds[index], !article.bare, !article.rest.isEmpty,
                !article.disposition, article.leadingQuote.isEmpty
            else { continue }
            let rest = article.rest
            let next = index + 1 < lines.count ? nextNonBlank(after: index) : nil
            let followedByText = next.map { kinds[$0] == .text || isMarker(kinds[$0]) } ?? false
            if rest.hasSuffix("."), !Numbering.hasSubstring(String(rest.dropLast()), ". "), followedByText,
                rest.first?.isUppercase == true
            {
                headed += 1
            } else {
                others += 1
            }
        }
        return headed >= 5 && headed * 10 >= (headed + others) * 9 ? 25 : 12
    }
}
