import AkomaNtoso
import Foundation

/// Where a unit's heading is printed: above its number, after it on the same line, run into the text.
extension OutlineReader {
    /// A short title line directly above an article or a numbered sub-unit is that unit's heading.
    func isHeadingCandidate(at index: Int) -> Bool {
        guard let next = nextNonBlank(after: index) else { return false }
        guard Numbering.isHeadingLike(lines[index].text) else { return isMarginalNote(at: index, before: next) }
        switch kinds[next] {
        case .article: return true
        case .marker: return provision != nil
        default: return false
        }
    }

    /// A marginal note printed as a sentence (`Unauthorised access to computer program or data.`): in a tradition
    /// that prints them, a sentence heading right above a section line (no blank line between) and set off by a
    /// blank line from what precedes it; a closing sentence of the section before is either run on or spaced
    /// like the other paragraphs.
    func isMarginalNote(at index: Int, before next: Int) -> Bool {
        guard numbering.tradition.marginalNotes, next == index + 1, index > 0, case .article = kinds[next],
            case .blank = kinds[index - 1]
        else { return false }
        return isSentenceHeading(lines[index].text.trimmingCharacters(in: .whitespaces))
    }

    /// A one-sentence title: short, no clause punctuation, not an enacting verb, ending with a full stop.
    func isSentenceHeading(_ text: String) -> Bool {
        guard text.hasSuffix("."), text.first?.isUppercase == true, !text.contains("," as Character), !text.contains(";" as Character),
            !text.contains("[" as Character), !text.contains("…" as Character)
        else { return false }
        let words = text.split(separator: " ")
        guard words.count <= sentenceHeadingWords, let first = words.first, !isEncliticImperative(String(first)) else { return false }
        return !Numbering.hasSubstring(String(text.dropLast()), ". ")
    }

    /// A heading run into the text without punctuation, as flattened sources print it: `Acceso ilícito El que
    /// deliberada e ilegítimamente ...` -> (`Acceso ilícito`, `El que ...`). Only before a capitalised opening of
    /// an offence, which a sentence does not have in its middle.
    func runInHeading(_ rest: String) -> (String, String)? {
        let range = NSRange(rest.startIndex..., in: rest)
        guard let match = lexicon.runInOpening.firstMatch(in: rest, range: range),
            let opening = Range(match.range(at: 1), in: rest)
        else { return nil }
        let heading = rest[..<opening.lowerBound].trimmingCharacters(in: .whitespaces)
        let words = heading.split(separator: " ")
        guard (1...16).contains(words.count), heading.first?.isUppercase == true,
            !heading.contains(where: { ".:;[…".contains($0) || $0.isNumber })
        else { return nil }
        return (heading, String(rest[opening.lowerBound...]))
    }

    /// `Acceso ilícito. El que ...` -> (`Acceso ilícito.`, `El que ...`). Where the section's shape says that a
    /// heading runs on into the text (`runsOn`: `§702-222 Liability for conduct of another; complicity. A person
    /// ...`, `§803-42 Interception, access, and disclosure of wire, oral, or electronic communications ...
    /// prohibited. (a) ...`), all before the first full stop is the heading; elsewhere a `;` ends a sentence's clause
    /// and a long phrase with commas is a sentence.
    func inlineHeading(_ rest: String, runsOn: Bool = false) -> (String, String)? {
        guard let groups = Numbering.captures(Self.headingSplit, rest), let heading = groups[1], let text = groups[3]
        else { return nil }
        if runsOn { return (heading + (groups[2] ?? ""), text) }
        let words = heading.split(separator: " ")
        guard !heading.contains(";" as Character), !heading.contains("[" as Character),
            !heading.contains("…" as Character), words.last?.allSatisfy(\.isNumber) != true
        else { return nil }
        // A short title; a longer one, or one with commas, only before the words an offence opens with.
        // A sentence of the offence itself is no title.
        if Numbering.matches(lexicon.offenceOpening, heading) { return nil }
        let plain = words.count <= 12 && !heading.contains("," as Character)
        guard plain || (words.count <= 16 && Numbering.matches(lexicon.offenceOpening, text)) else { return nil }
        if let last = words.last?.lowercased(), lexicon.abbreviations.contains(String(last)) { return nil }
        if let first = words.first, isEncliticImperative(String(first)) { return nil }
        return (heading + (groups[2] ?? ""), text)
    }

    /// `(MANIPULACIÓN INFORMÁTICA). El que ...` -> (`(MANIPULACIÓN INFORMÁTICA).`, `El que ...`): a rubric in
    /// brackets before the text. Not a numbered marker (`(1)`, `(a)`), nor an editorial note (it would hold a number).
    func parenthesizedHeading(_ rest: String) -> (String, String)? {
        guard rest.first == "(", let groups = Numbering.captures(Self.parenthesizedSplit, rest), let heading = groups[1],
            let text = groups[2]
        else { return nil }
        let words = heading.split(separator: " ")
        guard (1...16).contains(words.count), !heading.contains(where: \.isNumber) else { return nil }
        return (heading, text)
    }

    static let parenthesizedSplit = Numbering.regex(#"^(\(\p{Lu}[^()\d]{2,160}\)\s*[.:\-–—]?)\s+([\p{Lu}“"«¿].*)$"#)

    static let headingSplit = Numbering.regex(#"^(\p{Lu}[^.:]*?[^\s.:])(\s*[.:])\s+([\p{Lu}“"«¿(].*)$"#)

    /// `Comuníquese`, `Derógase`, `Modifícanse`: enacting verbs (an accented word with an enclitic ending), not
    /// headings.
    func isEncliticImperative(_ word: String) -> Bool {
        let lowered = word.lowercased()
        guard lexicon.encliticEndings.contains(where: { lowered.hasSuffix($0) }) else { return false }
        return lowered.contains { letter in !letter.isASCII && PatternText.baseLetter(of: letter).map { $0 != letter } ?? false }
    }
}
