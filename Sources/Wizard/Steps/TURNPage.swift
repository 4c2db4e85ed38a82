import IngressCore

/// How TURN (UDP) is reached: never through the HTTP ingress.
struct TURNPage: StepPage {
    var keys: [OwnedKey] {
        [.turnExposure, .turnPort, .turnRelayPorts, .turnExternalIP, .nodePortRange, .turnLBProvider, .turnLBAddress,
         .turnServiceAnnotations, .turnGatewayClass, .turnSelector]
    }

    func items(_ state: WizardState) -> [FormItem] {
        [.choice(.turnExposure, [
            Choice(value: TURNExposure.hostport.rawValue, label: "hostport", note: "ports on the coturn node"),
            Choice(value: TURNExposure.nodeport.rawValue, label: "nodeport", note: "NodePort Service"),
            Choice(value: TURNExposure.loadbalancer.rawValue, label: "loadbalancer", note: "L4 load balancer"),
            Choice(value: TURNExposure.udproute.rawValue, label: "udproute", note: "Gateway API UDPRoute"),
         ]),
         .field(.turnPort), .field(.turnRelayPorts), .field(.turnExternalIP)]
            + exposureItems(state.config) + [.field(.turnSelector)]
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
        [StyledLine("TURN is UDP and never goes through the HTTP ingress.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] {
        Preview.turn(state.analysis.plan, config: state.config, diagnostics: state.analysis.diagnostics)
    }

    var help: [String] {
        ["TURN (coturn) carries remote-browser media over UDP and never goes through the HTTP ingress.",
         "hostport: ports open on the node running coturn. nodeport: the ports lie outside the default NodePort range 30000-32767. loadbalancer: an L4 load balancer, one Service port per relay port. udproute: Gateway API UDPRoute (Contour and Istio do not implement UDP)."]
    }
}
