/// What `discover` read from a cluster, as plain values: the core's rules judge it, the
/// `Cluster` target fills it in from kubectl. Nothing here holds a private key.
public struct ClusterSnapshot: Equatable, Sendable {
    /// The API server's `gitVersion`, e.g. `v1.31.0`.
    public var serverVersion: String?
    /// Resource types the server serves, as kubectl names them (`services`, `ingressroutes.traefik.io`).
    public var resourceTypes: Set<String> = []
    public var ingressClasses: [IngressClassObject] = []
    public var gatewayClasses: [GatewayClassObject] = []
    public var customResources: [CustomResourceDefinitionObject] = []
    public var services: [ServiceObject] = []
    public var gateways: [GatewayObject] = []
    public var issuers: [IssuerObject] = []
    public var certificates: [CertificateObject] = []
    public var secrets: [SecretCertificate] = []
    public var turnPods: [PodObject] = []
    /// Objects of every `RoutingKind` the server serves, whichever hosts they route.
    public var routingObjects: [RoutingObject] = []
    /// Namespaces asked about and whether they exist; a namespace missing here was not learned.
    public var namespaces: [String: Bool] = [:]
    /// Resource types the credentials may not read (the API server answered Forbidden).
    public var notAllowed: Set<String> = []
    /// Other errors kubectl reported, one line each, kept for the operator.
    public var errors: [String] = []

    public init(serverVersion: String? = nil) { self.serverVersion = serverVersion }

    /// Whether the server serves `type` (a kubectl resource name such as `udproutes.gateway.networking.k8s.io`).
    public func serves(_ type: String) -> Bool { resourceTypes.contains(type) }
}

/// An `IngressClass`: its name, `spec.controller` and the default-class annotation.
public struct IngressClassObject: Equatable, Sendable {
    public var name: String
    public var controller: String
    public var isDefault: Bool
    public init(name: String, controller: String, isDefault: Bool) {
        self.name = name; self.controller = controller; self.isDefault = isDefault
    }
}

/// A `GatewayClass`: its name, `spec.controllerName` and its `Accepted` condition (nil when not reported).
public struct GatewayClassObject: Equatable, Sendable {
    public var name: String
    public var controllerName: String
    public var accepted: Bool?
    public init(name: String, controllerName: String, accepted: Bool?) {
        self.name = name; self.controllerName = controllerName; self.accepted = accepted
    }
}

/// A `CustomResourceDefinition`'s name and, for Gateway API, its bundle version and channel annotations.
public struct CustomResourceDefinitionObject: Equatable, Sendable {
    public var name: String
    public var bundleVersion: String?
    public var channel: String?
    public init(name: String, bundleVersion: String? = nil, channel: String? = nil) {
        self.name = name; self.bundleVersion = bundleVersion; self.channel = channel
    }
}

/// A Service: type, ports, labels and, for a LoadBalancer, the addresses in `status.loadBalancer.ingress`.
public struct ServiceObject: Equatable, Sendable {
    public var namespace: String
    public var name: String
    public var type: String
    public var ports: [Int]
    public var labels: [String: String]
    /// IPs and host names from `status.loadBalancer.ingress`; empty while pending.
    public var loadBalancerAddresses: [String]
    public init(namespace: String, name: String, type: String, ports: [Int], labels: [String: String], loadBalancerAddresses: [String]) {
        self.namespace = namespace; self.name = name; self.type = type; self.ports = ports
        self.labels = labels; self.loadBalancerAddresses = loadBalancerAddresses
    }
}

/// A Gateway API `Gateway`: its class and `status.addresses`.
public struct GatewayObject: Equatable, Sendable {
    public var namespace: String
    public var name: String
    public var className: String
    public var addresses: [String]
    public init(namespace: String, name: String, className: String, addresses: [String]) {
        self.namespace = namespace; self.name = name; self.className = className; self.addresses = addresses
    }
}

/// A cert-manager `Issuer` or `ClusterIssuer`: Ready condition and the ACME solver types it has.
public struct IssuerObject: Equatable, Sendable, Encodable {
    public var kind: String
    /// Nil for a ClusterIssuer.
    public var namespace: String?
    public var name: String
    public var ready: Bool?
    /// `acme`, `ca`, `selfSigned`, `vault`, `venafi`, or another key of the spec.
    public var type: String
    /// For ACME: `http01` and/or `dns01`, one entry per solver.
    public var solvers: [String]
    public init(kind: String, namespace: String?, name: String, ready: Bool?, type: String, solvers: [String]) {
        self.kind = kind; self.namespace = namespace; self.name = name; self.ready = ready
        self.type = type; self.solvers = solvers
    }

    /// Whether it can issue the preview wildcard: ACME issues wildcards only through DNS-01; other issuer types can.
    public var canIssueWildcard: Bool { type != "acme" || solvers.contains("dns01") }

    private enum CodingKeys: String, CodingKey { case kind, namespace, name, ready, type, solvers, wildcard }

    /// discover's JSON row: the issuer as read, and whether it can issue the wildcard.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(namespace, forKey: .namespace)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(ready, forKey: .ready)
        try container.encode(type, forKey: .type)
        try container.encode(solvers, forKey: .solvers)
        try container.encode(canIssueWildcard, forKey: .wildcard)
    }
}

/// A cert-manager `Certificate`: which Secret it writes and from which issuer.
public struct CertificateObject: Equatable, Sendable {
    public var namespace: String
    public var name: String
    public var secretName: String
    public var issuerKind: String
    public var issuerName: String
    public var ready: Bool?
    public init(namespace: String, name: String, secretName: String, issuerKind: String, issuerName: String, ready: Bool?) {
        self.namespace = namespace; self.name = name; self.secretName = secretName
        self.issuerKind = issuerKind; self.issuerName = issuerName; self.ready = ready
    }
}

/// The `tls.crt` of one Secret (PEM text, decoded from base64); the key is never read.
public struct SecretCertificate: Equatable, Sendable {
    public var namespace: String
    public var name: String
    /// Nil when the Secret exists but has no `tls.crt`, or it was not base64.
    public var certificatePEM: String?
    public init(namespace: String, name: String, certificatePEM: String?) {
        self.namespace = namespace; self.name = name; self.certificatePEM = certificatePEM
    }
}

/// A TURN (coturn) pod matched by `TURN_SELECTOR`: how it is reachable from outside.
public struct PodObject: Equatable, Sendable {
    public var name: String
    public var hostNetwork: Bool
    public var hostPorts: [Int]
    public init(name: String, hostNetwork: Bool, hostPorts: [Int]) {
        self.name = name; self.hostNetwork = hostNetwork; self.hostPorts = hostPorts
    }
}
