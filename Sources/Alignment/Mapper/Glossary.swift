/// The terms a law defines, and the concepts their definitions carry: where an interpretation section says
/// `"interference" means any impairment to the integrity of a computer system ... or data`, an offence of
/// "unauthorised interference" speaks of impairing systems and data, though its own words do not say so.
///
/// Only terms whose own words name no concept of the lexicon carry their definition's concepts ("access" is
/// access already; "interference" is nothing until defined). A term is carried into every provision of the law
/// but the one that defines it.
struct Glossary: Sendable {
    struct Entry: Sendable {
        /// The term's words, matched as a phrase.
        let pattern: SignalPattern
        /// Concept numbers its definition shows.
        let concepts: [Int]
        /// The provision (index in the document) that defines it.
        let definedIn: Int
    }

    let entries: [Entry]

    static let empty = Glossary(entries: [])

    /// Where the term defined by a follower at `follower` starts: back to the start of its clause or quotation,
    /// at most `RoleCues.termWords` words.
    static func termStart(before follower: Int, in text: AnalyzedText) -> Int {
        var start = follower - 1
        let earliest = max(0, follower - RoleCues.termWords)
        while start > earliest, !text.tokens[start].breakBefore, !RoleCues.quoteOpens(before: text.tokens[start].start, in: text) {
            start -= 1
        }
        return max(0, start)
    }

    /// The definitions of one provision: a term ending right before a definition follower, whose body runs to the
    /// next defined term (or the end of the text), or to the next line that opens with a quoted term, whatever
    /// defines it ("modification" has the meaning assigned by section 8; "related offence", in relation to ...,
    /// means): each definition of a list has its own line.
    static func definitions(in text: AnalyzedText, followers: [Range<Int>]) -> [(term: Range<Int>, body: Range<Int>)] {
        let terms = followers.map { follower in
            let start = termStart(before: follower.lowerBound, in: text)
            // (A quoted term ends at its closing quote: a translation or abbreviation may stand between it and
            // its follower.)
            let end = (start + 1..<follower.lowerBound).first { index in
                (text.tokens[index - 1].end..<text.tokens[index].start).contains { "\"”»’".contains(text.characters[$0]) }
            }
            return start..<(end ?? follower.lowerBound)
        }
        var result: [(term: Range<Int>, body: Range<Int>)] = []
        for (index, term) in terms.enumerated() {
            let bodyStart = followers[index].upperBound
            let nextTerm = index + 1 < terms.count ? terms[index + 1].lowerBound : lastBodyEnd(from: bodyStart, in: text)
            guard bodyStart < nextTerm else { continue }
            let bodyEnd = (bodyStart + 1..<nextTerm).first { opensQuotedLine($0, in: text) } ?? nextTerm
            result.append((term, bodyStart..<bodyEnd))
        }
        return result
    }

    /// The word at `index` follows an opening quotation mark that opens its line (after a list label at most).
    static func opensQuotedLine(_ index: Int, in text: AnalyzedText) -> Bool {
        guard let position = RoleCues.lastNonSpace(before: text.tokens[index].start, in: text),
            "\"“«‘".contains(text.characters[position])
        else { return false }
        return RoleCues.opensLine(position, in: text)
    }
}

extension Glossary {
    /// Where the last definition of a provision ends: at the end of its sentence, or where a subsection opens after
    /// it ("...specified in the Second Schedule; (2) For the purposes of this Act, a person secures access ..."), not
    /// at the end of a section that goes on to other rules.
    static func lastBodyEnd(from start: Int, in text: AnalyzedText) -> Int {
        let tokens = text.tokens
        guard start < tokens.count else { return tokens.count }
        for index in (start + 1)..<tokens.count {
            if tokens[index].sentenceBefore { return index }
            let gap = (tokens[index - 1].end..<tokens[index].start).map { text.characters[$0] }
            let label = tokens[index].folded
            if gap.contains("("), gap.contains(where: { ";]".contains($0) }), !label.isEmpty, label.count <= 3,
                label.allSatisfy(\.isNumber)
            {
                return index
            }
        }
        return tokens.count
    }
}

extension RoleCues {
    /// An opening quotation mark right before `offset` (spaces skipped).
    static func quoteOpens(before offset: Int, in text: AnalyzedText) -> Bool {
        guard let position = lastNonSpace(before: offset, in: text) else { return false }
        return "\"“«‘'".contains(text.characters[position])
    }
}
