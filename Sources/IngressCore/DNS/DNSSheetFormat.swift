/// The formats the DNS record sheet comes in.
public enum DNSSheetFormat: String, CaseIterable, Sendable {
    case markdown, csv, zone, json

    /// The file `render` writes the sheet to.
    public var fileName: String {
        switch self {
        case .markdown: "dns-records.md"
        case .csv: "dns-records.csv"
        case .zone: "dns-records.zone"
        case .json: "dns-records.json"
        }
    }

    /// The sheet's text for the plan's records (DNS_TTL unless `ttl` overrides it), and, in a
    /// part of their own that no import or paste can publish, the records to remove.
    public func format(_ plan: Plan, ttl: Int? = nil) -> String {
        let records = plan.dnsRecords(ttl: ttl)
        let removals = plan.dnsRemovals.map { record in
            var record = record
            record.ttl = ttl ?? plan.dnsTTL
            return record
        }
        switch self {
        case .markdown: return DNSMarkdownSheet.format(plan, records, removals: removals)
        case .csv: return DNSCSVSheet.format(records, removals: removals)
        case .zone: return DNSZoneSheet.format(plan, records, removals: removals)
        case .json: return DNSJSONSheet.format(records, removals: removals)
        }
    }
}
