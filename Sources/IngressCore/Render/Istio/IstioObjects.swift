/// Istio's classic `networking.istio.io/v1` Gateway: which hosts and certificates the ingress gateway serves.
struct IstioGateway: Encodable, Sendable {
    var apiVersion = "networking.istio.io/v1"
    var kind = "Gateway"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var selector: StringMap
        var servers: [Server]
    }

    struct Server: Encodable, Sendable {
        var port: Port
        /// `namespace/host`: only VirtualServices in that namespace may bind to the host.
        var hosts: [String]
        var tls: TLS
    }

    struct Port: Encodable, Sendable {
        var number: Int
        var name: String
        var `protocol`: String
    }

    struct TLS: Encodable, Sendable {
        var mode: String?
        /// A Secret in the gateway workload's namespace.
        var credentialName: String?
        var httpsRedirect: Bool?
    }
}

/// Istio's `networking.istio.io/v1` VirtualService: routes one host from the Gateway to a Service.
struct VirtualService: Encodable, Sendable {
    var apiVersion = "networking.istio.io/v1"
    var kind = "VirtualService"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var hosts: [String]
        /// `namespace/name` of the Gateway.
        var gateways: [String]
        var http: [HTTPRoute]
    }

    /// No `timeout`: Istio's default is none, and `0s` fails its schema.
    struct HTTPRoute: Encodable, Sendable {
        var route: [Destination]
    }

    struct Destination: Encodable, Sendable {
        var destination: Target
    }

    struct Target: Encodable, Sendable {
        /// A short name, resolved in the VirtualService's namespace (no cluster-domain assumption).
        var host: String
        var port: Port
    }

    struct Port: Encodable, Sendable {
        var number: Int
    }
}
