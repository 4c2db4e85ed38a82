/// The DNS sheet as RFC 4180 CSV with a header row.
enum DNSCSVSheet {
    static func format(_ records: [DNSRecord]) -> String {
        var out = "name,type,value,ttl,note\r\n"
        for r in records {
            out += [r.name, r.sheetType, r.value, String(r.ttl), r.note].map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
