/// A numbered unit's eId should carry its number (`sec_12A` for `<num>12A.</num>`): a mismatch usually means
/// the unit was renumbered without its eId, or the eId was copied from a neighbour, and references then point
/// at the wrong provision. Labels (`Section`, `Artículo`), brackets and punctuation are ignored, and case too.
public struct NumberInEIdRule: ValidationRule {
    public let name = "num-eid"

    public init() {}

    public mutating func willVisit(_ element: Element, path: [Element], findings: inout [Finding]) {
        guard HierarchyLevel(rawValue: element.name) != nil, let eId = element[attribute: "eId"],
            let num = element.child("num")
        else { return }
        let printed = PlainText.inline(num)
        // A number in another script (`第十五條`) cannot be compared with an ASCII eId.
        guard printed.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return }
        let lastSegment = eId.components(separatedBy: "__").last?.split(separator: "/").last.map(String.init) ?? eId
        // Opaque identifiers (`d1e8356`) make no claim about the number.
        guard lastSegment.contains(where: { $0 == "_" || $0 == "-" }) else { return }
        let reflected = Self.essential(lastSegment)
        if Self.numberCandidates(printed).contains(where: { reflected.hasSuffix($0) }) { return }
        findings.append(
            Finding(
                rule: name, severity: .warning,
                message: "\(element.name) eId '\(eId)' does not reflect its number '\(printed)'",
                location: element.location))
    }

    /// The number with its label removed, and every run of words from its start or its end: some publishers
    /// put the label after the number or the heading into the num (`1 a . Kapitel: Der Bundesrat`, `Part I`).
    static func numberCandidates(_ printed: String) -> [String] {
        var candidates = [essential(Provision.cleanNumber(printed))]
        let words = printed.split(whereSeparator: \.isWhitespace).map { essential(String($0)) }.filter { !$0.isEmpty }
        for length in 1...max(1, words.count) where length <= words.count {
            candidates.append(words.prefix(length).joined())
            candidates.append(words.suffix(length).joined())
        }
        return candidates.filter { !$0.isEmpty }
    }

    /// Letters and digits only, lower-cased: what survives of a number in an eId.
    static func essential(_ text: String) -> String {
        String(text.lowercased().filter { ($0.isLetter || $0.isNumber) && !"ºª°".contains($0) })
    }
}
