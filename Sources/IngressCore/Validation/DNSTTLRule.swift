/// DNS_TTL: a number of seconds DNS accepts (the sheets would otherwise carry a TTL no zone takes).
/// In NodePort mode nothing asks for it (the wizard's NodePort path has no DNS step), so there it
/// only warns and the sheets fall back to the default rather than block a write it cannot fix.
struct DNSTTLRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] { draft.findings(for: .dnsTTL) }
}
