/// Contour: one HTTPProxy per route, as in the platform documentation's validated example.
public struct ContourRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.contour

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        let proxies = plan.routes.map { route in
            HTTPProxy(
                metadata: ObjectMeta(name: route.objectName, namespace: plan.namespace, component: route.name.rawValue),
                spec: .init(
                    ingressClassName: plan.options.ingressClass,
                    virtualhost: .init(fqdn: route.host, tls: .init(secretName: route.tlsSecret)),
                    routes: [.init(
                        conditions: [.init(prefix: "/")],
                        // Envoy's 15 s response timeout would cut SSE and WebSocket streams.
                        enableWebsockets: route.longLived ? true : nil,
                        timeoutPolicy: route.longLived ? .init(response: "infinity", idle: "infinity") : nil,
                        services: [.init(name: route.service, port: route.port)])]))
        }
        return [ManifestFile(name: "contour-httpproxy.yaml", objects: proxies)]
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        ControllerNotes(
            prerequisites: [
                "Contour 1.25 or later with its CRDs (HTTPProxy wildcard fqdn support)."
                    + (plan.options.ingressClass.map { " The Contour instance must serve the ingress class `\($0)`." } ?? ""),
            ],
            verify: ["kubectl get httpproxy -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)   # STATUS must be valid"],
            cautions: [])
    }
}
