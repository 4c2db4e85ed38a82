/// Gateway API `gateway.networking.k8s.io/v1` objects for TURN: a Gateway with TCP/UDP
/// listeners and the routes attached to them.
enum TURNGatewayAPI {
    static let apiVersion = "gateway.networking.k8s.io/v1"

    /// A Gateway with L4 listeners (never a hostname: TCP and UDP listeners cannot have one).
    struct Gateway: Encodable, Sendable {
        var apiVersion = TURNGatewayAPI.apiVersion
        var kind = "Gateway"
        var metadata: ObjectMeta
        var spec: Spec

        struct Spec: Encodable, Sendable {
            var gatewayClassName: String
            var addresses: [Address]?
            var listeners: [Listener]
        }

        struct Address: Encodable, Sendable {
            var type = "IPAddress"
            var value: String
        }

        struct Listener: Encodable, Sendable {
            var name: String
            var port: Int
            var `protocol`: String
        }
    }

    /// A UDPRoute or TCPRoute: one listener to one Service port (a route holds one rule).
    struct L4Route: Encodable, Sendable {
        var apiVersion = TURNGatewayAPI.apiVersion
        var kind: String
        var metadata: ObjectMeta
        var spec: Spec

        struct Spec: Encodable, Sendable {
            var parentRefs: [ParentRef]
            var rules: [Rule]
        }

        struct ParentRef: Encodable, Sendable {
            var name: String
            var sectionName: String
        }

        struct Rule: Encodable, Sendable {
            var backendRefs: [BackendRef]
        }

        struct BackendRef: Encodable, Sendable {
            var name: String
            var port: Int
        }
    }
}
