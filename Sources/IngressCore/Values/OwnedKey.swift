/// A `values.env` key that nap-ingress reads and may write; every other key is left alone.
public enum OwnedKey: String, CaseIterable, Sendable, Hashable, Comparable {
    // The platform's own keys (read by install.sh).
    case ingressMode = "INGRESS_MODE"
    case tosHost = "TOS_HOST"
    case sandboxDomain = "SANDBOX_DOMAIN"
    case tosNodePort = "TOS_NODE_PORT"
    case browserNodePort = "BROWSER_NODE_PORT"
    case sandboxNodePort = "SANDBOX_NODE_PORT"
    // nap-ingress's own keys.
    case namespace = "NAP_NAMESPACE"
    case controller = "INGRESS_CONTROLLER"
    case controllerVersion = "INGRESS_CONTROLLER_VERSION"
    case ingressClass = "INGRESS_CLASS"
    case ingressAnnotations = "INGRESS_ANNOTATIONS"
    case gatewayName = "GATEWAY_NAME"
    case gatewayNamespace = "GATEWAY_NAMESPACE"
    case istioGatewayNamespace = "ISTIO_GATEWAY_NAMESPACE"
    case istioGatewaySelector = "ISTIO_GATEWAY_SELECTOR"
    case entry = "INGRESS_ENTRY"
    case wildcardRecord = "DNS_WILDCARD_RECORD"
    case dnsTTL = "DNS_TTL"
    case tlsSource = "TLS_SOURCE"
    case sandboxTLSSource = "SANDBOX_TLS_SOURCE"
    case tlsCertFile = "TLS_CERT_FILE"
    case tlsKeyFile = "TLS_KEY_FILE"
    case sandboxTLSCertFile = "SANDBOX_TLS_CERT_FILE"
    case sandboxTLSKeyFile = "SANDBOX_TLS_KEY_FILE"
    case tlsIssuer = "TLS_ISSUER"
    case turnExposure = "TURN_EXPOSURE"
    case turnPort = "TURN_PORT"
    case turnRelayPorts = "TURN_RELAY_PORTS"
    case turnExternalIP = "TURN_EXTERNAL_IP"
    case nodePortRange = "NODE_PORT_RANGE"
    case turnSelector = "TURN_SELECTOR"
    case turnLBProvider = "TURN_LB_PROVIDER"
    case turnLBAddress = "TURN_LB_ADDRESS"
    case turnServiceAnnotations = "TURN_SERVICE_ANNOTATIONS"
    case turnGatewayClass = "TURN_GATEWAY_CLASS"

    /// The value used when the key is absent from `values.env` (from the key registry).
    public var defaultValue: String { spec.defaultValue }

    /// The `configure` flag that sets this key, if any (SANDBOX_DOMAIN is derived from the domain).
    public var flag: String? { spec.flag.map { "--" + $0 } }

    /// How the command line names the key in a finding: the key, and the flag that sets it.
    public var fieldName: String {
        if let flag { return "\(rawValue) (\(flag))" }
        return rawValue
    }

    /// Whether the platform's install.sh reads this key (the others are nap-ingress's own).
    public var isPlatformKey: Bool {
        switch self {
        case .ingressMode, .tosHost, .sandboxDomain, .tosNodePort, .browserNodePort, .sandboxNodePort: true
        default: false
        }
    }

    public static func < (lhs: OwnedKey, rhs: OwnedKey) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
