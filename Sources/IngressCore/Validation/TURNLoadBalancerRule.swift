/// LoadBalancer exposure: provider, fixed address, mixed protocols and the AWS NLB listener quota.
struct TURNLoadBalancerRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config, ports = draft.ports
        var found: [Diagnostic] = []
        // An unknown provider is the draft's finding.
        guard let provider = draft.turnLBProvider else { return draft.findings(for: .turnLBProvider) }
        let exposure = draft.turnExposure
        let address = config[.turnLBAddress]
        if !address.isEmpty, exposure == .loadbalancer || exposure == .udproute {
            if !IPAddress.isIPv4(address) && !IPAddress.isIPv6(address) {
                let why = IPAddress.ipv4Problem(address).map { " (\($0))" } ?? ""
                found.append(.error("turn.lb-address-invalid", .turnLBAddress, "\"\(address)\" is not an IPv4 or IPv6 address\(why).", hint: "e.g. 203.0.113.20."))
            } else if exposure == .loadbalancer, provider == .awsNLB {
                found.append(.error("turn.lb-address-aws", .turnLBAddress, "an AWS NLB cannot be given an address; it takes Elastic IP allocations, one per subnet.",
                                    hint: "\(clear: .turnLBAddress) and add \(set: .turnServiceAnnotations, "service.beta.kubernetes.io/aws-load-balancer-eip-allocations=eipalloc-…")"))
            } else if !config[.turnExternalIP].isEmpty, config[.turnExternalIP] != address {
                found.append(.warning("turn.lb-address-mismatch", .turnExternalIP,
                                      "is \(config[.turnExternalIP]) but the TURN load balancer is pinned to \(address): clients would be sent elsewhere.",
                                      hint: "set \(set: .turnExternalIP, address), unless a NAT in front maps one to the other."))
            }
        }
        guard exposure == .loadbalancer, let port = ports.port(.turnPort), let relay = ports.range(.turnRelayPorts) else { return found }
        found.append(.warning("turn.lb-mixed-protocol", .turnExposure,
                              "the TURN Service serves \(port) over TCP and UDP: a LoadBalancer with mixed protocols needs Kubernetes 1.26 or later and a provider that supports it.",
                              hint: "check your provider (MetalLB and the AWS Load Balancer Controller do); otherwise use the hostport exposure."))
        // TCP and UDP on TURN_PORT share one TCP_UDP listener; every relay port is a listener.
        let listeners = 1 + relay.count
        if provider == .awsNLB, listeners > TURNPlan.awsNLBListenerLimit {
            let fit = TURNPlan.awsNLBListenerLimit - 1
            let narrower = relay.lowerBound...(relay.lowerBound + fit - 1)
            found.append(.error("turn.nlb-listeners", .turnRelayPorts,
                                "needs \(listeners) listeners on the AWS NLB (TURN_PORT plus \(relay.count) relay ports); an NLB takes at most \(TURNPlan.awsNLBListenerLimit).",
                                hint: "narrow the relay range to \(fit) ports, e.g. \(set: .turnRelayPorts, PortRange.text(narrower)) (at most \(fit) relayed sessions at once), and set coturn's min-port/max-port to match; or use the hostport exposure."))
        }
        return found
    }
}
