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

    /// Whether the sheet lists the records to remove (in a part no paste can publish: a
    /// Markdown section, zone comments). CSV and JSON never do: an importer or a loop reads
    /// every row, so their records to remove go to `removalsFileName` instead.
    public var listsRemovals: Bool { self == .markdown || self == .zone }

    /// The file `render` writes the previous domain's records to remove to, only when there are some.
    public static let removalsFileName = "dns-removals.csv"

    /// The sheet's text for the plan's records (DNS_TTL unless `ttl` overrides it), and, for
    /// Markdown and zone, in a part of their own that no paste can publish, the records to remove.
    public func format(_ plan: Plan, ttl: Int? = nil) -> String {
        let records = plan.dnsRecords(ttl: ttl)
        let removals = Self.removals(plan, ttl: ttl)
        switch self {
        case .markdown: return DNSMarkdownSheet.format(plan, records, removals: removals)
        case .csv: return DNSCSVSheet.format(records)
        case .zone: return DNSZoneSheet.format(plan, records, removals: removals)
        case .json: return DNSJSONSheet.format(records)
        }
    }

    /// The text of `removalsFileName`: the previous domain's records, the sheet's CSV columns;
    /// nil when there is nothing to remove (and so no such file).
    public static func removalsSheet(_ plan: Plan, ttl: Int? = nil) -> String? {
        plan.dnsRemovals.isEmpty ? nil : DNSCSVSheet.removals(removals(plan, ttl: ttl))
    }

    private static func removals(_ plan: Plan, ttl: Int?) -> [DNSRecord] {
        plan.dnsRemovals.map { record in
            var record = record
            record.ttl = ttl ?? plan.dnsTTL
            return record
        }
    }
}
