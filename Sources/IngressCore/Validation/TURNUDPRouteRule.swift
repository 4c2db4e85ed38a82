/// UDPRoute exposure: a GatewayClass whose implementation serves UDP, and the 64-listener limit.
struct TURNUDPRouteRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config, ports = draft.ports
        guard draft.turnExposure == .udproute else { return [] }
        var found: [Diagnostic] = []
        let gatewayClass = config[.turnGatewayClass]
        let support = "Envoy Gateway and NGINX Gateway Fabric serve UDPRoute; Contour and Istio implement no UDP; Traefik's support is not released."
        if gatewayClass.isEmpty {
            found.append(.error("turn.gateway-class-missing", .turnGatewayClass, "the udproute exposure renders Gateways and needs their GatewayClass.",
                                hint: "give a class whose implementation serves UDP (`kubectl get gatewayclass`), e.g. \(set: .turnGatewayClass, "eg"). \(support)"))
        } else if !KubernetesName.isSubdomain(gatewayClass) {
            found.append(.error("turn.gateway-class-invalid", .turnGatewayClass, "\"\(gatewayClass)\" is not a valid GatewayClass name.",
                                hint: "use the name `kubectl get gatewayclass` shows."))
        } else {
            let name = gatewayClass.lowercased()
            if name.contains("contour") || name.contains("istio") {
                found.append(.warning("turn.udproute-no-udp", .turnGatewayClass, "\"\(gatewayClass)\" looks like Contour or Istio, which implement no UDPRoute: TURN would not be reachable.",
                                      hint: "use an Envoy Gateway or NGINX Gateway Fabric class for TURN, or another exposure (hostport, loadbalancer)."))
            } else if name.contains("traefik") {
                found.append(.warning("turn.udproute-unreleased", .turnGatewayClass, "\"\(gatewayClass)\" looks like Traefik, whose UDPRoute support is not released.",
                                      hint: "use an Envoy Gateway or NGINX Gateway Fabric class for TURN, or another exposure (hostport, loadbalancer)."))
            } else if !["eg", "envoy", "envoy-gateway", "nginx", "ngf"].contains(name) && !name.contains("envoy") && !name.contains("nginx") {
                found.append(.warning("turn.udproute-support", .turnGatewayClass, "cannot tell whether \"\(gatewayClass)\" serves UDPRoute.",
                                      hint: .text(support)))
            }
        }
        if let relay = ports.range(.turnRelayPorts) {
            let listeners = 2 + relay.count
            if listeners > TURNPlan.listenersPerGateway {
                let gateways = (listeners + TURNPlan.listenersPerGateway - 1) / TURNPlan.listenersPerGateway
                let fit = TURNPlan.listenersPerGateway - 2
                let narrower = relay.lowerBound...(relay.lowerBound + fit - 1)
                found.append(.warning("turn.gateway-split", .turnRelayPorts,
                                      "needs \(listeners) listeners; a Gateway holds \(TURNPlan.listenersPerGateway), so \(gateways) Gateways are rendered, and clients reach TURN only if they share one address.",
                                      hint: "pin one address with \(key: .turnLBAddress) where your implementation shares it (Envoy Gateway: mergeGateways in its EnvoyProxy), or narrow to one Gateway: \(set: .turnRelayPorts, PortRange.text(narrower)) (at most \(fit) relayed sessions at once)."))
            }
        }
        return found
    }
}
