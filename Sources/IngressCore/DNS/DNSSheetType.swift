extension DNSRecord {
    /// The type a machine-readable sheet gives the record: `ALIAS` where a CNAME is not allowed
    /// (the zone apex), so an import never creates an invalid record; the wizard's preview says the same.
    var sheetType: String { needsAlias ? "ALIAS" : type.rawValue }
}
