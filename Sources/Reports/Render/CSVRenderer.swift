import CSV
import Foundation

/// The matrix as RFC 4180 CSV (CRLF line ends, quoted where needed): one row per state, a column per article with
/// the status, then the provisions cited, for spreadsheets.
public enum CSVRenderer {
    public static func render(_ matrix: Matrix) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: ["state", "state_name", "readiness_percent"] + matrix.articles.map { "art_\($0.article)" }
            + matrix.articles.map { "art_\($0.article)_provisions" })
        for row in matrix.rows {
            try writer.write(row: [row.state, row.stateName, row.readiness.map(String.init) ?? ""]
                + row.cells.map(\.status.rawValue) + row.cells.map { $0.provisions.joined(separator: "; ") })
        }
        stream.close()
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
