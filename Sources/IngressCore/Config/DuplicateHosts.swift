extension ControllerDescriptor {
    /// What a controller does when a second routing object serves one of the platform's hosts,
    /// worded from its own documentation or source: discover's conflicts and verify's likely cause.
    public struct DuplicateHosts: Sendable {
        /// One kind of second object and what the controller does with it.
        public struct Rule: Sendable {
            /// kubectl resource names (`ingresses.networking.k8s.io`) the rule is about.
            public var kinds: [String]
            /// Error when the platform's own object stops serving, warning when the controller merges or picks one.
            public var severity: Diagnostic.Severity
            /// What happens, as one clause after "with <controller>, …".
            public var outcome: String
        }

        /// Which verify cell a second object shows up in: a refused handshake (no certificate for the
        /// name, as Envoy under Contour), or an HTTP answer from the wrong backend.
        public enum Symptom: Equatable, Sendable {
            case handshake
            case httpStatus
        }

        public var rules: [Rule]
        /// Where verify mentions a second object as the likely cause; nil when it would not read true.
        public var symptom: Symptom?
        /// The sentence verify adds to that cell.
        public var verifyCause: String

        /// The rule for a kind, when the controller serves that kind at all.
        public func rule(for kind: String) -> Rule? { rules.first { $0.kinds.contains(kind) } }
    }

    /// The one home of this controller's duplicate-host behaviour (confirmed against upstream sources:
    /// Contour's httpproxy_processor.go, ingress-nginx's "how it works", NGINX's host-collisions page,
    /// the Gateway API route precedence, Istio's virtual-service merging, Traefik's rule priorities).
    public var duplicateHosts: DuplicateHosts {
        let listed = "`nap-ingress discover` lists the objects that serve each host"
        switch id {
        case .contour:
            return .init(rules: [
                .init(kinds: [RoutingKind.httpProxy.resource], severity: .error,
                      outcome: "Contour marks every root HTTPProxy for one fqdn invalid (\"fqdn … is used in multiple HTTPProxies\"), so both stop serving the host"),
                .init(kinds: [RoutingKind.ingress.resource], severity: .warning,
                      outcome: "Contour adds the Ingress's rules to the host's virtual host when it serves the Ingress's class; for a path both route, the HTTPProxy's route replaces the Ingress's, other paths reach the Ingress's backend"),
            ], symptom: .handshake,
            verifyCause: "a second root HTTPProxy for this fqdn is a common cause: Contour marks both invalid (status \"fqdn … is used in multiple HTTPProxies\") and Envoy then has no certificate for the name; \(listed)")
        case .ingressNginx:
            return .init(rules: [
                .init(kinds: [RoutingKind.ingress.resource], severity: .warning,
                      outcome: "ingress-nginx merges every Ingress for one host into one server in creationTimestamp order: for a path defined twice the oldest Ingress wins, and so do its TLS section and server annotations"),
            ], symptom: .httpStatus,
            verifyCause: "a second Ingress for this host is a common cause: ingress-nginx lets the oldest Ingress win a path both define; \(listed)")
        case .nginxInc:
            return .init(rules: [
                .init(kinds: [RoutingKind.ingress.resource, RoutingKind.virtualServer.resource], severity: .error,
                      outcome: "F5 NGINX Ingress Controller lets one resource own a host: the oldest (creationTimestamp) wins and the others are rejected, unless they are mergeable Ingress master and minions"),
            ], symptom: .httpStatus,
            verifyCause: "a second Ingress or VirtualServer for this host is a common cause: F5 NGINX gives the host to the oldest and rejects the others; \(listed)")
        case .traefik:
            return .init(rules: [
                .init(kinds: [RoutingKind.ingressRoute.resource, RoutingKind.ingressRouteContainous.resource,
                              RoutingKind.ingress.resource, RoutingKind.httpRoute.resource], severity: .warning,
                      outcome: "Traefik keeps both routers and, unless a priority is set, tries the one with the longer rule first, so requests for the host may reach the other object's service"),
            ], symptom: .httpStatus,
            verifyCause: "a second router for this host is a common cause: Traefik tries the longer rule first; \(listed)")
        case .istio:
            return .init(rules: [
                .init(kinds: [RoutingKind.virtualService.resource], severity: .warning,
                      outcome: "Istio merges the VirtualServices bound to one gateway for a host in no guaranteed order: the first matching route wins, whichever object it came from"),
                .init(kinds: [RoutingKind.istioGateway.resource], severity: .warning,
                      outcome: "Istio gives no guarantee which of two Gateway servers for one host and port the gateway uses"),
            ], symptom: .httpStatus,
            verifyCause: "a second VirtualService for this host is a common cause: Istio merges them in no guaranteed order; \(listed)")
        case .gatewayAPI:
            return .init(rules: [
                .init(kinds: [RoutingKind.httpRoute.resource], severity: .warning,
                      outcome: "Gateway API merges the HTTPRoutes attached to one Gateway listener for a host; where two match the same path, the oldest Route wins (creationTimestamp, then namespace/name); attached to another Gateway, it answers where the DNS records point at that Gateway's address"),
                .init(kinds: [RoutingKind.gateway.resource], severity: .warning,
                      outcome: "a second Gateway with a listener for the host answers wherever the DNS records point at its address instead"),
            ], symptom: .httpStatus,
            verifyCause: "a second HTTPRoute for this host is a common cause: the oldest Route wins a path both match; \(listed)")
        case .haproxy:
            return .init(rules: [
                .init(kinds: [RoutingKind.ingress.resource], severity: .warning,
                      outcome: "HAProxy's documentation does not say which of two Ingress objects for one host and path answers"),
            ], symptom: .httpStatus,
            verifyCause: "a second Ingress for this host is a common cause; \(listed)")
        case .ingress:
            return .init(rules: [
                .init(kinds: [RoutingKind.ingress.resource], severity: .warning,
                      outcome: "what happens to two Ingress objects for one host depends on the controller (ingress-nginx merges them and the oldest wins a path, F5 NGINX gives the host to the oldest)"),
            ], symptom: .httpStatus,
            verifyCause: "a second Ingress for this host is a common cause; \(listed)")
        }
    }
}
