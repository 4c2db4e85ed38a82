/// Istio: a Gateway on the ingress gateway workload (HTTPS per certificate, HTTP redirecting) and a VirtualService per route.
public struct IstioRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.istio

    static let gatewayName = "nap-gateway"

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        // The Gateway lives with the gateway workload: that is where credentialName Secrets are read, and
        // where a mesh with PILOT_SCOPE_GATEWAY_TO_NAMESPACE looks for it.
        let gatewayNamespace = plan.options.istioGatewayNamespace
        func bound(_ host: String) -> String { "\(plan.namespace)/\(host)" }
        var servers: [IstioGateway.Server] = []
        for secret in orderedSecrets(plan) {
            let hosts = plan.routes.filter { $0.tlsSecret == secret }.map { bound($0.host) }
            servers.append(.init(port: .init(number: 443, name: "https-\(secret)", protocol: "HTTPS"), hosts: hosts,
                                 tls: .init(mode: "SIMPLE", credentialName: secret)))
        }
        servers.append(.init(port: .init(number: 80, name: "http-nap", protocol: "HTTP"), hosts: plan.routes.map { bound($0.host) },
                             tls: .init(httpsRedirect: true)))
        let gateway = IstioGateway(
            metadata: ObjectMeta(name: Self.gatewayName, namespace: gatewayNamespace, component: "gateway"),
            spec: .init(selector: StringMap(plan.options.istioGatewaySelector), servers: servers))
        let services = plan.routes.map { route in
            VirtualService(
                metadata: ObjectMeta(name: route.objectName, namespace: plan.namespace, component: route.name.rawValue),
                spec: .init(hosts: [route.host], gateways: ["\(gatewayNamespace)/\(Self.gatewayName)"],
                            http: [.init(route: [.init(destination: .init(host: route.service, port: .init(number: route.port)))])]))
        }
        return [
            ManifestFile(name: "istio-gateway.yaml", objects: [gateway]),
            ManifestFile(name: "istio-virtualservice.yaml", objects: services),
        ]
    }

    func orderedSecrets(_ plan: Plan) -> [String] {
        var secrets: [String] = []
        for route in plan.routes where !secrets.contains(route.tlsSecret) { secrets.append(route.tlsSecret) }
        return secrets
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        let gatewayNamespace = plan.options.istioGatewayNamespace
        let selector = plan.options.istioGatewaySelector.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        var cautions = [
            "Istio reads `credentialName` Secrets from the namespace of the gateway workload (`\(gatewayNamespace)`), never from `\(plan.namespace)`: a Secret left in `\(plan.namespace)` gives a TLS handshake failure, not an error on apply.",
        ]
        let unowned = plan.tls.filter { $0.source == .existing }
        if !unowned.isEmpty, gatewayNamespace != plan.namespace {
            let copies = unowned.map { req in
                "`kubectl create secret tls \(req.secretName) -n \(req.namespace) --cert=<(kubectl get secret \(req.secretName) -n \(plan.namespace) -o jsonpath='{.data.tls\\.crt}' | base64 -d) --key=<(kubectl get secret \(req.secretName) -n \(plan.namespace) -o jsonpath='{.data.tls\\.key}' | base64 -d)`"
            }
            cautions.append("nap-ingress does not own " + unowned.map { "`\($0.secretName)`" }.joined(separator: " and ")
                            + ": if they exist in `\(plan.namespace)`, copy them to `\(gatewayNamespace)` (bash): " + copies.joined(separator: " and ")
                            + ". Renew the copies whenever the originals are renewed.")
        }
        cautions.append("VirtualServices set no `timeout` on purpose: Istio then never times out a request, which SSE and WebSocket traffic needs.")
        return ControllerNotes(
            prerequisites: [
                "Istio 1.22 or later (`networking.istio.io/v1`) with an ingress gateway whose pods carry the labels `\(selector)` in namespace `\(gatewayNamespace)` (`kubectl get pods -n \(gatewayNamespace) -l \(selector)` must list them).",
                "The ingress gateway's Service must publish ports 443 and 80.",
            ],
            verify: [
                "kubectl get gateway.networking.istio.io \(Self.gatewayName) -n \(gatewayNamespace)",
                "kubectl get virtualservice -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)",
                "istioctl analyze -n \(plan.namespace) && istioctl analyze -n \(gatewayNamespace)   # must report no errors",
            ],
            cautions: cautions)
    }
}
