/// A core `v1` Service for the coturn pods, with the fields nap-ingress renders.
struct TURNService: Encodable, Sendable {
    var apiVersion = "v1"
    var kind = "Service"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var type: String
        var selector: StringMap
        /// `Local` keeps the client's source address, which TURN needs; nil for ClusterIP.
        var externalTrafficPolicy: String?
        var loadBalancerIP: String?
        var ports: [Port]
    }

    struct Port: Encodable, Sendable {
        var name: String
        var `protocol`: String
        var port: Int
        var targetPort: Int
        var nodePort: Int?
    }
}
