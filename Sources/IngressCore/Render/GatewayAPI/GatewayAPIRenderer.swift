/// Gateway API: a Gateway with an HTTPS listener per host (or an existing Gateway), an HTTPRoute per route,
/// and a ReferenceGrant when the Gateway reads the TLS Secrets from another namespace.
public struct GatewayAPIRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.gatewayAPI

    /// The name of the Gateway nap-ingress renders when it is not told to use an existing one.
    static let renderedGatewayName = "nap"
    static let httpListener = "http"

    public init() {}

    /// Where the routes attach: the existing Gateway named in GATEWAY_NAME, or the rendered one.
    struct Parent {
        var name: String
        var namespace: String
        var isRendered: Bool
    }

    static func parent(_ plan: Plan) -> Parent {
        Parent(name: plan.options.gatewayName ?? renderedGatewayName,
               namespace: plan.options.gatewayNamespace ?? plan.namespace,
               isRendered: plan.options.gatewayName == nil)
    }

    static func listenerName(_ route: Route) -> String { "https-\(route.name.rawValue)" }

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        let parent = Self.parent(plan)
        let crossNamespace = parent.namespace != plan.namespace
        var files: [ManifestFile] = []

        if parent.isRendered, let gatewayClass = plan.options.ingressClass {
            // Routes live in the platform's namespace; a Gateway elsewhere must admit exactly that namespace.
            let allowed = crossNamespace
                ? Gateway.AllowedRoutes(namespaces: .init(selector: .init(matchLabels: ["kubernetes.io/metadata.name": plan.namespace])))
                : nil
            var listeners = plan.routes.map { route in
                let secretNamespace = secretNamespace(plan, route.tlsSecret)
                return Gateway.Listener(
                    name: Self.listenerName(route), hostname: route.host, port: 443, protocol: "HTTPS",
                    tls: .init(certificateRefs: [.init(name: route.tlsSecret, namespace: secretNamespace == parent.namespace ? nil : secretNamespace)]),
                    allowedRoutes: allowed)
            }
            listeners.append(.init(name: Self.httpListener, port: 80, protocol: "HTTP", allowedRoutes: allowed))
            files.append(ManifestFile(name: "gateway-api-gateway.yaml", objects: [Gateway(
                metadata: ObjectMeta(name: parent.name, namespace: parent.namespace, component: "gateway"),
                spec: .init(gatewayClassName: gatewayClass, listeners: listeners))]))
        }

        var routes: [any Encodable & Sendable] = plan.routes.map { route in
            HTTPRoute(
                metadata: ObjectMeta(name: route.objectName, namespace: plan.namespace, component: route.name.rawValue),
                spec: .init(
                    parentRefs: [.init(name: parent.name, namespace: crossNamespace ? parent.namespace : nil,
                                       sectionName: parent.isRendered ? Self.listenerName(route) : nil)],
                    hostnames: [route.host],
                    rules: [.init(matches: [.init(path: .init())], backendRefs: [.init(name: route.service, port: route.port)],
                                  timeouts: route.longLived ? .init(request: "0s") : nil)]))
        }
        if parent.isRendered {
            // Only on the rendered Gateway's HTTP listener: attached to an unknown Gateway it could loop on HTTPS.
            routes.append(HTTPRoute(
                metadata: ObjectMeta(name: "nap-https-redirect", namespace: plan.namespace, component: "https-redirect"),
                spec: .init(parentRefs: [.init(name: parent.name, namespace: crossNamespace ? parent.namespace : nil, sectionName: Self.httpListener)],
                            hostnames: plan.routes.map(\.host),
                            rules: [.init(filters: [.init(requestRedirect: .init())])])))
        }
        files.append(ManifestFile(name: "gateway-api-httproute.yaml", objects: routes))

        let grants = referenceGrants(plan, gatewayNamespace: parent.namespace)
        if !grants.isEmpty {
            files.append(ManifestFile(name: "gateway-api-referencegrant.yaml", objects: grants))
        }
        return files
    }

    func secretNamespace(_ plan: Plan, _ secret: String) -> String {
        plan.tls.first { $0.secretName == secret }?.namespace ?? plan.namespace
    }

    /// One grant per Secret namespace that differs from the Gateway's, naming only nap-ingress's Secrets.
    func referenceGrants(_ plan: Plan, gatewayNamespace: String) -> [ReferenceGrant] {
        var byNamespace: [(namespace: String, secrets: [String])] = []
        for req in plan.tls where req.namespace != gatewayNamespace {
            if let index = byNamespace.firstIndex(where: { $0.namespace == req.namespace }) {
                byNamespace[index].secrets.append(req.secretName)
            } else {
                byNamespace.append((req.namespace, [req.secretName]))
            }
        }
        return byNamespace.map { entry in
            ReferenceGrant(
                metadata: ObjectMeta(name: "nap-gateway-tls-from-\(gatewayNamespace)", namespace: entry.namespace, component: "reference-grant"),
                spec: .init(from: [.init(namespace: gatewayNamespace)], to: entry.secrets.map { .init(name: $0) }))
        }
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        let parent = Self.parent(plan)
        let gatewayRef = "gateways.gateway.networking.k8s.io \(parent.name) -n \(parent.namespace)"
        var prerequisites = [
            "Gateway API CRDs v1.2 or later, standard channel (HTTPRoute `timeouts`): `kubectl apply --server-side -f https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.2.1/standard-install.yaml` (or newer; skip if `kubectl get crd httproutes.gateway.networking.k8s.io` already shows them).",
        ]
        var cautions: [String] = []
        if parent.isRendered {
            prerequisites.append("A Gateway API implementation that supports HTTPRoute timeouts (its conformance report lists `HTTPRouteRequestTimeout`) with the GatewayClass `\(plan.options.ingressClass ?? "<INGRESS_CLASS>")` accepted: `kubectl get gatewayclass \(plan.options.ingressClass ?? "<INGRESS_CLASS>")` must show ACCEPTED True.")
            if parent.namespace != plan.namespace {
                prerequisites.append("The namespace `\(parent.namespace)` must exist; the Gateway there admits routes only from `\(plan.namespace)` (label `kubernetes.io/metadata.name`).")
            }
        } else {
            let hosts = plan.routes.map { "`\($0.host)`" }.joined(separator: ", ")
            prerequisites.append("The existing Gateway `\(parent.namespace)/\(parent.name)` must have HTTPS listeners (TLS mode Terminate) whose hostnames cover \(hosts) (no hostname, or those names), with certificates for them"
                                 + " (e.g. certificateRefs to " + plan.tls.map { "`\($0.namespace)/\($0.secretName)`" }.joined(separator: " and ") + "),"
                                 + " and `allowedRoutes` admitting routes from namespace `\(plan.namespace)`. nap-ingress renders no Gateway and no HTTP-to-HTTPS redirect for it.")
            cautions.append("The HTTPRoutes have no `sectionName`: they attach to every listener of `\(parent.name)` whose hostname matches, plain-HTTP ones included. Restrict the Gateway's HTTP listener (or add `sectionName` to `parentRefs`) if the platform must be HTTPS-only.")
        }
        if parent.namespace != plan.namespace {
            cautions.append("The Gateway is in `\(parent.namespace)` and the TLS Secrets in `\(plan.namespace)`: `gateway-api-referencegrant.yaml` allows exactly that (Gateways in `\(parent.namespace)` may read " + plan.tls.map { "`\($0.secretName)`" }.joined(separator: " and ") + "). Without it the listeners report ResolvedRefs False (RefNotPermitted).")
        }
        cautions.append("Long-lived routes carry `timeouts.request: \"0s\"` (no timeout). Without it Envoy Gateway cuts every request after 15 s, and other implementations after their own default; `files.` keeps the default on purpose. An implementation without `timeouts` support may ignore the field or refuse the route: check that every route shows Accepted True below.")
        cautions.append("The listener `\(plan.hosts?.previewWildcard ?? "*.sandbox.<main>")` also matches deeper names (`a.b.sandbox.…`), but the wildcard certificate covers one label only: previews use one label (`{id}-{port}`), so this is expected.")
        return ControllerNotes(
            prerequisites: prerequisites,
            verify: [
                "kubectl get \(gatewayRef) -o wide   # PROGRAMMED must be True",
                "kubectl get httproute -n \(plan.namespace) -l \(ObjectMeta.managedBySelector) -o jsonpath='{range .items[*]}{.metadata.name}{\" accepted=\"}{.status.parents[*].conditions[?(@.type==\"Accepted\")].status}{\" refs=\"}{.status.parents[*].conditions[?(@.type==\"ResolvedRefs\")].status}{\"\\n\"}{end}'   # every line True",
            ],
            cautions: cautions)
    }
}
