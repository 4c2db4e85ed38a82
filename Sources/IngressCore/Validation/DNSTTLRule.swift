/// DNS_TTL: a number of seconds DNS accepts (the sheets would otherwise carry a TTL no zone takes).
/// In NodePort mode nothing asks for it (the wizard's NodePort path has no DNS step), so there it
/// only warns and the sheets fall back to the default rather than block a write it cannot fix.
struct DNSTTLRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        guard case .failure(let problem) = DNSTTL.parse(config[.dnsTTL]) else { return [] }
        if config.mode == .external {
            return [.error("dns.ttl-invalid", .dnsTTL, problem.message, hint: .text(problem.hint))]
        }
        return [.warning("dns.ttl-invalid", .dnsTTL, problem.message + " The DNS sheets use \(OwnedKey.dnsTTL.defaultValue) until it is fixed.",
                         hint: .text(problem.hint))]
    }
}
