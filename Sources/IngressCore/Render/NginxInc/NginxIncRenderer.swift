/// F5 NGINX Ingress Controller (nginxinc/kubernetes-ingress): Ingress objects with its own `nginx.org/*` annotations.
public struct NginxIncRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.nginxInc

    /// The class F5's Helm chart installs.
    static let defaultClass = "nginx"

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        // F5's controller ignores ingress-nginx's annotations; it needs nginx.org/* ones, with a unit,
        // and WebSocket proxying switched on per backend Service.
        var services: [String] = []
        for route in plan.routes where route.longLived && !services.contains(route.service) { services.append(route.service) }
        let longLived: StringMap = [
            "nginx.org/proxy-read-timeout": "3600s",
            "nginx.org/proxy-send-timeout": "3600s",
            "nginx.org/websocket-services": services.joined(separator: ","),
        ]
        let objects = Ingress.split(plan, ingressClass: plan.options.ingressClass ?? Self.defaultClass, longLived: longLived, others: [:])
        return [ManifestFile(name: "nginx-inc-ingress.yaml", objects: objects)]
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        let ingressClass = plan.options.ingressClass ?? Self.defaultClass
        return ControllerNotes(
            prerequisites: [
                "F5 NGINX Ingress Controller 3.0 or later (`nginx/nginx-ingress` image, not kubernetes/ingress-nginx) serving the IngressClass `\(ingressClass)` (`kubectl get ingressclass \(ingressClass) -o jsonpath='{.spec.controller}'` must print `nginx.org/ingress-controller`).",
            ],
            verify: [
                "kubectl get ingress -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)",
                "kubectl describe ingress nap-long-lived -n \(plan.namespace)   # Events must say AddedOrUpdated, not Rejected",
            ],
            cautions: [
                "These are `nginx.org/*` annotations for F5's controller. If the cluster runs the community ingress-nginx instead, they are ignored and streams are cut after 60 s: use `--controller ingress-nginx` there.",
                "Long-lived hosts get 3600 s proxy timeouts: a stream silent for an hour is closed and the client reconnects. `files.` keeps the defaults on purpose.",
            ])
    }
}
