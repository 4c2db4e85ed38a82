/// Everything nap-ingress knows about one owned key: the single home of its default, its
/// `configure` flag, its wizard label, its help and its value's shape. `configure`, the wizard,
/// the README and the man page come from it or are tested against it.
public struct KeySpec: Sendable {
    /// The shape of a key's value (what the command line and the wizard accept).
    public enum ValueKind: Equatable, Sendable {
        /// Free text (names, classes, addresses).
        case text
        /// One of a fixed set of values.
        case choice([String])
        /// A port number.
        case port
        /// A port range `MIN-MAX`.
        case portRange
        /// A path to a PEM file.
        case file
        /// Several items in one value, joined by `separator` (the flag may be repeated when `repeatable`).
        case list(separator: Character, repeatable: Bool)
    }

    /// Where a key has an effect; elsewhere it is kept but unused.
    public struct Applicability: Equatable, Sendable {
        /// The modes that read it (both when nil).
        public var mode: IngressMode?
        /// The TURN exposures that read it (every exposure when nil).
        public var exposures: [TURNExposure]?
        /// The TLS sources that read it (every source when nil).
        public var tlsSources: [TLSSource]?

        /// Used in every configuration.
        public static let always = Applicability()
        /// Used only in external mode.
        public static let external = Applicability(mode: .external)
        /// Used only with these TURN exposures.
        public static func exposures(_ list: TURNExposure...) -> Applicability { Applicability(exposures: list) }
        /// Used only with these TLS sources.
        public static func tlsSources(_ list: TLSSource...) -> Applicability { Applicability(mode: .external, tlsSources: list) }
    }

    public let key: OwnedKey
    /// The value used when the key is absent from `values.env`.
    public let defaultValue: String
    /// The `configure` option's long name without its dashes (nil: set through another key).
    public let flag: String?
    /// The wizard field's label (`label(for:)` words it for the chosen controller or exposure).
    public let label: String
    /// One line of help: `configure --help`, the man page and the README table.
    public let help: String
    public let kind: ValueKind
    public let applies: Applicability

    /// Whether the key has an effect on these answers (controller options aside: see `KeyRegistry.optionKeys`).
    /// A sandbox file key follows SANDBOX_TLS_SOURCE; the issuer either source.
    public func applies(to config: Config) -> Bool {
        if let mode = applies.mode, config.mode != mode { return false }
        if let exposures = applies.exposures, !exposures.contains(config.turnExposure ?? .hostport) { return false }
        if let sources = applies.tlsSources {
            let used: [TLSSource?] = switch key {
            case .sandboxTLSCertFile, .sandboxTLSKeyFile: [config.sandboxTLSSource]
            case .tlsCertFile, .tlsKeyFile: [config.tlsSource]
            default: [config.tlsSource, config.sandboxTLSSource]
            }
            return used.contains { $0.map(sources.contains) ?? false }
        }
        return true
    }

    /// The label for these answers: a key whose meaning follows the controller or the exposure
    /// is named for it (the controller's descriptor words its options: Gateway API's class is a
    /// GatewayClass; udproute pins Gateways).
    public func label(for config: Config) -> String {
        if let option = config.controller?.descriptor.options.first(where: { $0.key == key }) { return option.label }
        return key == .turnLBAddress && config.turnExposure == .udproute ? "Fixed Gateway address" : label
    }

    /// The separator of a list value, if the key holds several items.
    public var separator: Character? {
        if case .list(let separator, _) = kind { return separator }
        return nil
    }
}

extension OwnedKey {
    /// This key's registry entry.
    public var spec: KeySpec { KeyRegistry.specs[self]! }
}

/// The registry of owned keys, in `OwnedKey` order.
public enum KeyRegistry {
    /// Every key's entry; a test fails when one is missing here, from `configure`, the wizard or the README.
    public static var all: [KeySpec] { OwnedKey.allCases.map(\.spec) }

    static func values<E: RawRepresentable & CaseIterable>(_: E.Type) -> [String] where E.RawValue == String {
        E.allCases.map(\.rawValue)
    }

    static let specs: [OwnedKey: KeySpec] = {
        var table: [OwnedKey: KeySpec] = [:]
        func add(_ key: OwnedKey, _ defaultValue: String = "", flag: String?, label: String, help: String,
                 kind: KeySpec.ValueKind = .text, applies: KeySpec.Applicability = .always) {
            table[key] = KeySpec(key: key, defaultValue: defaultValue, flag: flag, label: label, help: help, kind: kind, applies: applies)
        }
        add(.ingressMode, "nodeport", flag: "mode", label: "Mode", help: "nodeport or external.", kind: .choice(values(IngressMode.self)))
        add(.tosHost, flag: "domain", label: "Main domain",
            help: "The main domain, e.g. nap.acme.com (Unicode names are converted to xn--).")
        add(.sandboxDomain, flag: nil, label: "Sandbox domain", help: "sandbox.<main domain>, derived from the main domain.",
            applies: .external)
        add(.tosNodePort, "30300", flag: "tos-node-port", label: "nap-cp NodePort", help: "NodePort of nap-cp.", kind: .port)
        add(.browserNodePort, "30305", flag: "browser-node-port", label: "nap-browser NodePort", help: "NodePort of nap-browser.", kind: .port)
        add(.sandboxNodePort, "30306", flag: "sandbox-node-port", label: "nap-sandbox NodePort", help: "NodePort of nap-sandbox.", kind: .port)
        add(.namespace, "nap", flag: "namespace", label: "Platform namespace", help: "The platform's namespace.")
        add(.controller, "contour", flag: "controller", label: "Ingress controller",
            help: ControllerDescriptor.idList + ".",
            kind: .choice(values(IngressControllerKind.self)), applies: .external)
        add(.controllerVersion, flag: "controller-version", label: "Traefik version (e.g. 3.7)",
            help: "Traefik's version, e.g. 3.6: before 3.7 the preview host is rendered as HostRegexp (empty: 3.7 or later).",
            applies: .external)
        add(.ingressClass, flag: "ingress-class", label: "Ingress class",
            help: "Class: ingressClassName (ingress-nginx/nginx-inc default nginx), Contour's or Traefik's class, or the GatewayClass of the rendered Gateway (required for gateway-api without --gateway-name).",
            applies: .external)
        add(.ingressAnnotations, flag: "ingress-annotation", label: "Annotations KEY=VALUE;...",
            help: "Annotation for the generic Ingress (--controller ingress), KEY=VALUE; repeat the flag for more; \"\" clears them.",
            kind: .list(separator: ";", repeatable: true), applies: .external)
        add(.gatewayName, flag: "gateway-name", label: "Existing Gateway name",
            help: "Gateway API: attach the routes to this existing Gateway instead of rendering one.", applies: .external)
        add(.gatewayNamespace, flag: "gateway-namespace", label: "Gateway namespace",
            help: "Gateway API: namespace of the existing or rendered Gateway (default: the platform's namespace).", applies: .external)
        add(.istioGatewayNamespace, "istio-system", flag: "istio-gateway-namespace", label: "Istio gateway namespace",
            help: "Istio: namespace of the ingress gateway workload (its Secrets live there).", applies: .external)
        add(.istioGatewaySelector, "istio=ingressgateway", flag: "istio-gateway-selector", label: "Istio gateway selector",
            help: "Istio: selector of the ingress gateway workload, KEY=VALUE[,KEY=VALUE].",
            kind: .list(separator: ",", repeatable: false), applies: .external)
        add(.entry, flag: "entry", label: "Ingress IPs or LB name",
            help: "Ingress entry: IP address(es), comma-separated, or one load-balancer host name.",
            kind: .list(separator: ",", repeatable: false), applies: .external)
        add(.wildcardRecord, "direct", flag: "wildcard-record", label: "*.sandbox record",
            help: "direct or cname (*.sandbox as a CNAME to sandbox.<domain>).", kind: .choice(values(WildcardRecord.self)), applies: .external)
        add(.dnsTTL, "300", flag: "dns-ttl", label: "DNS TTL (seconds)",
            help: "TTL of every record in the DNS sheets, in seconds (1-2147483647); `dns --ttl` overrides it for one sheet.",
            applies: .external)
        add(.tlsSource, "existing", flag: "tls-source", label: "nap-tls-cert source",
            help: "existing, files, cert-manager or self-signed.", kind: .choice(values(TLSSource.self)), applies: .external)
        add(.sandboxTLSSource, flag: "sandbox-tls-source", label: "nap-sandbox-tls-cert source",
            help: "Source of the sandbox wildcard Secret when it differs from --tls-source.",
            kind: .choice([""] + values(TLSSource.self)), applies: .external)
        add(.tlsCertFile, flag: "tls-cert", label: "Certificate file (PEM)", help: "PEM certificate chain for nap-tls-cert.",
            kind: .file, applies: .tlsSources(.files))
        add(.tlsKeyFile, flag: "tls-key", label: "Key file (PEM)", help: "PEM private key for nap-tls-cert.",
            kind: .file, applies: .tlsSources(.files))
        add(.sandboxTLSCertFile, flag: "sandbox-tls-cert", label: "Wildcard certificate (PEM)",
            help: "PEM certificate chain for nap-sandbox-tls-cert (wildcard).", kind: .file, applies: .tlsSources(.files))
        add(.sandboxTLSKeyFile, flag: "sandbox-tls-key", label: "Wildcard key file (PEM)",
            help: "PEM private key for nap-sandbox-tls-cert.", kind: .file, applies: .tlsSources(.files))
        add(.tlsIssuer, flag: "issuer", label: "Issuer ClusterIssuer/NAME", help: "cert-manager issuer, ClusterIssuer/NAME or Issuer/NAME.",
            applies: .tlsSources(.certManager))
        add(.turnExposure, "hostport", flag: "turn-exposure", label: "TURN exposure",
            help: "hostport, nodeport, loadbalancer or udproute.", kind: .choice(values(TURNExposure.self)))
        add(.turnPort, "3478", flag: "turn-port", label: "TURN port (tcp+udp)", help: "TURN listener port (TCP and UDP).",
            kind: .port)
        add(.turnRelayPorts, "49152-49252", flag: "turn-relay-ports", label: "Relay ports MIN-MAX (udp)",
            help: "TURN relay port range, MIN-MAX (UDP).", kind: .portRange)
        add(.turnExternalIP, flag: "turn-external-ip", label: "External IP for clients", help: "The address TURN clients are told to use.")
        add(.nodePortRange, "30000-32767", flag: "node-port-range", label: "Cluster NodePort range",
            help: "The cluster's NodePort range, MIN-MAX (the API server's --service-node-port-range; default 30000-32767).",
            kind: .portRange)
        add(.turnSelector, "app=nap-coturn", flag: "turn-selector", label: "coturn pod labels K=V,...",
            help: "Labels of the coturn pods, KEY=VALUE[,KEY=VALUE] (default app=nap-coturn).",
            kind: .list(separator: ",", repeatable: false))
        add(.turnLBProvider, "generic", flag: "turn-lb-provider", label: "Load balancer provider",
            help: "loadbalancer exposure: generic, metallb or aws-nlb (how a fixed address is set, which limits apply).",
            kind: .choice(values(TURNLoadBalancerProvider.self)), applies: .exposures(.loadbalancer))
        add(.turnLBAddress, flag: "turn-lb-address", label: "Fixed LB address",
            help: "A fixed address for the TURN load balancer or Gateways (empty lets the provider choose).",
            applies: .exposures(.loadbalancer, .udproute))
        add(.turnServiceAnnotations, flag: "turn-service-annotation", label: "Service annotations K=V;",
            help: "Annotation for the TURN Service, KEY=VALUE; repeat the flag for more.",
            kind: .list(separator: ";", repeatable: true), applies: .exposures(.nodeport, .loadbalancer))
        add(.turnGatewayClass, flag: "turn-gateway-class", label: "TURN GatewayClass",
            help: "udproute exposure: GatewayClass of the TURN Gateways (one whose implementation serves UDP).",
            applies: .exposures(.udproute))
        return table
    }()

    /// The controller options a controller reads, besides the platform namespace: its descriptor's
    /// (an unknown controller is asked for a class, as most controllers read one).
    public static func optionKeys(for controller: IngressControllerKind?) -> [OwnedKey] {
        controller?.descriptor.options.map(\.key) ?? [.ingressClass]
    }
}
