/// The DNS sheet as RFC 4180 CSV with a header row. Records to remove (after a domain change)
/// add an `action` column, `add` or `remove`, so an import that reads it cannot mistake them.
enum DNSCSVSheet {
    static let removalNote = "previous main domain: no longer used; delete this record"

    static func format(_ records: [DNSRecord], removals: [DNSRecord] = []) -> String {
        let action = !removals.isEmpty
        var out = "name,type,value,ttl,note" + (action ? ",action" : "") + "\r\n"
        for r in records {
            out += ([r.name, r.sheetType, r.value, String(r.ttl), r.note] + (action ? ["add"] : [])).map(field).joined(separator: ",") + "\r\n"
        }
        for r in removals {
            out += [r.name, r.sheetType, r.value, String(r.ttl), removalNote, "remove"].map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
