/// ingress-nginx (kubernetes/ingress-nginx): Ingress objects with its `nginx.ingress.kubernetes.io/*` annotations.
public struct IngressNginxRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.ingressNginx

    /// The class ingress-nginx's Helm chart installs.
    static let defaultClass = "nginx"

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        // nginx's 60 s proxy timeouts cut SSE streams and idle WebSockets (WebSockets need no annotation).
        // The values are seconds without a unit: ingress-nginx rejects "3600s".
        let longLived: StringMap = [
            "nginx.ingress.kubernetes.io/proxy-read-timeout": "3600",
            "nginx.ingress.kubernetes.io/proxy-send-timeout": "3600",
        ]
        let objects = Ingress.split(plan, ingressClass: plan.options.ingressClass ?? Self.defaultClass, longLived: longLived, others: [:])
        return [ManifestFile(name: "ingress-nginx-ingress.yaml", objects: objects)]
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        let ingressClass = plan.options.ingressClass ?? Self.defaultClass
        return ControllerNotes(
            prerequisites: [
                "ingress-nginx 1.0 or later serving the IngressClass `\(ingressClass)` (`kubectl get ingressclass \(ingressClass)`).",
                "The controller must allow wildcard hosts (the default) for `\(plan.hosts?.previewWildcard ?? "*.sandbox.<main>")`.",
            ],
            verify: [
                "kubectl get ingress -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)   # ADDRESS must show the controller's address",
                "kubectl describe ingress nap-long-lived -n \(plan.namespace)   # Events must not show annotation or TLS errors",
            ],
            cautions: [
                "ingress-nginx was retired in March 2026: no more releases and no security fixes. These manifests work, but plan a move to Gateway API (`nap-ingress configure --controller gateway-api --ingress-class <your GatewayClass>`).",
                "Long-lived hosts get `proxy-read-timeout`/`proxy-send-timeout` of 3600 s: an SSE stream or WebSocket silent for an hour is closed, and the client reconnects. `files.` keeps the 60 s defaults on purpose.",
            ])
    }
}
