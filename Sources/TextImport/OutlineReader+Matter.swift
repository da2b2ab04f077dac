import AkomaNtoso
import Foundation

/// What a law prints besides its provisions, where its tradition prints it: a table of contents before the long
/// title (an Arrangement of Sections: kept as a table of contents, never read as the sections), schedules after the
/// sections, an explanatory statement (Objects and Reasons, an explanatory memorandum) after a bill, and the
/// enacting formula before the first provision.
extension OutlineReader {
    enum Matter {
        case law
        /// In a table of contents; the number of its first entry, whose repetition starts the law.
        case contents
        case schedule(Unit)
        case explanatory(Unit)
    }

    /// Reads a line that belongs to front or back matter, or that opens it; false for a line of the law itself.
    mutating func readMatter(_ text: String, at index: Int) -> Bool {
        let tradition = numbering.tradition
        switch matter {
        case .contents:
            if kinds[index] == .blank { return true }
            if endsContents(text, at: index) {
                matter = .law
                return false
            }
            var number: String?
            var element: String?
            switch kinds[index] {
            case .article(let article):
                number = article.number
                element = article.element
            case .grouping(let grouping):
                number = grouping.number
                element = grouping.element
            default:
                break
            }
            outline.contents.append(ContentsEntry(text: text, number: number, element: element))
            if let number, let element { contentsKeys.insert(Self.contentsKey(element, number)) }
            return true
        case .schedule(let unit):
            guard kinds[index] != .blank else { return true }
            if tradition.explanatory, Numbering.matches(lexicon.explanatoryHeading, text) {
                openExplanatory(text, at: index)
            } else if isScheduleHeading(text) {
                openSchedule(text, at: index)
            } else if Numbering.matches(lexicon.closingFormula, text) {
                matter = .law
                inConclusions = true
                outline.conclusions.append(.text(segments(text)))
            } else {
                unit.items.append(kinds[index] == .note ? .note(text) : .text(segments(text)))
            }
            return true
        case .explanatory(let unit):
            if kinds[index] != .blank { unit.items.append(kinds[index] == .note ? .note(text) : .text(segments(text))) }
            return true
        case .law:
            break
        }
        guard kinds[index] != .blank, !inQuotedArticle, activeMod == nil else { return false }
        let bodyStarted = !outline.body.isEmpty || !groupStack.isEmpty
        if tradition.contents, !bodyStarted, outline.contents.isEmpty, Numbering.matches(lexicon.contentsHeading, text) {
            // `ARRANGEMENT OF SECTIONS`: what was read so far and the table go to the preface.
            outline.preface += outline.preamble
            outline.preamble = []
            outline.preface.append(.text([.text(text)]))
            matter = .contents
            return true
        }
        // A schedule of amendments holds the sections it inserts into other acts: they are the law's provisions.
        if tradition.schedules, text.utf8.count <= 120, isScheduleHeading(text), amends(text) {
            openSchedule(text, at: index)
            return true
        }
        if !bodyStarted, provision == nil, Numbering.matches(lexicon.enactingFormula, text) {
            outline.preamble.append(.formula(text))
            return true
        }
        // Schedule and explanatory headings are short lines: a sentence of the law is not tried against them.
        guard bodyStarted, text.utf8.count <= 120 else { return false }
        if tradition.explanatory, Numbering.matches(lexicon.explanatoryHeading, text) {
            openExplanatory(text, at: index)
            return true
        }
        if tradition.schedules, isScheduleHeading(text) {
            openSchedule(text, at: index)
            return true
        }
        return false
    }

    /// The table of contents ends at the long title or the enacting formula, at a line that lists nothing (a
    /// sentence), or where a section or grouping it listed comes again (the law itself).
    private func endsContents(_ text: String, at index: Int) -> Bool {
        if Numbering.matches(lexicon.longTitle, text) || Numbering.matches(lexicon.enactingFormula, text) { return true }
        switch kinds[index] {
        case .article(let article) where contentsKeys.contains(Self.contentsKey(article.element, article.number)):
            return true
        case .grouping(let grouping) where contentsKeys.contains(Self.contentsKey(grouping.element, grouping.number)):
            return true
        default:
            break
        }
        if case .article(let article) = kinds[index] {
            // A section whose rest is a sentence, not a title, is the law.
            return !article.bare && !article.rest.isEmpty && !Numbering.isHeadingLike(article.rest, maxWords: 20)
                && !(article.rest.hasSuffix(".") && article.rest.split(separator: " ").count <= 15)
        }
        if case .grouping = kinds[index] { return false }
        let words = text.split(separator: " ").count
        return words > 20 || (text.hasSuffix(".") && words > 15)
    }

    /// How a listed unit is recognised when it comes again: `section|46a`, `part|ii`.
    static func contentsKey(_ element: String, _ number: String) -> String {
        element + "|" + Identifiers.cleanNumber(number).lowercased()
    }

    /// `SCHEDULE`, `FIRST SCHEDULE (section 3)`, `Schedule 2`: a short line opening with the word.
    func isScheduleHeading(_ text: String) -> Bool {
        guard text.split(separator: " ").count <= 12, Numbering.matches(lexicon.scheduleHeading, text) else {
            return false
        }
        // The word opens the line as a heading, not a sentence: `Schedule 2 applies ...` is text.
        return Numbering.isHeadingLike(text, maxWords: 12) || text == text.uppercased()
    }

    /// A schedule of amendments (`Schedule 2—Amendment of other Acts`).
    func amends(_ scheduleHeading: String) -> Bool {
        Numbering.matches(lexicon.amendingSchedule, scheduleHeading)
    }

    /// Opens a schedule. A schedule of amendments is read as law, its sections inside it; any other is kept as text.
    private mutating func openSchedule(_ text: String, at index: Int) {
        endQuoteMode()
        closeProvision()
        let unit = Unit(element: "hcontainer", style: "schedule", label: nil, number: "", line: lines[index].number)
        unit.name = "schedule"
        unit.heading = text
        outline.body.append(.unit(unit))
        if amends(text) {
            groupStack = [unit]
            matter = .law
        } else {
            groupStack = []
            matter = .schedule(unit)
        }
    }

    private mutating func openExplanatory(_ text: String, at index: Int) {
        endQuoteMode()
        closeProvision()
        let unit = Unit(element: "container", style: "explanatory", label: nil, number: "", line: lines[index].number)
        unit.name = "explanatoryNote"
        unit.items.append(.text([.text(text)]))
        outline.conclusions.append(.unit(unit))
        matter = .explanatory(unit)
    }

    /// Whether a section numbered `1.`-style continues the law's sections: a higher number than the last one, or
    /// the same with a letter added (`46A` after `46`). A quoted one belongs to an amendment read before it and is
    /// not checked; with none read, it is quoted text.
    func followsSequence(_ article: Numbering.ArticleLine) -> Bool {
        if pendingIntro != nil || openQuoted != nil { return true }
        // A quoted number with no amending formula read before it quotes a text (`"49. An offence committed in
        // terms of the Computer Crimes Act".`, an item inserted into another law's schedule): no section of this law.
        if !article.leadingQuote.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        guard let number = Numbering.leadingInteger(article.number) else { return false }
        guard let last = mainLast else { return true }
        return number > last.number || (number == last.number && article.number != last.label
            && article.number.count > String(number).count)
    }
}
