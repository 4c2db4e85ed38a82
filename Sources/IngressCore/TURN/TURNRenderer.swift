/// The Kubernetes objects a TURN exposure needs: nothing for hostPort, a Service for NodePort
/// and LoadBalancer, a Service plus Gateways and routes for UDPRoute.
public enum TURNRenderer {
    public static let serviceFile = "turn-service.yaml"
    public static let gatewayFile = "turn-gateway.yaml"
    public static let routesFile = "turn-routes.yaml"

    public static func render(_ plan: Plan) -> [ManifestFile] {
        let turn = plan.turn
        switch turn.exposure {
        case .hostport:
            return []
        case .nodeport:
            return [ManifestFile(name: serviceFile, objects: [service(plan, type: "NodePort")])]
        case .loadbalancer:
            return [ManifestFile(name: serviceFile, objects: [service(plan, type: "LoadBalancer")])]
        case .udproute:
            let groups = gatewayGroups(turn)
            let attachments: [(gateway: String, port: TURNPort)] = groups.flatMap { group in group.ports.map { (group.name, $0) } }
            return [
                ManifestFile(name: serviceFile, objects: [service(plan, type: "ClusterIP")]),
                ManifestFile(name: gatewayFile, objects: groups.map { gateway(plan, name: $0.name, listeners: $0.ports) }),
                ManifestFile(name: routesFile, objects: attachments.map { route(plan, gateway: $0.gateway, port: $0.port) }),
            ]
        }
    }

    /// The listeners split into Gateways of at most 64, named `nap-turn`, `nap-turn-2`, …
    public static func gatewayGroups(_ turn: TURNPlan) -> [(name: String, ports: [TURNPort])] {
        let ports = turn.ports
        return stride(from: 0, to: ports.count, by: TURNPlan.listenersPerGateway).enumerated().map { index, start in
            let name = index == 0 ? TURNPlan.serviceName : "\(TURNPlan.serviceName)-\(index + 1)"
            return (name, Array(ports[start..<min(start + TURNPlan.listenersPerGateway, ports.count)]))
        }
    }

    static func service(_ plan: Plan, type: String) -> TURNService {
        let turn = plan.turn
        var annotations: StringMap = [:]
        var loadBalancerIP: String?
        if type == "LoadBalancer" {
            switch turn.loadBalancerProvider {
            case .generic:
                loadBalancerIP = turn.loadBalancerAddress
            case .metallb:
                if let address = turn.loadBalancerAddress { annotations["metallb.io/loadBalancerIPs"] = address }
            case .awsNLB:
                // The AWS Load Balancer Controller's NLB with pod targets: UDP keeps the client address.
                annotations["service.beta.kubernetes.io/aws-load-balancer-type"] = "external"
                annotations["service.beta.kubernetes.io/aws-load-balancer-nlb-target-type"] = "ip"
                annotations["service.beta.kubernetes.io/aws-load-balancer-scheme"] = "internet-facing"
            }
        }
        if type != "ClusterIP" {
            for (key, value) in turn.serviceAnnotations.entries { annotations[key] = value }
        }
        return TURNService(
            metadata: ObjectMeta(name: TURNPlan.serviceName, namespace: plan.namespace, component: TURNPlan.component, annotations: annotations),
            spec: .init(
                type: type,
                selector: turn.selector,
                // TURN answers with the client's address as it sees it; SNAT would hide it.
                externalTrafficPolicy: type == "ClusterIP" ? nil : "Local",
                loadBalancerIP: loadBalancerIP,
                ports: turn.ports.map {
                    .init(name: $0.name, protocol: $0.proto.kubernetes, port: $0.port, targetPort: $0.port,
                          nodePort: type == "NodePort" ? $0.port : nil)
                }))
    }

    static func gateway(_ plan: Plan, name: String, listeners: [TURNPort]) -> TURNGatewayAPI.Gateway {
        TURNGatewayAPI.Gateway(
            metadata: ObjectMeta(name: name, namespace: plan.namespace, component: TURNPlan.component),
            spec: .init(
                gatewayClassName: plan.turn.gatewayClass ?? "",
                addresses: plan.turn.loadBalancerAddress.map { [.init(value: $0)] },
                listeners: listeners.map { .init(name: $0.name, port: $0.port, protocol: $0.proto.kubernetes) }))
    }

    static func route(_ plan: Plan, gateway: String, port: TURNPort) -> TURNGatewayAPI.L4Route {
        TURNGatewayAPI.L4Route(
            kind: port.proto == .tcp ? "TCPRoute" : "UDPRoute",
            metadata: ObjectMeta(name: "nap-\(port.name)", namespace: plan.namespace, component: TURNPlan.component),
            spec: .init(
                parentRefs: [.init(name: gateway, sectionName: port.name)],
                rules: [.init(backendRefs: [.init(name: TURNPlan.serviceName, port: port.port)])]))
    }
}
