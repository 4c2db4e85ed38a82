/// The DNS sheet as RFC 4180 CSV with the header `name,type,value,ttl,note`: only records to
/// publish, so an import that reads every row publishes nothing it should not.
enum DNSCSVSheet {
    static let removalNote = "previous main domain: no longer used; delete this record"

    static func format(_ records: [DNSRecord]) -> String {
        rows(records.map { [$0.name, $0.sheetType, $0.value, String($0.ttl), $0.note] })
    }

    /// The previous domain's records to delete, in a file of their own with the same columns
    /// (a script that reads the sheet reads this one too) and the note saying to delete each.
    static func removals(_ removals: [DNSRecord]) -> String {
        rows(removals.map { [$0.name, $0.sheetType, $0.value, String($0.ttl), removalNote] })
    }

    private static func rows(_ rows: [[String]]) -> String {
        (["name,type,value,ttl,note"] + rows.map { $0.map(field).joined(separator: ",") }).map { $0 + "\r\n" }.joined()
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
