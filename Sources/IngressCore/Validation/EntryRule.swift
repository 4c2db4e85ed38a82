/// INGRESS_ENTRY: addresses (A/AAAA) or one host name (CNAME), never both.
struct EntryRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        // An entry that cannot be used is the draft's finding.
        guard let entry = draft.entry else { return draft.findings(for: .entry) }
        if entry == .none, draft.mode == .external {
            return [.warning("entry.missing", .entry, "no ingress entry is set; the DNS sheet shows <ingress-entry> placeholders.",
                             hint: .set(.entry, example: "203.0.113.10", what: "the load balancer's address or host name"))]
        }
        return []
    }
}
