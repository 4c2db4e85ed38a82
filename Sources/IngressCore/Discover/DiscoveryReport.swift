/// What discover found and proposes, ready for `--format json` and the text table.
public struct DiscoveryReport: Equatable, Sendable, Encodable {
    /// A controller found in the cluster, with the facts that revealed it.
    public struct FoundController: Equatable, Sendable, Encodable {
        /// The `--controller` id (`INGRESS_CONTROLLER`).
        public var controller: String
        public var name: String
        /// The IngressClass to use (`INGRESS_CLASS`), when one was found.
        public var ingressClass: String?
        /// One line per fact, e.g. `IngressClass traefik (spec.controller traefik.io/ingress-controller, default)`.
        public var evidence: [String]
    }

    /// A proposed ingress entry (`INGRESS_ENTRY`): an address, or a host name (then CNAME records).
    public struct Entry: Equatable, Sendable, Encodable {
        /// The IP or host name; empty while the load balancer is pending.
        public var address: String
        /// `ip`, `hostname` or `pending`.
        public var kind: String
        /// Where it came from, e.g. `Service kube-system/traefik (LoadBalancer)`.
        public var source: String
        /// The `--controller` id it belongs to.
        public var controller: String?
    }

    /// A GatewayClass, for Gateway API and for TURN's UDPRoute.
    public struct GatewayClassRow: Equatable, Sendable, Encodable {
        public var name: String
        public var controllerName: String
        /// The implementation's name when known (Envoy Gateway, Cilium, ...).
        public var implementation: String?
        public var accepted: Bool?
        /// Whether the cluster serves UDPRoute (TURN over a Gateway needs it and an implementation that supports UDP).
        public var udpRoute: Bool
    }

    /// One of the TLS Secrets, checked as the PEM files of `TLS_SOURCE=files` are.
    public struct SecretRow: Equatable, Sendable, Encodable {
        public var name: String
        public var namespace: String
        /// `found`, `missing`, `not allowed`, or `no tls.crt`.
        public var state: String
        public var namesCovered: [String]
        public var daysLeft: Int?
        /// The cert-manager Certificate that writes this Secret, as `namespace/name`.
        public var certificate: String?
    }

    /// A finding, as the other commands print them.
    public struct Finding: Equatable, Sendable, Encodable {
        public var code: String
        public var severity: String
        /// What it is about: a key, a Secret, a Service.
        public var subject: String
        public var message: String
        public var hint: String?
        /// The finding itself (identity, not words), so the wizard places it by subject and
        /// words it by its labels; the JSON holds the command line's words only.
        public var diagnostic: Diagnostic

        public init(_ diagnostic: Diagnostic) {
            code = diagnostic.code
            severity = diagnostic.severity.rawValue
            subject = diagnostic.field
            message = diagnostic.message
            hint = diagnostic.commandLineHint
            self.diagnostic = diagnostic
        }

        enum CodingKeys: String, CodingKey { case code, severity, subject, message, hint }
    }

    /// The platform namespace and its three Services.
    public struct Platform: Equatable, Sendable, Encodable {
        public var namespace: String
        /// Nil when it could not be learned (not allowed).
        public var namespaceExists: Bool?
        public var services: [PlatformService]
        public var turnPods: [TURNPod]
    }

    /// One of nap-cp, nap-browser, nap-sandbox and whether it has the port the routes use.
    public struct PlatformService: Equatable, Sendable, Encodable {
        public var name: String
        public var port: Int
        /// `ok`, `missing`, `no port <n>`, `unknown`.
        public var state: String
    }

    /// A coturn pod and how TURN reaches it.
    public struct TURNPod: Equatable, Sendable, Encodable {
        public var name: String
        public var hostNetwork: Bool
        public var hostPorts: [Int]
    }

    /// The installed Gateway API CRDs' bundle version and channel.
    public struct GatewayAPIBundle: Equatable, Sendable, Encodable {
        public var version: String?
        public var channel: String?
        public var udpRoute: Bool
    }

    /// The answers discover proposes: only what the cluster shows without doubt, as `configure` flags.
    public struct Proposal: Equatable, Sendable, Encodable {
        public var controller: String?
        public var ingressClass: String?
        public var entry: String?
        public var issuer: String?
        /// The `nap-ingress configure` command line with these answers (typed answers and values.env still win).
        public var configure: String?
    }

    public var serverVersion: String?
    public var proposal = Proposal()
    public var controllers: [FoundController] = []
    public var entries: [Entry] = []
    public var gatewayAPI: GatewayAPIBundle?
    public var gatewayClasses: [GatewayClassRow] = []
    public var issuers: [IssuerObject] = []
    public var secrets: [SecretRow] = []
    public var platform: Platform
    /// Routing objects already serving the platform's hosts: adopted in place, or in conflict.
    public var conflicts: [RoutingConflict] = []
    /// Resource types the credentials may not read.
    public var notAllowed: [String] = []
    public var findings: [Finding] = []
}
