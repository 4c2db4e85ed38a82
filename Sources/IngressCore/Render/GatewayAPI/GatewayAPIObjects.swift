/// Gateway API's `gateway.networking.k8s.io/v1` Gateway, with the fields nap-ingress renders.
struct Gateway: Encodable, Sendable {
    var apiVersion = "gateway.networking.k8s.io/v1"
    var kind = "Gateway"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var gatewayClassName: String
        var listeners: [Listener]
    }

    struct Listener: Encodable, Sendable {
        var name: String
        /// `*.x` matches any number of labels here (a TLS wildcard covers only one).
        var hostname: String?
        var port: Int
        var `protocol`: String
        var tls: TLS?
        var allowedRoutes: AllowedRoutes?
    }

    struct TLS: Encodable, Sendable {
        var mode = "Terminate"
        var certificateRefs: [SecretRef]
    }

    struct SecretRef: Encodable, Sendable {
        var group = ""
        var kind = "Secret"
        var name: String
        /// Set only across namespaces, where a ReferenceGrant must allow it.
        var namespace: String?
    }

    struct AllowedRoutes: Encodable, Sendable {
        var namespaces: Namespaces
    }

    struct Namespaces: Encodable, Sendable {
        var from = "Selector"
        var selector: Selector
    }

    struct Selector: Encodable, Sendable {
        var matchLabels: StringMap
    }
}

/// Gateway API's `gateway.networking.k8s.io/v1` HTTPRoute.
struct HTTPRoute: Encodable, Sendable {
    var apiVersion = "gateway.networking.k8s.io/v1"
    var kind = "HTTPRoute"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var parentRefs: [ParentRef]
        var hostnames: [String]
        var rules: [Rule]
    }

    struct ParentRef: Encodable, Sendable {
        var name: String
        var namespace: String?
        /// The listener to attach to; nil attaches to every listener whose hostname matches.
        var sectionName: String?
    }

    struct Rule: Encodable, Sendable {
        var matches: [Match]?
        var filters: [Filter]?
        var backendRefs: [BackendRef]?
        var timeouts: Timeouts?
    }

    struct Match: Encodable, Sendable {
        var path: PathMatch
    }

    struct PathMatch: Encodable, Sendable {
        var type = "PathPrefix"
        var value = "/"
    }

    struct BackendRef: Encodable, Sendable {
        var name: String
        var port: Int
    }

    struct Timeouts: Encodable, Sendable {
        /// `0s` disables the request timeout (Envoy Gateway's default is 15 s).
        var request: String
    }

    struct Filter: Encodable, Sendable {
        var type = "RequestRedirect"
        var requestRedirect: Redirect
    }

    struct Redirect: Encodable, Sendable {
        var scheme = "https"
        var statusCode = 301
    }
}

/// Gateway API's ReferenceGrant: lets Gateways in another namespace read named Secrets in this one.
struct ReferenceGrant: Encodable, Sendable {
    /// v1beta1 is served by every Gateway API release since v0.6 (v1 only by the newest).
    var apiVersion = "gateway.networking.k8s.io/v1beta1"
    var kind = "ReferenceGrant"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var from: [From]
        var to: [To]
    }

    struct From: Encodable, Sendable {
        var group = "gateway.networking.k8s.io"
        var kind = "Gateway"
        var namespace: String
    }

    struct To: Encodable, Sendable {
        var group = ""
        var kind = "Secret"
        var name: String
    }
}
