/// One port (or range) that must be open, what it is for and where.
public struct FirewallOpening: Equatable, Sendable {
    public var ports: ClosedRange<Int>
    public var proto: TURNPort.Proto
    public var purpose: String
    /// Where it must be open: nodes, load balancer, cloud security group.
    public var openOn: String

    /// `3478` or `49152-49252` (the range written as everywhere else).
    public func portText(separator: String = "-") -> String { PortRange.text(ports, separator: separator) }
}

extension Plan {
    /// Every opening the platform needs, HTTP entry first, then TURN; derived only from the plan.
    public var firewallOpenings: [FirewallOpening] { entryOpenings + turnOpenings }

    /// The HTTP(S) entry's openings: the ingress in external mode, the NodePorts otherwise.
    var entryOpenings: [FirewallOpening] {
        var openings: [FirewallOpening] = []
        switch mode {
        case .external:
            let entryText: String
            switch entry {
            case .none: entryText = "the ingress entry"
            case .addresses(let addresses): entryText = "the ingress entry (" + addresses.joined(separator: ", ") + ")"
            case .hostName(let name): entryText = "the ingress entry (\(name))"
            }
            let openOn = "\(entryText): its load balancer and security group, and the host firewall of the ingress controller's nodes"
            openings.append(FirewallOpening(ports: 80...80, proto: .tcp, purpose: "HTTP to the ingress (redirect to HTTPS, ACME HTTP-01)", openOn: openOn))
            openings.append(FirewallOpening(ports: 443...443, proto: .tcp, purpose: "HTTPS to the ingress (all five host names)", openOn: openOn))
        case .nodeport:
            let openOn = "every node: host firewall and cloud security group"
            openings.append(FirewallOpening(ports: nodePorts.tos...nodePorts.tos, proto: .tcp, purpose: "nap-cp NodePort (UI and API)", openOn: openOn))
            openings.append(FirewallOpening(ports: nodePorts.browser...nodePorts.browser, proto: .tcp, purpose: "nap-browser NodePort (remote browsers)", openOn: openOn))
            openings.append(FirewallOpening(ports: nodePorts.sandbox...nodePorts.sandbox, proto: .tcp, purpose: "nap-sandbox NodePort (sandboxes)", openOn: openOn))
        }
        return openings
    }

    /// TURN's openings (listener over TCP and UDP, relay range) and where they must be open.
    public var turnOpenings: [FirewallOpening] {
        var openings: [FirewallOpening] = []
        let turnOpenOn: String
        switch turn.exposure {
        case .hostport:
            turnOpenOn = "the nodes that run coturn: host firewall and cloud security group"
        case .nodeport:
            turnOpenOn = "the nodes that run coturn (externalTrafficPolicy Local): host firewall and cloud security group"
        case .loadbalancer:
            turnOpenOn = "the TURN load balancer (its listeners and security group), and the host firewall of the nodes that run coturn"
        case .udproute:
            turnOpenOn = "the TURN Gateway's load balancer (its listeners and security group), and the host firewall of the Gateway's nodes"
        }
        let t = turn
        openings.append(FirewallOpening(ports: t.port...t.port, proto: .tcp, purpose: "TURN listener over TCP (clients whose network blocks UDP)", openOn: turnOpenOn))
        openings.append(FirewallOpening(ports: t.port...t.port, proto: .udp, purpose: "TURN listener", openOn: turnOpenOn))
        openings.append(FirewallOpening(ports: t.relayPorts, proto: .udp,
                                        purpose: "TURN relay range (one port per relayed session, \(t.relayCapacity) at once)", openOn: turnOpenOn))
        return openings
    }
}
