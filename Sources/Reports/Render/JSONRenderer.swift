import Foundation

/// JSON for machines: the report model's own fields in snake_case, keys sorted, two-space indentation, no
/// escaped slashes, a final newline. Stable: field names change only with the model, never by run.
public enum JSONRenderer {
    public static func render<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}

/// The whole portal's data in one file (`report.json`): what `check` compares readiness against.
public struct ReportSummary: Sendable, Hashable, Codable {
    public let instrument: String
    public let readinessRule: String
    public let matrix: Matrix
    public let states: [StateReadiness]

    public struct StateReadiness: Sendable, Hashable, Codable {
        public let state: String
        public let stateName: String
        public let readiness: Readiness
    }
}
