/// How the DNS sheet publishes `*.sandbox.<main>`.
public enum WildcardRecord: String, CaseIterable, Sendable {
    /// Like the other names: A/AAAA to the entry addresses, or CNAME to the entry host name.
    case direct
    /// A CNAME to `sandbox.<main>`, for DNS systems without wildcard A records.
    case cname
}
