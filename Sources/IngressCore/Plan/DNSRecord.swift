/// One DNS record for the operator's DNS administrator.
public struct DNSRecord: Equatable, Sendable {
    /// Record types the sheet uses.
    public enum RecordType: String, Sendable { case A, AAAA, CNAME }

    /// Shown in place of a value when no INGRESS_ENTRY is set yet.
    public static let placeholder = "<ingress-entry>"

    /// Absolute name without the trailing dot.
    public var name: String
    public var type: RecordType
    /// An address, a host name (without trailing dot) or the placeholder.
    public var value: String
    public var ttl: Int
    /// What the record is for, and any caveat (e.g. no CNAME at a zone apex).
    public var note: String
    /// True when the record cannot be published as it stands (a CNAME at the zone apex).
    public var needsAlias: Bool = false

    public var isPlaceholder: Bool { value == Self.placeholder }
}
