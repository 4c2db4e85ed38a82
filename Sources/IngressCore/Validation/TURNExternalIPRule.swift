/// TURN_EXTERNAL_IP: an address, set, and reachable by the users of a public domain.
struct TURNExternalIPRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        let ip = config[.turnExternalIP]
        let exposure = draft.turnExposure ?? .hostport
        if ip.isEmpty {
            let pinned = config[.turnLBAddress]
            let usesPin = (exposure == .loadbalancer || exposure == .udproute) && !pinned.isEmpty
            return [.warning("turn.external-ip-missing", .turnExternalIP, "no TURN external address is set: coturn cannot tell clients where to send media.",
                             hint: usesPin ? "set the pinned load balancer address: \(set: .turnExternalIP, pinned)." : Self.whatToSet(exposure))]
        }
        guard IPAddress.isIPv4(ip) || IPAddress.isIPv6(ip) else {
            let why = IPAddress.ipv4Problem(ip).map { " (\($0))" } ?? ""
            return [.error("turn.external-ip-invalid", .turnExternalIP, "\"\(ip)\" is not an IPv4 or IPv6 address\(why).", hint: "e.g. 203.0.113.20.")]
        }
        if IPAddress.isPrivate(ip), PublicDomain.isPublic(draft.domain) {
            return [.warning("turn.external-ip-private", .turnExternalIP,
                             "\(ip) is a private address, but \(config[.tosHost]) is a public domain: users outside your network cannot reach TURN.",
                             hint: Self.whatToSet(exposure))]
        }
        return []
    }

    static func whatToSet(_ exposure: TURNExposure) -> FindingHint {
        switch exposure {
        case .hostport, .nodeport: .set(.turnExternalIP, example: "203.0.113.20", what: "the public address of a node that runs coturn")
        case .loadbalancer: "set the TURN load balancer's public address (\(key: .turnLBAddress) pins it), e.g. \(set: .turnExternalIP, "203.0.113.20")."
        case .udproute: .set(.turnExternalIP, example: "203.0.113.20", what: "the public address of the TURN Gateway")
        }
    }
}
