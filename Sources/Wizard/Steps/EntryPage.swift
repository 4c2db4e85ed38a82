import IngressCore

/// The ingress entry DNS points at, and how the preview wildcard is published.
struct EntryPage: StepPage {
    var keys: [OwnedKey] { [.entry, .wildcardRecord, .dnsTTL] }

    func items(_ state: WizardState) -> [FormItem] {
        [.field(.entry),
         .choice(.wildcardRecord, [
             Choice(value: WildcardRecord.direct.rawValue, label: "direct (like the other names)", note: nil),
             Choice(value: WildcardRecord.cname.rawValue, label: "CNAME to sandbox.<domain>", note: nil),
         ]),
         .field(.dnsTTL)]
    }

    func intro(_ state: WizardState) -> [StyledLine] {
        [StyledLine("Where DNS sends users; empty leaves placeholders in the DNS sheet.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] { Preview.dns(state.analysis.plan, width: width) }

    var help: [String] {
        ["The ingress entry is where DNS sends users: the ingress's IP address(es) (A/AAAA records) or its load balancer's host name (CNAME records). Leave it empty to fill in the DNS sheet later.",
         "A zone apex cannot hold a CNAME: use your provider's ALIAS/ANAME or CNAME flattening.",
         "Wildcard as CNAME: for DNS systems without wildcard A records, *.sandbox.<domain> points at sandbox.<domain>.",
         "DNS TTL: how long resolvers keep each record, in seconds (300 by default; lower it a day before moving the entry, so the change spreads fast). Every DNS sheet uses it."]
    }
}
