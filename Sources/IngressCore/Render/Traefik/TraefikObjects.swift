/// Traefik v3's `traefik.io/v1alpha1` IngressRoute, with the fields nap-ingress renders.
struct IngressRoute: Encodable, Sendable {
    var apiVersion = "traefik.io/v1alpha1"
    var kind = "IngressRoute"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        /// Only from Traefik 3.7 (older CRDs reject the field); older releases read an annotation.
        var ingressClassName: String?
        var entryPoints: [String]
        var routes: [RouteSpec]
        var tls: TLS
    }

    struct RouteSpec: Encodable, Sendable {
        var kind = "Rule"
        var match: String
        var services: [Service]
    }

    struct Service: Encodable, Sendable {
        var name: String
        var port: Int
        /// A ServersTransport in the IngressRoute's namespace.
        var serversTransport: String?
    }

    struct TLS: Encodable, Sendable {
        var secretName: String
    }
}

/// Traefik v3's `traefik.io/v1alpha1` ServersTransport: how Traefik talks to the backend Services.
struct ServersTransport: Encodable, Sendable {
    var apiVersion = "traefik.io/v1alpha1"
    var kind = "ServersTransport"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var forwardingTimeouts: ForwardingTimeouts
    }

    struct ForwardingTimeouts: Encodable, Sendable {
        /// `0s`: wait for response headers for ever (an SSE response may start late).
        var responseHeaderTimeout: String
    }
}
