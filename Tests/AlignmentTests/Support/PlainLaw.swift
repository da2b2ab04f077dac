import AkomaNtoso
import Foundation

/// A rough reading of a law's plain text into provisions, so mapper tests can run on the statute wording of
/// Corpus/sources without the importer: one provision per `Artículo N`/`Art. N`/`Section N.N` start, inserted
/// code articles (after "el siguiente:") split off. Numbers only; no hierarchy.
enum PlainLaw {
    static func provisions(_ file: String) -> [Provision] {
        let body = file.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        let english = file.contains("\nlanguage: en")
        var provisions: [Provision] = []
        var number: String?
        var heading: String?
        var lines: [String] = []
        func flush() {
            if let number {
                provisions.append(
                    Provision(
                        eId: "art_\(number.replacingOccurrences(of: " ", with: ""))", level: "article", num: number,
                        heading: heading, text: lines.joined(separator: "\n"), ancestors: [], host: nil))
            }
            lines = []
            heading = nil
        }
        let articleStart = try! NSRegularExpression(
            pattern: #"^[“"]?(?:ARTICULO|Artículo|Articulo|Art\.|Article)\s*([0-9]+(?:\s*[º°])?(?:-?\s?[A-Za-z](?![a-z]))?(?:\s+(?:bis|Bis|ter)(?:\s+[0-9]+)?)?|primero|segundo|tercero)\s*(?:[º°])?\s*(?:\.-|\.|:|—|-)?\s*(.*)$"#)
        let sectionStart = try! NSRegularExpression(pattern: #"^([0-9]+(?:\.[0-9]+)*)\s+([A-Z].*)$"#)
        let inserted = try! NSRegularExpression(pattern: #"(?:el siguiente|los siguientes):\s*(?:Artículo|Inciso)\s+([0-9]+(?:\s+bis)?)\s*:?\s*(.*)$"#)
        for raw in body.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let range = NSRange(line.startIndex..., in: line)
            if english, let match = sectionStart.firstMatch(in: line, range: range) {
                flush()
                number = String(line[Range(match.range(at: 1), in: line)!])
                heading = String(line[Range(match.range(at: 2), in: line)!])
                continue
            }
            if !english, let match = articleStart.firstMatch(in: line, range: range) {
                flush()
                number = String(line[Range(match.range(at: 1), in: line)!]).replacingOccurrences(of: "º", with: "")
                    .replacingOccurrences(of: "°", with: "").trimmingCharacters(in: .whitespaces)
                var rest = String(line[Range(match.range(at: 2), in: line)!])
                let restRange = NSRange(rest.startIndex..., in: rest)
                if let insert = inserted.firstMatch(in: rest, range: restRange) {
                    let code = String(rest[Range(insert.range(at: 1), in: rest)!])
                    let text = String(rest[Range(insert.range(at: 2), in: rest)!])
                    lines.append(String(rest[..<Range(insert.range, in: rest)!.lowerBound]))
                    flush()
                    number = "CP " + code
                    rest = text
                }
                lines.append(rest)
                continue
            }
            lines.append(line)
        }
        flush()
        return provisions
    }
}
