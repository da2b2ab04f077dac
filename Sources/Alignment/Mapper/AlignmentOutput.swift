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
        let data = documents.count == 1 ? try encoder.encode(documents[0]) : try encoder.encode(documents)
        return String(decoding: data, as: UTF8.self) + "\n"
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
