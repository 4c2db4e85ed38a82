/// DNS_TTL: a number of seconds DNS accepts (the sheets would otherwise carry a TTL no zone takes).
struct DNSTTLRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        guard case .failure(let problem) = DNSTTL.parse(config[.dnsTTL]) else { return [] }
        return [.error("dns.ttl-invalid", .dnsTTL, problem.message, hint: .text(problem.hint))]
    }
}
