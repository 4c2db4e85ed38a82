/// TURN_EXTERNAL_IP: an address, set, and reachable by the users of a public domain.
struct TURNExternalIPRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        let ip = config[.turnExternalIP]
        let exposure = config.turnExposure ?? .hostport
        if ip.isEmpty {
            let pinned = config[.turnLBAddress]
            let usesPin = (exposure == .loadbalancer || exposure == .udproute) && !pinned.isEmpty
            return [.warning("turn.external-ip-missing", .turnExternalIP, "is empty: coturn cannot tell clients where to send media.",
                             hint: usesPin ? "set the pinned load balancer address: --turn-external-ip \(pinned)." : Self.whatToSet(exposure))]
        }
        guard IPAddress.isIPv4(ip) || IPAddress.isIPv6(ip) else {
            let why = IPAddress.ipv4Problem(ip).map { " (\($0))" } ?? ""
            return [.error("turn.external-ip-invalid", .turnExternalIP, "\"\(ip)\" is not an IPv4 or IPv6 address\(why).", hint: "e.g. 203.0.113.20.")]
        }
        if IPAddress.isPrivate(ip), PublicDomain.isPublic(config[.tosHost]) {
            return [.warning("turn.external-ip-private", .turnExternalIP,
                             "\(ip) is a private address, but \(config[.tosHost]) is a public domain: users outside your network cannot reach TURN.",
                             hint: Self.whatToSet(exposure))]
        }
        return []
    }

    static func whatToSet(_ exposure: TURNExposure) -> String {
        switch exposure {
        case .hostport, .nodeport: "set the public address of a node that runs coturn, e.g. --turn-external-ip 203.0.113.20."
        case .loadbalancer: "set the TURN load balancer's public address (--turn-lb-address pins it), e.g. --turn-external-ip 203.0.113.20."
        case .udproute: "set the public address of the TURN Gateway, e.g. --turn-external-ip 203.0.113.20."
        }
    }
}
