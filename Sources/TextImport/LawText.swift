import AkomaNtoso
import Foundation

/// An official text as the secretariat receives it: a header block (`key: value` lines), a blank line, then the
/// statutory text exactly as published.
///
/// Required fields: `title`, `country` (ISO 3166-1 alpha-2, or `int` for international instruments), `language`
/// (ISO 639-1 or 639-2), `date` (`YYYY-MM-DD`, optionally followed by a remark), `source`, `completeness`.
/// Optional fields: `number` (the FRBR number, when the title does not give one), `work-date` (the work's date when
/// the text is a later expression, e.g. a translation), `version` (the expression date when it differs from `date`),
/// `tradition` (the drafting tradition to read the text in, when its own lines should not decide it).
/// Fields missing from a file (some instruments have no header at all) can be supplied by the caller.
public struct LawText: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        /// 1-based line number in the input file.
        public let number: Int
        public let text: String

        public init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    public var title: String
    /// Lowercased: `cl`, `int`.
    public var country: String
    /// ISO 639-2/B-style three-letter code used in FRBR expressions: `spa`, `por`, `eng`, `fra`.
    public var language: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var dateRemark: String?
    public var source: String
    public var completeness: String
    public var number: String?
    public var workDate: String?
    public var version: String?
    /// A drafting tradition named by the header (`commonwealth`), and the line that names it.
    public var tradition: String?
    public var traditionLine: Int?
    /// Statutory text, in order, blank lines included.
    public var body: [Line]
    /// The name of the file the text was read from, without its folder and extension (`cl-ley-21459`): how
    /// experts name the tables they annotate for it, recorded as an FRBR alias so that `evaluate` finds them.
    public var sourceStem: String?

    public static let requiredFields = ["title", "country", "language", "date", "source", "completeness"]
    public static let optionalFields = ["number", "work-date", "version", "tradition"]

    /// ISO 639-1 (and accepted 639-2) codes and the three-letter code written into FRBR expressions, for languages
    /// with no language file; `DraftingKnowledge.languageCodes` adds those of the files.
    public static let languageCodes: [String: String] = [
        "es": "spa", "spa": "spa", "pt": "por", "por": "por", "en": "eng", "eng": "eng", "fr": "fra", "fra": "fra",
        "fre": "fra", "nl": "nld", "nld": "nld", "dut": "nld", "ht": "hat", "hat": "hat",
    ]

    /// Parses a file's text. `fields` supplies or overrides header fields (e.g. `country: int` for an instrument
    /// whose file has no header). Throws every header problem at once.
    public init(
        parsing text: String, file: String? = nil, fields: [String: String] = [:],
        languageCodes: [String: String] = LawText.languageCodes
    ) throws(ImportError) {
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, line: Int, column: Int = 1) {
            diagnostics.append(Diagnostic(.error, message, file: file, line: line, column: column))
        }
        // A byte order mark some editors write is not part of the first header line.
        let lines = Self.splitLines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        let allowed = Set(Self.requiredFields + Self.optionalFields)

        // The header is the first block of lines, when its first line is a `key: value` field.
        var values: [String: (value: String, line: Int)] = [:]
        var bodyStart = 0
        if let first = lines.first, Self.headerKey(first) != nil {
            var index = 0
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                let line = lines[index]
                let number = index + 1
                if let key = Self.headerKey(line) {
                    let colon = line.firstIndex(of: ":")!
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if !allowed.contains(key) {
                        error(
                            "unknown header field '\(key)' (expected one of \((Self.requiredFields + Self.optionalFields).joined(separator: ", ")))",
                            line: number)
                    } else if let previous = values[key] {
                        error("duplicate header field '\(key)' (first given on line \(previous.line))", line: number)
                    } else if value.isEmpty {
                        error("header field '\(key)' is empty", line: number, column: key.count + 2)
                    } else if let column = line.unicodeScalars.firstIndex(where: OutlineReader.isForbiddenInXML) {
                        // Header values become attributes and titles: a character XML cannot carry is refused.
                        let scalar = line.unicodeScalars[column]
                        error(
                            "header field '\(key)' holds character U+\(String(scalar.value, radix: 16, uppercase: true)), which XML cannot carry",
                            line: number, column: line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: column) + 1)
                        values[key] = (value, number)
                    } else {
                        values[key] = (value, number)
                    }
                } else {
                    error(
                        "malformed header line: expected 'field: value' (the header ends at the first blank line)",
                        line: number)
                }
                index += 1
            }
            bodyStart = index
        }
        let headerEnd = max(bodyStart, 1)
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let scalar = value.unicodeScalars.first(where: OutlineReader.isForbiddenInXML) {
                error(
                    "header field '\(key)' given by the caller holds character U+\(String(scalar.value, radix: 16, uppercase: true)), which XML cannot carry",
                    line: headerEnd)
            } else if allowed.contains(key) {
                values[key] = (value, values[key]?.line ?? headerEnd)
            } else {
                error("unknown header field '\(key)' given by the caller", line: headerEnd)
            }
        }
        for key in Self.requiredFields where values[key] == nil {
            error(
                bodyStart == 0
                    ? "missing header: the file must open with 'title:', 'country:', 'language:', 'date:', 'source:' and 'completeness:' lines, then a blank line (no '\(key)' given)"
                    : "missing header field '\(key)'",
                line: headerEnd)
        }

        var language = ""
        if let (value, line) = values["language"] {
            if let code = languageCodes[value.lowercased()] {
                language = code
            } else {
                error(
                    "unknown language '\(value)' (expected an ISO 639-1 code lexalign knows: \(Set(languageCodes.keys.filter { $0.count == 2 }).sorted().joined(separator: ", ")))",
                    line: line, column: "language: ".count + 1)
            }
        }
        var country = ""
        if let (value, line) = values["country"] {
            let lowered = value.lowercased()
            if lowered == "int" || (lowered.count == 2 && lowered.allSatisfy({ $0.isASCII && $0.isLetter })) {
                country = lowered
            } else {
                error(
                    "malformed country '\(value)' (expected an ISO 3166-1 alpha-2 code, or 'int')", line: line,
                    column: "country: ".count + 1)
            }
        }
        var date = ""
        var dateRemark: String?
        if let (value, line) = values["date"] {
            let head = String(value.prefix(10))
            if Self.isISODate(head), value.count == 10 || value.dropFirst(10).first == " " {
                date = head
                let remark = value.dropFirst(10).trimmingCharacters(in: .whitespaces)
                dateRemark = remark.isEmpty ? nil : remark
            } else {
                error(
                    "malformed date '\(value)' (expected YYYY-MM-DD, optionally followed by a remark)", line: line,
                    column: "date: ".count + 1)
            }
        }
        for key in ["work-date", "version"] {
            if let (value, line) = values[key], !Self.isISODate(value) {
                error("malformed \(key) '\(value)' (expected YYYY-MM-DD)", line: line, column: key.count + 3)
            }
        }

        // Body: skip the blank line(s) after the header; trailing blank lines carry nothing.
        var body: [Line] = []
        for index in bodyStart..<lines.count {
            body.append(Line(number: index + 1, text: lines[index]))
        }
        while let first = body.first, first.text.trimmingCharacters(in: .whitespaces).isEmpty { body.removeFirst() }
        while let last = body.last, last.text.trimmingCharacters(in: .whitespaces).isEmpty { body.removeLast() }
        if body.isEmpty && diagnostics.isEmpty {
            error("empty body: no statutory text after the header", line: max(lines.count, 1))
        }
        guard diagnostics.isEmpty else { throw ImportError(diagnostics: diagnostics) }

        self.title = values["title"]!.value
        self.country = country
        self.language = language
        self.date = date
        self.dateRemark = dateRemark
        self.source = values["source"]!.value
        self.completeness = values["completeness"]!.value
        self.number = values["number"]?.value
        self.workDate = values["work-date"]?.value
        self.version = values["version"]?.value ?? dateRemark.flatMap(Self.amendedToDate)
        self.tradition = values["tradition"]?.value
        self.traditionLine = values["tradition"]?.line
        self.body = body
        self.sourceStem = file.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Lines split on `\n`, `\r\n` or `\r`, without the terminators.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 || byte == 13 {
                lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
                if byte == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }

    /// `title` for `title: ...`; nil when the line is not shaped like a header field.
    static func headerKey(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard !key.isEmpty, key.count <= 20, key.first!.isLetter,
            key.allSatisfy({ ($0.isASCII && $0.isLetter) || $0 == "-" || $0 == "_" })
        else { return nil }
        return key.lowercased()
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        let daysInMonth = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && day >= 1 && day <= daysInMonth[month - 1]
    }

    /// A date remark such as `text as amended to 2026-02-13` names the expression's date.
    static func amendedToDate(_ remark: String) -> String? {
        let pattern = #"(?:amended to|as amended|consolidated to|in force (?:on|from)|vigente al|actualizado al)\s+(\d{4}-\d{2}-\d{2})"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
            let match = regex.firstMatch(in: remark, range: NSRange(remark.startIndex..., in: remark)),
            let range = Range(match.range(at: 1), in: remark)
        else { return nil }
        let date = String(remark[range])
        return isISODate(date) ? date : nil
    }
}

/// Why an input could not be imported: every problem found, each with its position.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
