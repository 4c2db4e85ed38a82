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

    /// The sheet's text for the plan's records.
    public func format(_ plan: Plan, ttl: Int = 300) -> String {
        let records = plan.dnsRecords(ttl: ttl)
        switch self {
        case .markdown: return DNSMarkdownSheet.format(plan, records)
        case .csv: return DNSCSVSheet.format(records)
        case .zone: return DNSZoneSheet.format(plan, records)
        case .json: return DNSJSONSheet.format(records)
        }
    }
}
