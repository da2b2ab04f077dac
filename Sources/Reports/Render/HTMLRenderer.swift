import Foundation
import Mustache

/// The static portal's pages, rendered through Mustache templates so the secretariat can restyle it without
/// Swift. Templates: `index`, `state`, `article`, `comparison` (pages) and any partials they include (`header`,
/// `footer`...); every other file of the template folder (`style.css`) is copied to the site root.
///
/// Every page receives a typed context (`IndexPage`, `StatePage`, `ArticlePage`, `ComparisonPage`): `root` (the
/// relative path to the site root: `""` or `"../"`), `title`, and its model as display values; statutory text
/// arrives both as `text` (escaped by `{{text}}`) and, where evidence is highlighted, as `text_html` (already
/// escaped, with `<mark>`s; use `{{{text_html}}}`).
public struct HTMLRenderer: Sendable {
    public static let pageTemplates = ["index", "state", "article", "comparison"]
    private let library: MustacheLibrary

    public enum TemplateError: Error, CustomStringConvertible {
        case missing(String)
        case invalid(String, String)

        public var description: String {
            switch self {
            case .missing(let name): "template '\(name).mustache' is missing"
            case .invalid(let name, let message): "\(name).mustache: error: \(message)"
            }
        }
    }

    /// - Parameter templates: template name (file name without `.mustache`) to its text.
    public init(templates: [String: String]) throws {
        var library = MustacheLibrary()
        MustacheContentTypes.register(TemplateEscaping(), named: TemplateEscaping.name)
        for name in templates.keys.sorted() {
            do {
                // Parsed as written first, so that an error names the line of the file.
                _ = try MustacheTemplate(string: templates[name]!)
                library.register(try MustacheTemplate(string: TemplateEscaping.pragma + templates[name]!), named: name)
            } catch {
                throw TemplateError.invalid(name, String(describing: error))
            }
        }
        for name in Self.pageTemplates where library.getTemplate(named: name) == nil {
            throw TemplateError.missing(name)
        }
        self.library = library
    }

    private func render(_ name: String, _ page: some TemplateContext) -> String {
        library.render(TemplateValues.convert(page), withTemplate: name) ?? ""
    }

    public func index(_ matrix: Matrix, analyses: [GapAnalysis], comparisons: [VersionComparison], instrumentTitle: String) -> String {
        render("index", IndexPage(matrix, analyses: analyses, comparisons: comparisons, instrumentTitle: instrumentTitle))
    }

    public func state(_ analysis: GapAnalysis) -> String {
        state(StatePage(analysis))
    }

    /// A state page from its context (built once for the HTML and the Markdown).
    func state(_ page: StatePage) -> String {
        render("state", page)
    }

    public func article(_ comparison: ArticleComparison) -> String {
        article(ArticlePage(comparison))
    }

    func article(_ page: ArticlePage) -> String {
        render("article", page)
    }

    public func comparison(_ comparison: VersionComparison) -> String {
        render("comparison", ComparisonPage(comparison))
    }
}

/// Mustache's HTML escaping, the same bytes, without looking each character up in a dictionary: escaping
/// `{{x}}` was about a fourteenth of a report's instructions. Every template gets it through a content-type pragma
/// on a line of its own before its first line (a standalone tag: it leaves no trace in the output, and a
/// template's own pragma still overrides it).
struct TemplateEscaping: MustacheContentType {
    static let name = "LEXALIGN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// swift-mustache's `htmlEscape`: each character that is `<`, `>`, `&`, `"` or `'` replaced. Read as UTF-8
    /// bytes; a special byte between ASCII bytes is a character of its own, so it is replaced byte for byte. Beside
    /// any other byte (a combining mark after it would make one character of both, which the library keeps), the
    /// text is escaped character by character as the library does.
    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard text.containsByte(where: Self.isSpecial) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        var previous: UInt8 = 0
        var iterator = utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if Self.isSpecial(byte) {
                guard previous < 0x80, (next ?? 0) < 0x80 else { return Self.escapedByCharacter(text) }
                bytes += Self.replacement(byte)
            } else {
                bytes.append(byte)
            }
            previous = byte
            current = next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    private static func replacement(_ byte: UInt8) -> String.UTF8View {
        switch byte {
        case UInt8(ascii: "<"): "&lt;".utf8
        case UInt8(ascii: ">"): "&gt;".utf8
        case UInt8(ascii: "&"): "&amp;".utf8
        case UInt8(ascii: "\""): "&quot;".utf8
        default: "&#39;".utf8
        }
    }

    /// The library's own loop, for texts where a special byte stands beside a non-ASCII one.
    private static func escapedByCharacter(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

enum HTML {
    /// The text with each line that holds only a paragraph marker (`1.`, `a)`, `(ii)`, `§ 2º`) joined to the next
    /// line by a space instead of the line break, for display; same length, so evidence offsets still hold.
    static func joiningMarkers(_ text: String) -> String {
        guard text.containsByte(0x0A) else { return text }
        var joined = ""
        joined.reserveCapacity(text.utf8.count)
        // Without a CR (CR LF is one character, not a line feed), the lines are those between the text's 0x0A
        // bytes: found without walking its characters.
        var lines =
            text.containsByte(0x0D)
            ? text.split(separator: "\n", omittingEmptySubsequences: false)[...]
            : text.linesBetweenLineFeeds()[...]
        while let line = lines.popFirst() {
            joined += line
            guard !lines.isEmpty else { break }
            joined += isMarker(line) ? " " : "\n"
        }
        return joined
    }

    /// `joiningMarkers` for markup whose lines may open with tags (`<ins>a)` + line break).
    static func joiningMarkerLines(inMarkup html: String) -> String {
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var joined = ""
        for index in lines.indices {
            joined += lines[index]
            guard index < lines.count - 1 else { break }
            let visible = lines[index].replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            joined += isMarker(visible) ? " " : "\n"
        }
        return joined
    }

    private static func isMarker(_ line: some StringProtocol) -> Bool {
        // A marker is short: most lines are sentences and are ruled out by their length alone.
        guard line.utf8.count <= 24 else { return false }
        if let ascii = isASCIIMarker(Array(line.utf8)) { return ascii }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 8 else { return false }
        return trimmed.allSatisfy { $0.isNumber || $0.isLetter || "().-°º§ ".contains($0) }
            && trimmed.contains { $0.isNumber || "().".contains($0) } && trimmed.last.map { ".)-°º".contains($0) || $0.isNumber } == true
    }

    /// `isMarker` for a line of ASCII bytes without a CR, read as bytes (a byte is a character there; the white
    /// space `trimmingCharacters(in: .whitespaces)` trims is spaces and tabs; the numbers are digits and the
    /// letters A-Z and a-z); nil for any other line.
    private static func isASCIIMarker(_ line: [UInt8]) -> Bool? {
        guard line.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
        guard let last = trimmed.last, trimmed.count <= 8 else { return false }
        func isBracketOrStop(_ byte: UInt8) -> Bool { byte == 0x28 || byte == 0x29 || byte == 0x2E }  // ( ) .
        return trimmed.allSatisfy {
            ASCIIByte.isDigit($0) || ASCIIByte.isLetter($0) || isBracketOrStop($0) || $0 == 0x2D || $0 == 0x20  // - space
        }
            && trimmed.contains { ASCIIByte.isDigit($0) || isBracketOrStop($0) }
            && (last == 0x2E || last == 0x29 || last == 0x2D || ASCIIByte.isDigit(last))  // . ) -
    }

    /// The text with `<`, `>`, `&`, `"` and `'` escaped (read as UTF-8 bytes: every one of them is ASCII).
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text escaped, with `<mark>` around the character ranges given (merged where they overlap); ranges
    /// outside the text are ignored.
    static func highlight(_ text: String, spans: [[Int]], joiningMarkers joining: Bool = true) -> String {
        let shown = joining ? joiningMarkers(text) : text
        guard !spans.isEmpty else { return escape(shown) }
        let characters = Array(shown)
        var marked = [Bool](repeating: false, count: characters.count)
        for span in spans where span.count == 2 && span[0] >= 0 && span[0] < span[1] && span[1] <= characters.count {
            for index in span[0]..<span[1] { marked[index] = true }
        }
        var out = ""
        out.reserveCapacity(shown.utf8.count + 16 * spans.count)
        var open = false
        for (index, character) in characters.enumerated() {
            if marked[index] != open {
                out += open ? "</mark>" : "<mark>"
                open.toggle()
            }
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        if open { out += "</mark>" }
        return out
    }
}

import Alignment

extension String {
    /// The text split at its 0x0A bytes (empty lines kept), found in its UTF-8 read as one buffer: the lines
    /// between its line feeds when it has no CR (CR LF is one character, not a line feed).
    func linesBetweenLineFeeds() -> [Substring] {
        let offsets = utf8.withContiguousStorageIfAvailable { bytes in bytes.indices.filter { bytes[$0] == 0x0A } }
            ?? utf8.enumerated().filter { $0.element == 0x0A }.map(\.offset)
        var lines: [Substring] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(self[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(self[start...])
        return lines
    }

    /// Whether the text's UTF-8 holds `byte`, read as one buffer (the view's generic `contains` takes a byte at a
    /// time through its iterator: a twentieth of a report's rendering went there).
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether one of the text's UTF-8 bytes satisfies `predicate`, read as one buffer.
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
