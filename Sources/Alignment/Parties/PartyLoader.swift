import AkomaNtoso
import DataFiles
import Yams

/// Reads and validates a state's treaty status (`Mappings/parties/<cc>.yaml`) against the instruments it names.
///
/// A reservation or declaration is checked against the article's own `reservations_allowed` /
/// `declarations_allowed` lists in the instrument file, so no treaty's rules live in code.
public enum PartyLoader {
    public struct Result: Sendable {
        public let party: PartyStatus?
        public let diagnostics: [Diagnostic]
    }

    static let partyKeys = ["state", "name", "name_in_text", "instruments"]
    static let statusKeys = [
        "instrument", "status", "invited", "signed", "ratified", "in_force", "joined_by", "approved_by",
        "declarations", "reservations", "other_declarations", "withdrawn", "reserves_known", "sources", "notes",
    ]
    static let reserveKeys = ["article", "paragraph", "elements", "applies_to", "summary", "source", "date", "cites"]

    /// Parses `text`, the contents of `file` (its base name must be the state code), checking every declaration and
    /// reservation against `instruments` (by id).
    public static func load(_ text: String, file: String, instruments: [String: Instrument]) -> Result {
        var checker = YAMLChecker(file: file)
        guard let root = checker.compose(text) else { return Result(party: nil, diagnostics: checker.diagnostics) }
        check(root, file: file, instruments: instruments, into: &checker)
        let party = checker.hasErrors ? nil : checker.decode(PartyStatus.self, from: root)
        return Result(party: party, diagnostics: InstrumentLoader.unique(checker.diagnostics))
    }

    private static func check(
        _ root: Yams.Node, file: String, instruments: [String: Instrument], into checker: inout YAMLChecker
    ) {
        guard let document = checker.mapping(root, "a party file") else { return }
        let top = document.named("the party file")
        checker.checkKeys(top, allowed: partyKeys)
        if let state = checker.string(top, "state", required: true) {
            if !isStateCode(state) {
                checker.error("state '\(state)' must be an ISO 3166-1 alpha-2 code in lower case", at: top["state"])
            }
            let stem = InstrumentLoader.fileStem(file)
            if !stem.isEmpty, stem != state {
                checker.error("state '\(state)' does not match the file name '\(stem).yaml'", at: top["state"])
            }
        }
        _ = checker.string(top, "name", required: true)
        _ = checker.string(top, "name_in_text")

        var seen: [String: Yams.Node] = [:]
        for node in checker.sequence(top, "instruments", required: true) {
            guard let entry = checker.mapping(node, "an instrument status") else { continue }
            guard let id = checker.string(entry, "instrument", required: true) else { continue }
            if let earlier = seen[id] {
                checker.error(
                    "instrument '\(id)' is listed twice (first at line \(earlier.mark?.line ?? 0))",
                    at: entry["instrument"])
            }
            seen[id] = node
            checkStatus(entry.named("status for '\(id)'"), id: id, instrument: instruments[id], into: &checker)
        }
    }

    private static func checkStatus(
        _ entry: YAMLChecker.Mapping, id: String, instrument: Instrument?, into checker: inout YAMLChecker
    ) {
        checker.checkKeys(entry, allowed: statusKeys)
        _ = checker.choice(entry, "status", as: PartyStatus.Status.self, required: true)
        for key in ["invited", "signed", "ratified", "in_force"] {
            if let date = checker.string(entry, key), !isISODate(date) {
                checker.error(
                    "'\(key)' in \(entry.what) must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)", at: entry[key])
            }
        }
        _ = checker.string(entry, "approved_by")
        _ = checker.choice(entry, "joined_by", as: PartyStatus.Joining.self)
        _ = checker.choice(entry, "reserves_known", as: PartyStatus.Record.self)
        _ = checker.strings(entry, "sources")
        _ = checker.string(entry, "notes")

        let lists: [(key: String, rule: Rule)] = [
            ("declarations", .declaration), ("reservations", .reservation),
            ("other_declarations", .anyStatement), ("withdrawn", .anyStatement),
        ]
        for (key, rule) in lists {
            let items = checker.sequence(entry, key)
            if !items.isEmpty, instrument == nil {
                checker.error("unknown instrument '\(id)': no Mappings/instruments/\(id).yaml to check \(key)",
                    at: entry["instrument"])
                continue
            }
            guard let instrument else { continue }
            for item in items {
                checkReserve(item, rule: rule, in: instrument, into: &checker)
            }
        }
    }

    private enum Rule {
        case declaration, reservation, anyStatement
    }

    private static func checkReserve(
        _ node: Yams.Node, rule: Rule, in instrument: Instrument, into checker: inout YAMLChecker
    ) {
        let kind = switch rule {
        case .declaration: "declaration"
        case .reservation: "reservation"
        case .anyStatement: "statement"
        }
        guard let reserve = checker.mapping(node, "a \(kind)", keys: reserveKeys) else { return }
        _ = checker.string(reserve, "summary", required: true)
        _ = checker.string(reserve, "source", required: true)
        _ = checker.strings(reserve, "applies_to")
        _ = checker.strings(reserve, "cites")
        if let date = checker.string(reserve, "date"), !isISODate(date) {
            checker.error("'date' of a \(kind) must be an ISO date", at: reserve["date"])
        }
        guard let number = checker.string(reserve, "article", required: true) else { return }
        guard let article = instrument.referableArticle(number) else {
            checker.error("unknown article '\(number)' of '\(instrument.id)' in a \(kind)", at: reserve["article"])
            return
        }
        let paragraph = checker.string(reserve, "paragraph")
        let shown = citation(number, paragraph)
        switch rule {
        case .reservation where !article.allowsReservation(under: paragraph):
            checker.error(
                "'\(instrument.id)' allows no reservation under \(shown)"
                    + allowedList(article.reservationsAllowed, article: number), at: reserve["paragraph"] ?? node)
        case .declaration where !article.allowsDeclaration(under: paragraph):
            checker.error(
                "'\(instrument.id)' allows no declaration under \(shown)"
                    + allowedList(article.declarationsAllowed, article: number), at: reserve["paragraph"] ?? node)
        default:
            break
        }
        for (element, elementNode) in checker.strings(reserve, "elements")
        where article.element(element) == nil {
            checker.error("unknown element '\(element)' of Art. \(number) in a \(kind)", at: elementNode)
        }
    }

    private static func allowedList(_ allowed: [String], article: String) -> String {
        if allowed.isEmpty { return " (the article allows none)" }
        let shown = allowed.map { citation(article, $0 == "*" ? nil : $0) }
        return " (allowed: \(shown.joined(separator: ", ")))"
    }

    /// `("6", "1(b)")` -> `Art. 6(1)(b)`; `("2", nil)` -> `Art. 2`.
    static func citation(_ article: String, _ paragraph: String?) -> String {
        guard let paragraph else { return "Art. \(article)" }
        return InstrumentListing.citation(article, paragraph)
    }

    static func isStateCode(_ code: String) -> Bool {
        code.unicodeScalars.count == 2 && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    /// `2017-04-20`, `2019-12` or `2006`: the sources are not always precise to the day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        if parts.count > 1, let month = Int(parts[1]), !(1...12).contains(month) { return false }
        if parts.count > 2, let day = Int(parts[2]), !(1...31).contains(day) { return false }
        return true
    }
}
