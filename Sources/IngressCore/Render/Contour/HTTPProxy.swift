/// Contour's `projectcontour.io/v1` HTTPProxy, with the fields nap-ingress renders.
struct HTTPProxy: Encodable, Sendable {
    var apiVersion = "projectcontour.io/v1"
    var kind = "HTTPProxy"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var ingressClassName: String?
        var virtualhost: VirtualHost
        var routes: [RouteSpec]
    }

    struct VirtualHost: Encodable, Sendable {
        var fqdn: String
        var tls: TLS
    }

    struct TLS: Encodable, Sendable {
        var secretName: String
    }

    struct RouteSpec: Encodable, Sendable {
        var conditions: [Condition]
        var enableWebsockets: Bool?
        var timeoutPolicy: TimeoutPolicy?
        var services: [Service]
    }

    struct Condition: Encodable, Sendable {
        var prefix: String
    }

    struct TimeoutPolicy: Encodable, Sendable {
        var response: String
        var idle: String
    }

    struct Service: Encodable, Sendable {
        var name: String
        var port: Int
    }
}
