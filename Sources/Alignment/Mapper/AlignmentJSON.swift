/// A document's alignment written as JSON bytes directly, byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indentation, `"key" : value`, keys sorted,
/// an empty array as `[`, an empty line, `]`). `JSONEncoder` spent most of its time boxing values through
/// `Codable` (7 % of a `map` run); this writes the fixed shape of `DocumentAlignment` and nothing else.
///
/// Only the plain case is written here: nil (the caller falls back to `JSONEncoder`) when the document has stale
/// decisions, a string holds a character an encoder escapes or might escape (`"`, `\`, control characters, DEL,
/// U+2028, U+2029), or a confidence is not a finite number from 0 to 1. `FastPathTests` compare the two.
enum AlignmentJSON {
    /// The document's JSON, its first line at `level` (two spaces a level) and its other lines one level deeper,
    /// as it stands in an array at that level; no final new line.
    static func document(_ document: DocumentAlignment, level: Int) -> [UInt8]? {
        guard document.staleDecisions.isEmpty else { return nil }
        let writer = Writer(level: level)
        writer.bytes.reserveCapacity(4096)
        let ok = writer.object { object in
            object.key("alignments") { writer in
                writer.array(document.alignments) { writer, pair in writer.alignment(pair) }
            }
            object.key("document") { $0.string(document.document) }
            object.key("instrument") { $0.string(document.instrument) }
            object.key("stale_decisions") { writer in writer.array([Int]()) { _, _ in true } }
            object.key("unaligned") { writer in
                writer.array(document.unaligned) { writer, reference in writer.reference(reference) }
            }
        }
        return ok ? writer.bytes : nil
    }

    /// A class: nested objects and arrays append to the one buffer.
    fileprivate final class Writer {
        var bytes: [UInt8] = []
        var level: Int

        init(level: Int) {
            self.level = level
        }

        func newLine() {
            bytes.append(0x0A)
            for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
        }

        /// `{`, the members `body` adds, `}`; false when a value could not be written.
        func object(_ body: (inout Members) -> Void) -> Bool {
            bytes.append(UInt8(ascii: "{"))
            level += 1
            var members = Members(writer: self)
            body(&members)
            level -= 1
            if members.count == 0 { bytes.append(0x0A) }
            newLine()
            bytes.append(UInt8(ascii: "}"))
            return members.ok
        }

        /// `[`, the elements, `]`; an empty array is `[`, an empty line, `]`.
        func array<Element>(_ elements: [Element], _ write: (Writer, Element) -> Bool) -> Bool {
            bytes.append(UInt8(ascii: "["))
            level += 1
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newLine()
                guard write(self, element) else { return false }
            }
            level -= 1
            if elements.isEmpty { bytes.append(0x0A) }
            newLine()
            bytes.append(UInt8(ascii: "]"))
            return true
        }

        /// A string as the encoder writes it when it needs no escape; false when it might.
        func string(_ text: String) -> Bool {
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0..<0x20, 0x22, 0x5C, 0x7F, 0x2028, 0x2029: return false
                default: continue
                }
            }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }

        func optionalString(_ text: String?) -> Bool {
            guard let text else {
                bytes.append(contentsOf: "null".utf8)
                return true
            }
            return string(text)
        }

        func integer(_ value: Int) -> Bool {
            bytes.append(contentsOf: String(value).utf8)
            return true
        }

        /// A confidence: the shortest decimal that reads back as the number (`description`), without a trailing
        /// `.0` (`1`, not `1.0`), as the encoder writes it; false outside 0...1.
        func confidence(_ value: Double) -> Bool {
            guard value.isFinite, value >= 0, value <= 1 else { return false }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
            return true
        }

        func boolean(_ value: Bool) -> Bool {
            bytes.append(contentsOf: (value ? "true" : "false").utf8)
            return true
        }

        func strings(_ texts: [String]) -> Bool {
            array(texts) { writer, text in writer.string(text) }
        }

        func alignment(_ pair: ProvisionAlignment) -> Bool {
            object { object in
                object.key("article") { $0.string(pair.article) }
                object.key("confidence") { $0.confidence(pair.confidence) }
                object.key("coverage") { $0.string(pair.coverage.rawValue) }
                object.key("elements") { writer in writer.array(pair.elements) { writer, finding in writer.finding(finding) } }
                object.key("missing") { $0.strings(pair.missing) }
                object.key("narrower") { $0.strings(pair.narrower) }
                object.key("note") { $0.optionalString(pair.note) }
                object.key("origin") { $0.string(pair.origin.rawValue) }
                object.key("provision") { $0.reference(pair.provision) }
                object.key("qualifiers") { $0.strings(pair.qualifiers) }
                object.key("stale") { $0.boolean(pair.stale) }
            }
        }

        func finding(_ finding: ElementFinding) -> Bool {
            object { object in
                object.key("evidence") { writer in
                    writer.array(finding.evidence) { writer, evidence in
                        writer.object { object in
                            object.key("end") { $0.integer(evidence.end) }
                            object.key("start") { $0.integer(evidence.start) }
                            object.key("text") { $0.string(evidence.text) }
                        }
                    }
                }
                object.key("id") { $0.string(finding.id) }
                if let companion = finding.statedIn { object.key("stated_in") { $0.reference(companion) } }
                object.key("status") { $0.string(finding.status.rawValue) }
            }
        }

        func reference(_ reference: ProvisionReference) -> Bool {
            object { object in
                object.key("eId") { $0.string(reference.eId) }
                object.key("heading") { $0.optionalString(reference.heading) }
                object.key("host") { $0.optionalString(reference.host) }
                object.key("num") { $0.optionalString(reference.num) }
            }
        }
    }

    /// The members of an object being written, in the order given (callers give them sorted).
    fileprivate struct Members {
        let writer: Writer
        var count = 0
        var ok = true

        mutating func key(_ name: StaticString, _ value: (Writer) -> Bool) {
            guard ok else { return }
            if count > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.newLine()
            writer.bytes.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { writer.bytes.append(contentsOf: $0) }
            writer.bytes.append(contentsOf: "\" : ".utf8)
            ok = value(writer)
            count += 1
        }
    }
}
