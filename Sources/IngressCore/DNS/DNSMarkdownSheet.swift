/// The DNS sheet as a Markdown table for whoever runs DNS.
enum DNSMarkdownSheet {
    static func format(_ plan: Plan, _ records: [DNSRecord], removals: [DNSRecord] = []) -> String {
        guard let domain = plan.domain else { return "# DNS records\n\nNo main domain is set (TOS_HOST).\n" }
        var out = "# DNS records for \(domain.ascii)\n\n"
        out += "Main domain: `\(domain.ascii)`"
        if domain.isInternationalized { out += " (\(domain.unicode))" }
        switch domain.isApex {
        case true?: out += ", the apex of its registrable domain.\n"
        case false?: out += ", a subdomain of `\(domain.registrableDomain ?? "")`.\n"
        case nil: out += ".\n"
        }
        out += "Ingress entry: " + entryText(plan.entry) + "\n\n"
        out += "| Name | Type | Value | TTL | Note |\n|---|---|---|---|---|\n"
        for r in records {
            let type = r.needsAlias ? "ALIAS/ANAME" : r.type.rawValue
            out += "| `\(r.name)` | \(type) | `\(r.value)` | \(r.ttl) | \(r.note.replacingPipes()) |\n"
        }
        out += "\nAll five names must resolve to the ingress entry. Once `sandbox.\(domain.ascii)` exists, a wildcard"
        out += " `*.\(domain.ascii)` no longer covers `x.sandbox.\(domain.ascii)`: publish `*.sandbox.\(domain.ascii)` explicitly.\n"
        if !removals.isEmpty {
            out += "\n## Remove: the previous main domain's records\n\n"
            out += "These records served the previous main domain and nothing uses them now. Delete them once the names above work:\n\n"
            out += "| Name | Type | Value |\n|---|---|---|\n"
            for r in removals { out += "| `\(r.name)` | \(r.needsAlias ? "ALIAS/ANAME" : r.type.rawValue) | `\(r.value)` |\n" }
        }
        return out
    }

    static func entryText(_ entry: IngressEntry) -> String {
        switch entry {
        case .none: "not set yet (values show `\(DNSRecord.placeholder)`; set INGRESS_ENTRY)"
        case .addresses(let a): a.map { "`\($0)`" }.joined(separator: ", ")
        case .hostName(let h): "`\(h)` (load balancer host name: CNAME records)"
        }
    }
}

extension String {
    func replacingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
