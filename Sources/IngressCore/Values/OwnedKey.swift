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

    /// The value used when the key is absent from `values.env`.
    public var defaultValue: String {
        switch self {
        case .ingressMode: "nodeport"
        case .tosNodePort: "30300"
        case .browserNodePort: "30305"
        case .sandboxNodePort: "30306"
        case .namespace: "nap"
        case .controller: "contour"
        case .wildcardRecord: "direct"
        case .tlsSource: "existing"
        case .istioGatewayNamespace: "istio-system"
        case .istioGatewaySelector: "istio=ingressgateway"
        case .turnExposure: "hostport"
        case .turnPort: "3478"
        case .turnRelayPorts: "49152-49252"
        case .nodePortRange: "30000-32767"
        case .turnSelector: "app=nap-coturn"
        case .turnLBProvider: "generic"
        default: ""
        }
    }

    /// The `configure` flag that sets this key, if any (SANDBOX_DOMAIN is derived from the domain).
    public var flag: String? {
        switch self {
        case .ingressMode: "--mode"
        case .tosHost: "--domain"
        case .sandboxDomain: nil
        case .tosNodePort: "--tos-node-port"
        case .browserNodePort: "--browser-node-port"
        case .sandboxNodePort: "--sandbox-node-port"
        case .namespace: "--namespace"
        case .controller: "--controller"
        case .controllerVersion: "--controller-version"
        case .ingressClass: "--ingress-class"
        case .ingressAnnotations: "--ingress-annotation"
        case .gatewayName: "--gateway-name"
        case .gatewayNamespace: "--gateway-namespace"
        case .istioGatewayNamespace: "--istio-gateway-namespace"
        case .istioGatewaySelector: "--istio-gateway-selector"
        case .entry: "--entry"
        case .wildcardRecord: "--wildcard-record"
        case .tlsSource: "--tls-source"
        case .sandboxTLSSource: "--sandbox-tls-source"
        case .tlsCertFile: "--tls-cert"
        case .tlsKeyFile: "--tls-key"
        case .sandboxTLSCertFile: "--sandbox-tls-cert"
        case .sandboxTLSKeyFile: "--sandbox-tls-key"
        case .tlsIssuer: "--issuer"
        case .turnExposure: "--turn-exposure"
        case .turnPort: "--turn-port"
        case .turnRelayPorts: "--turn-relay-ports"
        case .turnExternalIP: "--turn-external-ip"
        case .nodePortRange: "--node-port-range"
        case .turnSelector: "--turn-selector"
        case .turnLBProvider: "--turn-lb-provider"
        case .turnLBAddress: "--turn-lb-address"
        case .turnServiceAnnotations: "--turn-service-annotation"
        case .turnGatewayClass: "--turn-gateway-class"
        }
    }

    /// How a diagnostic names the field: the key, and the flag that sets it.
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
