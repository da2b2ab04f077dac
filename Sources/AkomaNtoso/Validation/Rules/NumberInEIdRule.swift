import Foundation

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
        // A number in another script (`第十五條`) cannot be compared with an ASCII eId, and a num that is only a
        // label (`Parágrafo único.`, `PARÁGRAFO.`) or a title has no number for the eId to reflect.
        guard Self.looksNumbered(printed) else { return }
        let lastSegment = eId.components(separatedBy: "__").last?.split(separator: "/").last.map(String.init) ?? eId
        // Opaque identifiers (`d1e8356`) make no claim about the number.
        guard lastSegment.contains(where: { $0 == "_" || $0 == "-" }) else { return }
        // A `-2` after the number tells apart two units with the same printed number (lexalign's importer
        // and the eId convention do this), so the eId may reflect the number with or without it.
        var forms = [Self.essential(lastSegment)]
        if let dash = lastSegment.lastIndex(of: "-"), lastSegment[lastSegment.index(after: dash)...].allSatisfy(\.isASCIIDigit),
            dash != lastSegment.index(before: lastSegment.endIndex)
        {
            forms.append(Self.essential(String(lastSegment[..<dash])))
        }
        let cleaned = Self.essential(Provision.cleanNumber(printed))
        if !cleaned.isEmpty && forms.contains(where: { $0.hasSuffix(cleaned) }) { return }
        let candidates = Self.numberCandidates(printed)
        if forms.contains(where: { form in candidates.contains { form.hasSuffix($0) } }) { return }
        findings.append(
            Finding(
                rule: name, severity: .warning,
                message: "\(element.name) eId '\(eId)' does not reflect its number '\(printed)'",
                location: element.location))
    }

    /// Whether a printed num holds a number: an ASCII digit, a single letter (`(a)`) or a roman numeral (`IV`).
    static func looksNumbered(_ printed: String) -> Bool {
        if printed.contains(where: \.isASCIIDigit) { return true }
        return printed.split(whereSeparator: { !$0.isLetter }).contains { token in
            token.count == 1 && token.first!.isASCII || token.allSatisfy { "ivxlcdmIVXLCDM".contains($0) }
        }
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

    /// Letters and digits only, lower-cased: what survives of a number in an eId. Ordinal signs (`º`, `ª`, `°`)
    /// go too: eIds leave them out.
    static func essential(_ text: String) -> String {
        // Accents go (`único` in a num, `unico` in its eId).
        let text = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.folding(options: .diacriticInsensitive, locale: nil)
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: result.append(scalar)
            case 0x41...0x5A: result.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0...0x7F, 0xAA, 0xBA, 0xB0: continue
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(result)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
