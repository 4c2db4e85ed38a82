import Foundation

/// The DNS sheet as a JSON array of {name, type, value, ttl, note}; records to remove (after a
/// domain change) give every row an `action`, `add` or `remove`.
enum DNSJSONSheet {
    private struct Row: Encodable {
        var name: String, type: String, value: String, ttl: Int, note: String
        /// Absent unless the sheet has records to remove (the sheet of an unchanged domain stays as it was).
        var action: String?
    }

    static func format(_ records: [DNSRecord], removals: [DNSRecord] = []) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let action = removals.isEmpty ? nil : "add"
        let rows = records.map { Row(name: $0.name, type: $0.sheetType, value: $0.value, ttl: $0.ttl, note: $0.note, action: action) }
            + removals.map { Row(name: $0.name, type: $0.sheetType, value: $0.value, ttl: $0.ttl, note: DNSCSVSheet.removalNote, action: "remove") }
        let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
