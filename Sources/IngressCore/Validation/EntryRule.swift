/// INGRESS_ENTRY: addresses (A/AAAA) or one host name (CNAME), never both.
struct EntryRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        switch IngressEntry.parse(config[.entry]) {
        case .success(let entry):
            if entry == .none, config.mode == .external {
                return [.warning("entry.missing", .entry, "no ingress entry is set; the DNS sheet shows <ingress-entry> placeholders.",
                                 hint: .set(.entry, example: "203.0.113.10", what: "the load balancer's address or host name"))]
            }
            return []
        case .failure(let error):
            return error.diagnostics
        }
    }
}
