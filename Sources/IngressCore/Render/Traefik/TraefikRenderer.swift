/// Traefik v3: one IngressRoute per route, long-lived routes through a ServersTransport without timeouts.
public struct TraefikRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.traefik

    /// Names of the Traefik Helm chart's default entry points.
    static let secureEntryPoint = "websecure"
    static let transportName = "nap-long-lived"

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        let modern = plan.options.traefikMatchesWildcardHost
        // Before 3.7 the class is the kubernetes.io/ingress.class annotation the CRD provider filters on.
        let classAnnotation: StringMap? = modern ? nil : plan.options.ingressClass.map { ["kubernetes.io/ingress.class": $0] }
        var objects: [any Encodable & Sendable] = []
        if plan.routes.contains(where: \.longLived) {
            objects.append(ServersTransport(
                metadata: ObjectMeta(name: Self.transportName, namespace: plan.namespace, component: "long-lived", annotations: classAnnotation),
                spec: .init(forwardingTimeouts: .init(responseHeaderTimeout: "0s"))))
        }
        for route in plan.routes {
            objects.append(IngressRoute(
                metadata: ObjectMeta(name: route.objectName, namespace: plan.namespace, component: route.name.rawValue, annotations: classAnnotation),
                spec: .init(
                    ingressClassName: modern ? plan.options.ingressClass : nil,
                    entryPoints: [Self.secureEntryPoint],
                    routes: [.init(match: Self.match(route.host, wildcardHost: modern), services: [
                        .init(name: route.service, port: route.port, serversTransport: route.longLived ? Self.transportName : nil),
                    ])],
                    tls: .init(secretName: route.tlsSecret))))
        }
        return [ManifestFile(name: "traefik-ingressroute.yaml", objects: objects)]
    }

    /// The router rule for a host: `Host` for plain names and, from 3.7, for `*.` wildcards (one label);
    /// before 3.7 a wildcard needs `HostRegexp` with an anchored Go regexp matching exactly one label.
    static func match(_ host: String, wildcardHost: Bool) -> String {
        guard host.hasPrefix("*."), !wildcardHost else { return "Host(`\(host)`)" }
        let suffix = host.dropFirst(2).split(separator: ".").joined(separator: "\\.")
        return "HostRegexp(`^[a-zA-Z0-9-]+\\.\(suffix)$`)"
    }

    /// The release branch whose CRD file matches the operator's Traefik (v3.7 when no older one is named).
    func crdRelease(_ plan: Plan) -> String {
        guard let version = plan.options.release, version.major == 3 else { return "v3.7" }
        return "v3.\(version.minor)"
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        let modern = plan.options.traefikMatchesWildcardHost
        var prerequisites = [
            "Traefik v3 with the Kubernetes CRD provider enabled and the `traefik.io` CRDs installed (`kubectl get crd ingressroutes.traefik.io serverstransports.traefik.io`; the Helm chart installs them, otherwise `kubectl apply --server-side -f https://raw.githubusercontent.com/traefik/traefik/\(crdRelease(plan))/docs/content/reference/dynamic-configuration/kubernetes-crd-definition-v1.yml`)."
                + (modern ? " Traefik 3.7 or later: the preview host uses `Host(`*.…`)`; for an older v3 run `nap-ingress configure --controller-version 3.6` (or your version) to get `HostRegexp`."
                          : " Rendered for Traefik \(plan.options.controllerVersion ?? "") (before 3.7): the preview host uses `HostRegexp`."),
            "An entry point named `\(Self.secureEntryPoint)` serving TLS (the Helm chart's default).",
        ]
        if let ingressClass = plan.options.ingressClass {
            prerequisites.append(modern
                ? "The IngressClass `\(ingressClass)` (spec.ingressClassName) must be the one your Traefik watches."
                : "Traefik's CRD provider must watch the class `\(ingressClass)` (`--providers.kubernetescrd.ingressclass=\(ingressClass)`).")
        }
        return ControllerNotes(
            prerequisites: prerequisites,
            verify: [
                "kubectl get ingressroute,serverstransport -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)",
                "kubectl logs -n <traefik-namespace> deploy/traefik | grep -i -E 'error.*nap-'   # must print nothing",
            ],
            cautions: [
                "Raise the `\(Self.secureEntryPoint)` entry point's read timeout: since v3.0 Traefik gives a client connection 60 s to be read (`respondingTimeouts.readTimeout`, static configuration, not settable in these manifests), which cuts long-lived WebSocket and streaming connections. Start Traefik with `--entryPoints.\(Self.secureEntryPoint).transport.respondingTimeouts.readTimeout=0` (Helm: `additionalArguments`) and check `idleTimeout` (180 s default) too.",
                "Traefik does not redirect HTTP to HTTPS by itself: set `--entryPoints.web.http.redirections.entryPoint.to=\(Self.secureEntryPoint)` and `--entryPoints.web.http.redirections.entryPoint.scheme=https` if users may type `http://`.",
            ])
    }
}
