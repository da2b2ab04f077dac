import Foundation

/// The `lexalign map` renderings of alignments: JSON (the stable shape reports read), TSV (one pair a row) and
/// Markdown (for people). Same input, same bytes.
public enum AlignmentOutput {
    public enum Format: String, Sendable, CaseIterable {
        case json, tsv, md
    }

    public static func render(_ documents: [DocumentAlignment], as format: Format) throws -> String {
        switch format {
        case .json: try json(documents)
        case .tsv: tsv(documents)
        case .md: markdown(documents)
        }
    }

    /// One object for one document, an array for several; keys sorted, two-space indentation, slashes unescaped.
    public static func json(_ documents: [DocumentAlignment]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard documents.count > 1 else {
            if documents.count == 1, let bytes = AlignmentJSON.document(documents[0], level: 0) {
                return String(decoding: bytes, as: UTF8.self) + "\n"
            }
            let data = documents.count == 1 ? try encoder.encode(documents[0]) : try encoder.encode(documents)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        // Each document written on its own, on every core, as it stands in the array `encoder.encode(documents)`
        // writes: "[", each object on its own lines indented two more spaces, separated by ",", then "]".
        let encoded = try encodedConcurrently(documents, encoder: encoder)
        var output: [UInt8] = []
        output.reserveCapacity(encoded.reduce(16) { $0 + $1.count + 4 })
        output.append(contentsOf: "[\n".utf8)
        for (position, object) in encoded.enumerated() {
            if position > 0 { output.append(contentsOf: ",\n".utf8) }
            output.append(contentsOf: "  ".utf8)
            output.append(contentsOf: object)
        }
        output.append(contentsOf: "\n]\n".utf8)
        return String(decoding: output, as: UTF8.self)
    }

    /// Each document's JSON as an element of the array (`AlignmentJSON`, or `JSONEncoder` for what it does not
    /// write), in input order, encoded on every core.
    private static func encodedConcurrently(_ documents: [DocumentAlignment], encoder: JSONEncoder) throws -> [[UInt8]] {
        final class Slots: @unchecked Sendable {
            // Each iteration writes its own slot and nothing else.
            var results: [Result<[UInt8], any Error>]
            init(_ count: Int) { results = Array(repeating: .success([]), count: count) }
        }
        let slots = Slots(documents.count)
        let encoders = (0..<documents.count).map { _ in encoder.copy() }
        slots.results.withUnsafeMutableBufferPointer { buffer in
            let results = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: documents.count) { index in
                results.value[index] = Result {
                    if let bytes = AlignmentJSON.document(documents[index], level: 1) { return bytes }
                    return indented(try encoders[index].value.encode(documents[index]))
                }
            }
        }
        return try slots.results.map { try $0.get() }
    }

    /// An object the encoder wrote at the top level, as it stands in an array: every line but an empty one (as in
    /// an empty array) indented two more spaces, the first line's indentation left to the caller (JSON strings
    /// hold no raw line feed).
    private static func indented(_ object: Data) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(object.count + object.count / 16)
        object.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).makeIterator()
            var line = lines.next()
            var first = true
            while let current = line {
                if !current.isEmpty && !first { output.append(contentsOf: "  ".utf8) }
                first = false
                output.append(contentsOf: current)
                line = lines.next()
                if line != nil { output.append(0x0A) }
            }
        }
        return output
    }

    public static func tsv(_ documents: [DocumentAlignment]) -> String {
        var lines = ["document\tprovision\tnum\thost\tarticle\tcoverage\tconfidence\torigin\tstale\tmissing\tqualifiers"]
        for document in documents {
            for pair in document.alignments {
                lines.append(
                    [document.document, pair.provision.eId, pair.provision.num ?? "", pair.provision.host ?? "",
                     pair.article, pair.coverage.rawValue, String(pair.confidence), pair.origin.rawValue,
                     pair.stale ? "true" : "false", pair.missing.joined(separator: ","),
                     pair.qualifiers.joined(separator: ",")].map(clean).joined(separator: "\t"))
            }
            for provision in document.unaligned {
                lines.append(
                    [document.document, provision.eId, provision.num ?? "", provision.host ?? "", "", "", "", "",
                     "", "", ""].map(clean).joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ documents: [DocumentAlignment]) -> String {
        var lines: [String] = []
        for document in documents {
            lines.append("## \(document.document)")
            lines.append("")
            lines.append("| provision | article | coverage | confidence | origin | missing | qualifiers |")
            lines.append("|---|---|---|---|---|---|---|")
            for pair in document.alignments {
                let provision = [pair.provision.host, pair.provision.num ?? pair.provision.eId].compactMap { $0 }
                    .joined(separator: " ")
                lines.append(
                    "| \(cell(provision)) | \(pair.article) | \(pair.coverage.rawValue)\(pair.stale ? " (stale review)" : "") | \(pair.confidence) | \(pair.origin.rawValue) | \(cell(pair.missing.joined(separator: ", "))) | \(cell(pair.qualifiers.joined(separator: ", "))) |")
            }
            if !document.unaligned.isEmpty {
                lines.append("")
                lines.append("No counterpart: " + document.unaligned.map { cell($0.num ?? $0.eId) }.joined(separator: ", "))
            }
            for stale in document.staleDecisions {
                lines.append("")
                lines.append("Stale review: \(stale.decision.rawValue) \(stale.provision) -> Art. \(stale.article) (\(stale.reason.rawValue))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func clean(_ field: String) -> String {
        field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension JSONEncoder {
    /// An encoder with the same settings (a `JSONEncoder` is not to be shared between threads).
    fileprivate func copy() -> UnsafeSendable<JSONEncoder> {
        let copy = JSONEncoder()
        copy.outputFormatting = outputFormatting
        return UnsafeSendable(copy)
    }
}
