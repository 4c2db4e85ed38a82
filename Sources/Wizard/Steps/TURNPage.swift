import IngressCore

/// How TURN (UDP) is reached: never through the HTTP ingress.
struct TURNPage: StepPage {
    var keys: [OwnedKey] {
        [.turnExposure, .turnPort, .turnRelayPorts, .turnExternalIP, .nodePortRange, .turnLBProvider, .turnLBAddress,
         .turnServiceAnnotations, .turnGatewayClass, .turnSelector]
    }

    func items(_ state: WizardState) -> [FormItem] {
        [.choice(.turnExposure, exposures(state.config)),
         .field(.turnPort), .field(.turnRelayPorts), .field(.turnExternalIP)]
            + exposureItems(state.config) + [.field(.turnSelector)]
    }

    /// The exposures offered. In NodePort mode there is no ingress controller, so no Gateway to
    /// carry a UDPRoute: udproute is offered there only when values.env already has it.
    private func exposures(_ config: Config) -> [Choice] {
        let all = [
            Choice(value: TURNExposure.hostport.rawValue, label: "hostport", note: "ports on the coturn node"),
            Choice(value: TURNExposure.nodeport.rawValue, label: "nodeport", note: "NodePort Service"),
            Choice(value: TURNExposure.loadbalancer.rawValue, label: "loadbalancer", note: "L4 load balancer"),
            Choice(value: TURNExposure.udproute.rawValue, label: "udproute", note: "Gateway API UDPRoute"),
        ]
        guard config.mode == .nodeport, config.turnExposure != .udproute else { return all }
        return all.filter { $0.value != TURNExposure.udproute.rawValue }
    }

    /// What only the chosen TURN exposure needs (every TURN key that can block the step has a field).
    private func exposureItems(_ config: Config) -> [FormItem] {
        switch config.turnExposure {
        case .nodeport:
            return [.field(.nodePortRange), .field(.turnServiceAnnotations)]
        case .loadbalancer:
            return [.choice(.turnLBProvider, TURNLoadBalancerProvider.allCases.map {
                        Choice(value: $0.rawValue, label: $0.rawValue, note: nil)
                    }),
                    .field(.turnLBAddress), .field(.turnServiceAnnotations)]
        case .udproute:
            return [.field(.turnGatewayClass), .field(.turnLBAddress, OwnedKey.turnLBAddress.spec.label(for: config))]
        case .hostport, nil:
            return []
        }
    }

    func intro(_ state: WizardState) -> [StyledLine] {
        state.config.mode == .nodeport
            ? [StyledLine("TURN is UDP: in NodePort mode too, coturn needs its own ports.", .dim), StyledLine()]
            : [StyledLine("TURN is UDP and never goes through the HTTP ingress.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] {
        Preview.turn(state.analysis.plan, config: state.config, diagnostics: state.analysis.diagnostics)
    }

    var help: [String] {
        ["TURN (coturn) carries remote-browser media over UDP and never goes through the HTTP ingress.",
         "hostport: coturn's pod opens the ports on its node. nodeport: a NodePort Service on every node; the ports must lie inside the Cluster NodePort range (the API server's setting, 30000-32767 unless widened). loadbalancer: an L4 load balancer, one Service port per relay port. udproute: a Gateway API UDPRoute (Contour and Istio do not implement UDP).",
         "TURN port: where clients reach coturn, over TCP and UDP (3478 by default). Relay ports: the UDP range coturn relays media through, MIN-MAX. External IP for clients: the address coturn tells clients to send media to (the node's, or the load balancer's, public address).",
         "Fixed LB address: an address the load balancer (or, for udproute, the Gateway) must keep. Service annotations: K=V pairs, separated by ;, for the load balancer. coturn pod labels: how the Service finds the coturn pod."]
    }
}
