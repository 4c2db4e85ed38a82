/// Everything nap-ingress knows about one ingress controller, in one value: what it renders, which
/// options it reads, where its Secrets live, how it keeps a route open, and how it shows itself in a
/// cluster. Validation, the plan, NEXT-STEPS.md, the wizard, the CLI, `discover` and `verify` ask this
/// value instead of switching on the controller; adding a controller is adding one of these.
public struct ControllerDescriptor: Sendable {
    /// The `--controller` value (`INGRESS_CONTROLLER`).
    public var id: IngressControllerKind
    /// The name operators know the controller by (wizard choice, NEXT-STEPS.md title).
    public var displayName: String
    /// Turns the plan into this controller's objects and NEXT-STEPS notes.
    public var renderer: any ControllerRenderer
    /// The controller-specific options it reads, in the order the wizard asks them; any other
    /// controller option is unused (and reported as such when set).
    public var options: [Option]
    /// Where the two TLS Secrets must live for the controller to read them.
    public var secretHome: SecretHome
    /// The kinds nap-ingress renders for it, fully qualified (`kubectl get`/`delete` names):
    /// Istio and Gateway API both have a `gateway`.
    public var resourceKinds: [String]
    /// The oldest release the rendered objects work with, as NEXT-STEPS.md names it.
    public var minimumVersion: String
    /// Releases from which the rendered output changes (`INGRESS_CONTROLLER_VERSION` matters only
    /// when this is not empty).
    public var versionChanges: [VersionChange]
    /// How the controller is told a route is long-lived (SSE, WebSockets), for NEXT-STEPS and verify's fixes.
    public var longLivedRoutes: String
    /// What cuts an idle connection when nothing is configured.
    public var defaultIdleTimeout: IdleTimeout
    /// How the controller reveals itself in a cluster (`discover`).
    public var signature: ClusterSignature
    /// The certificate it serves when no Secret matches the name, when it has one (`verify`).
    public var placeholderCertificate: PlaceholderCertificate?

    /// One option a controller reads, with the wording its own documentation uses for it.
    public struct Option: Equatable, Sendable {
        public var key: OwnedKey
        /// The field's name for this controller (e.g. "GatewayClass" for `INGRESS_CLASS` under Gateway API).
        public var label: String

        public init(_ key: OwnedKey, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    /// Where the TLS Secrets must be created.
    public enum SecretHome: Equatable, Sendable {
        /// Next to the routes, in the platform's namespace (`NAP_NAMESPACE`).
        case platformNamespace
        /// In the platform's namespace, read by a Gateway that may live elsewhere (then through a ReferenceGrant).
        case platformNamespaceByReference
        /// In the namespace this option names, and why (Istio: its gateway workload's namespace).
        case namespaceOption(OwnedKey, why: String)
    }

    /// A release from which the rendered output changes.
    public struct VersionChange: Sendable {
        public var from: ReleaseVersion
        /// What is rendered differently from that release on.
        public var change: String
    }

    /// The proxy's default idle or response timeout, for verify's hold and its fix.
    public struct IdleTimeout: Equatable, Sendable {
        /// Seconds after which an idle stream is cut by default; nil when nothing cuts it by default
        /// or it depends on the implementation.
        public var seconds: Int?
        /// Which setting it is, e.g. "proxy-read-timeout (60 s)".
        public var setting: String
    }

    /// The strings and resources that show a controller runs in a cluster.
    public struct ClusterSignature: Equatable, Sendable {
        /// `IngressClass.spec.controller` values it serves.
        public var ingressClassControllers: [String] = []
        /// Whether `spec.controller` may carry a `/<instance>` suffix (HAProxy's `--ingress.class`).
        public var ingressClassControllerSuffix = false
        /// The IngressClass name it serves when it matches classes by name rather than by
        /// `spec.controller` (Contour: `--ingress-class-name`, `contour` by default).
        public var ingressClassName: String?
        /// The class its Helm chart installs (used when `INGRESS_CLASS` is empty).
        public var defaultIngressClass: String?
        /// `GatewayClass.spec.controllerName` values of its Gateway API implementation.
        public var gatewayClassControllers: [String] = []
        /// CRDs whose presence reveals it.
        public var crds: [String] = []
        /// Labels its Helm chart or manifests put on its Service (any one pair matches): `discover`
        /// finds the load balancer's address there.
        public var serviceLabels: [String: String] = [:]

        /// Whether an IngressClass with this `spec.controller` belongs to the controller.
        public func serves(ingressClassController controller: String) -> Bool {
            ingressClassControllers.contains { known in
                controller == known || (ingressClassControllerSuffix && controller.hasPrefix(known + "/"))
            }
        }
    }

    /// The certificate a controller serves for a name it has no Secret for.
    public struct PlaceholderCertificate: Equatable, Sendable {
        /// The subject's common name, when it is fixed.
        public var subjectCommonName: String?
        /// The issuer's common name, when the subject varies per install.
        public var issuerCommonName: String?
        /// Where it comes from, for the operator.
        public var origin: String

        /// Whether a certificate with these names is the placeholder.
        public func matches(subject: String?, issuer: String?) -> Bool {
            if let subjectCommonName { return subject == subjectCommonName }
            if let issuerCommonName { return issuer == issuerCommonName }
            return false
        }
    }

    /// The namespace the Secrets must live in under `config`'s answers.
    public func secretNamespace(_ config: Config) -> String {
        switch secretHome {
        case .platformNamespace, .platformNamespaceByReference: config[.namespace]
        case .namespaceOption(let key, _): config[key]
        }
    }

    /// Whether the controller reads `key`.
    public func uses(_ key: OwnedKey) -> Bool { options.contains { $0.key == key } }

    /// Since when the project is retired (no releases, no security fixes), when it is.
    public var retiredSince: String? = nil

    /// How it answers a TLS handshake for a host whose Secret it does not have, when it refuses
    /// the handshake rather than serve a placeholder certificate (`verify` names the Secret then).
    public var handshakeRejection: HandshakeRejection? = nil

    /// A refused handshake: what the client receives, and when the controller sends it.
    public struct HandshakeRejection: Equatable, Sendable {
        /// The TLS alert the client receives, e.g. `unrecognized_name`.
        public var alert: String
        /// When the controller refuses, in the operator's words.
        public var origin: String
    }

    /// Whether `INGRESS_CONTROLLER_VERSION` changes what is rendered.
    public var versionMatters: Bool { !versionChanges.isEmpty }

    /// Every controller, in the order the wizard and help list them.
    public static var all: [ControllerDescriptor] { IngressControllerKind.allCases.map(\.descriptor) }

    /// The controller options any controller reads: a key here that the chosen controller does not use is ignored.
    public static var optionKeys: [OwnedKey] {
        var keys: [OwnedKey] = []
        for descriptor in all {
            for option in descriptor.options where !keys.contains(option.key) { keys.append(option.key) }
        }
        return keys
    }

    /// `contour, ingress-nginx, … or ingress`: the ids, for help texts and hints.
    public static var idList: String {
        let ids = IngressControllerKind.allCases.map(\.rawValue)
        return ids.dropLast().joined(separator: ", ") + " or " + (ids.last ?? "")
    }
}

/// A Gateway API implementation nap-ingress can name from its GatewayClass (`--controller gateway-api`).
public struct GatewayImplementation: Equatable, Sendable {
    public var name: String
    /// Its `GatewayClass.spec.controllerName`.
    public var controllerName: String
    public var defaultIdleTimeout: ControllerDescriptor.IdleTimeout

    /// Implementations that serve HTTPRoutes, whose controller names were checked in their sources
    /// (HAProxy's `haproxy.org/gateway-controller` serves TCPRoutes only: it is in HAProxy's descriptor).
    public static let known: [GatewayImplementation] = [
        .init(name: "Envoy Gateway", controllerName: "gateway.envoyproxy.io/gatewayclass-controller",
              defaultIdleTimeout: .init(seconds: 15, setting: "Envoy's route timeout (15 s)")),
        .init(name: "Cilium", controllerName: "io.cilium/gateway-controller",
              defaultIdleTimeout: .init(seconds: 15, setting: "Envoy's route timeout (15 s)")),
        .init(name: "Contour", controllerName: "projectcontour.io/gateway-controller",
              defaultIdleTimeout: .init(seconds: 15, setting: "Envoy's route timeout (15 s)")),
        .init(name: "NGINX Gateway Fabric", controllerName: "gateway.nginx.org/nginx-gateway-controller",
              defaultIdleTimeout: .init(seconds: 60, setting: "nginx's proxy_read_timeout (60 s)")),
        .init(name: "Traefik", controllerName: "traefik.io/gateway-controller",
              defaultIdleTimeout: .init(seconds: 60, setting: "the entry point's respondingTimeouts.readTimeout (60 s)")),
        .init(name: "Istio", controllerName: "istio.io/gateway-controller",
              defaultIdleTimeout: .init(seconds: nil, setting: "none: Istio sets no route timeout by default")),
    ]

    /// The implementation behind a GatewayClass's `controllerName`, when nap-ingress knows it.
    public static func named(controllerName: String) -> GatewayImplementation? {
        known.first { $0.controllerName == controllerName }
    }
}
