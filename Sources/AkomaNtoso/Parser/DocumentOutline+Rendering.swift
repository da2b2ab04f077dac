extension DocumentOutline {
    /// A human-readable summary: identity, then one line per unit, indented by depth.
    public func renderedText() -> String {
        var output = ""
        output.reserveCapacity(128 + entries.count * 80)
        let type = documentType.map { type in name.map { "\(type) (\($0))" } ?? type } ?? "(unknown)"
        output += "type: \(type)\n"
        output += "namespace: \(namespace ?? "(none)")\n"
        for (label, identification) in [("work", work), ("expression", expression), ("manifestation", manifestation)] {
            guard let identification else { continue }
            output += "\(label): \(identification.uri ?? "(no FRBRuri)")"
            var details: [String] = []
            if let this = identification.this, this != identification.uri { details.append("this: \(this)") }
            if let date = identification.date { details.append("date: \(date)") }
            if !details.isEmpty { output += " (\(details.joined(separator: ", ")))" }
            output += "\n"
        }
        output += "language: \(language ?? "(none)")\n"
        output += "outline: \(entries.count) units, \(provisionCount) provisions\n"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 80)
        for entry in entries {
            for _ in 0..<((entry.depth + 1) * 2) { bytes.append(0x20) }
            if entry.inserted { bytes += "inserted ".utf8 }
            bytes += entry.level.utf8
            if let num = entry.num, !num.isEmpty {
                bytes.append(0x20)
                bytes += num.utf8
            }
            bytes += " [".utf8
            bytes += (entry.eId ?? "no eId").utf8
            bytes.append(UInt8(ascii: "]"))
            if let heading = entry.heading, !heading.isEmpty {
                bytes.append(0x20)
                bytes += heading.utf8
            }
            bytes.append(0x0A)
        }
        output += String(decoding: bytes, as: UTF8.self)
        return output
    }

    /// JSON for machines: keys sorted, absent values left out, entries in document order, two-space indentation,
    /// the same bytes on every run. Written directly (JSONEncoder takes longer than the parse on a 100 MB act);
    /// `DocumentOutline` still decodes from it with `JSONDecoder`.
    public func renderedJSON() -> String {
        var output = ""
        writeJSON(to: &output)
        return output
    }

    /// The same JSON, handed to `target` in pieces of about 64 KiB, so that a large outline is never held twice.
    public func writeJSON<Target: TextOutputStream>(to target: inout Target) {
        var json = JSONText()
        json.bytes.reserveCapacity(JSONText.flushSize + 4096)
        json.object(indent: 0) { json, fields in
            json.field("documentType", documentType, &fields)
            json.key("entries", &fields)
            json.array(entries, indent: fields.indent) { json, entry, indent in
                json.object(indent: indent) { json, fields in
                    json.field("depth", entry.depth, &fields)
                    json.field("eId", entry.eId, &fields)
                    json.field("heading", entry.heading, &fields)
                    json.field("inserted", entry.inserted, &fields)
                    json.field("level", entry.level, &fields)
                    json.field("line", entry.line, &fields)
                    json.field("num", entry.num, &fields)
                }
                if json.bytes.count >= JSONText.flushSize { json.flush(to: &target) }
            }
            json.field("expression", expression, &fields)
            json.field("language", language, &fields)
            json.field("manifestation", manifestation, &fields)
            json.field("name", name, &fields)
            json.field("namespace", namespace, &fields)
            json.key("warnings", &fields)
            json.array(warnings, indent: fields.indent) { json, warning, _ in json.string(warning) }
            json.field("work", work, &fields)
        }
        json.bytes.append(0x0A)
        json.flush(to: &target)
    }
}

/// The little JSON writer behind `renderedJSON`; callers give keys in sorted order.
private struct JSONText {
    /// UTF-8 output: appending bytes is much cheaper than appending to a String piece by piece.
    var bytes: [UInt8] = []
    static let flushSize = 65_536

    /// Hands the bytes written so far to `target`; only called between values, never inside a character.
    mutating func flush<Target: TextOutputStream>(to target: inout Target) {
        target.write(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
    }

    /// Where the fields of the object being written stand.
    struct Fields {
        let indent: Int
        var count = 0
    }

    mutating func raw(_ text: String) {
        bytes += text.utf8
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes += utf8[plainStart..<index]
                plainStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            bytes += utf8[plainStart...]
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func newline(_ indent: Int) {
        bytes.append(0x0A)
        for _ in 0..<(indent * 2) { bytes.append(0x20) }
    }

    mutating func object(indent: Int, _ body: (inout JSONText, inout Fields) -> Void) {
        raw("{")
        var fields = Fields(indent: indent + 1)
        body(&self, &fields)
        if fields.count > 0 { newline(indent) }
        raw("}")
    }

    mutating func array<Element>(_ elements: [Element], indent: Int, _ write: (inout JSONText, Element, Int) -> Void) {
        raw("[")
        for (offset, element) in elements.enumerated() {
            if offset > 0 { raw(",") }
            newline(indent + 1)
            write(&self, element, indent + 1)
        }
        if !elements.isEmpty { newline(indent) }
        raw("]")
    }

    mutating func key(_ key: String, _ fields: inout Fields) {
        if fields.count > 0 { raw(",") }
        fields.count += 1
        newline(fields.indent)
        string(key)
        raw(" : ")
    }

    mutating func field(_ name: String, _ value: String?, _ fields: inout Fields) {
        guard let value else { return }
        key(name, &fields)
        string(value)
    }

    mutating func field(_ name: String, _ value: Bool, _ fields: inout Fields) {
        key(name, &fields)
        raw(value ? "true" : "false")
    }

    mutating func field(_ name: String, _ value: Int, _ fields: inout Fields) {
        key(name, &fields)
        raw(String(value))
    }

    mutating func field(_ name: String, _ value: DocumentOutline.Identification?, _ fields: inout Fields) {
        guard let value else { return }
        key(name, &fields)
        object(indent: fields.indent) { json, fields in
            json.field("date", value.date, &fields)
            json.field("this", value.this, &fields)
            json.field("uri", value.uri, &fields)
        }
    }
}
