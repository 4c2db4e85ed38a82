import Foundation

/// The DNS sheet as a JSON array of {name, type, value, ttl, note}: only records to publish,
/// so a loop over every element publishes nothing it should not.
enum DNSJSONSheet {
    private struct Row: Encodable {
        var name: String, type: String, value: String, ttl: Int, note: String
    }

    static func format(_ records: [DNSRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = records.map { Row(name: $0.name, type: $0.sheetType, value: $0.value, ttl: $0.ttl, note: $0.note) }
        let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
