/// The per-controller answers renderers read (class, gateway, namespaces, annotations).
public struct ControllerOptions: Equatable, Sendable {
    /// `INGRESS_CLASS`, nil when empty (the controller's default applies).
    public var ingressClass: String?
    /// `INGRESS_CONTROLLER_VERSION`, nil when empty (the current release is assumed).
    public var controllerVersion: String?
    /// `INGRESS_ANNOTATIONS` as ordered KEY=VALUE pairs.
    public var annotations: [(key: String, value: String)]
    /// `GATEWAY_NAME`: attach to this existing Gateway and render none.
    public var gatewayName: String?
    /// `GATEWAY_NAMESPACE`: where the Gateway is (or is rendered); nil means the platform's namespace.
    public var gatewayNamespace: String?
    public var istioGatewayNamespace: String
    public var istioGatewaySelector: [(key: String, value: String)]

    /// The first Traefik release whose `Host` matcher takes `*.` wildcards (older v3 needs `HostRegexp`).
    public static let traefikWildcardHost = ReleaseVersion(3, 7)

    /// Whether Traefik's `Host(`*.…`)` and IngressRoute `spec.ingressClassName` can be used:
    /// true unless INGRESS_CONTROLLER_VERSION names an older release.
    public var traefikMatchesWildcardHost: Bool {
        guard let raw = controllerVersion, let version = ReleaseVersion.parse(raw) else { return true }
        return version >= Self.traefikWildcardHost
    }

    init(config: Config) {
        func nonEmpty(_ key: OwnedKey) -> String? { config[key].isEmpty ? nil : config[key] }
        ingressClass = nonEmpty(.ingressClass)
        controllerVersion = nonEmpty(.controllerVersion)
        annotations = Self.pairs(config[.ingressAnnotations], separator: ";")
        gatewayName = nonEmpty(.gatewayName)
        gatewayNamespace = nonEmpty(.gatewayNamespace)
        istioGatewayNamespace = config[.istioGatewayNamespace]
        istioGatewaySelector = Self.pairs(config[.istioGatewaySelector], separator: ",")
    }

    /// `a=1;b=2` into ordered pairs (entries without `=` are dropped by the rule that reports them).
    static func pairs(_ raw: String, separator: Character) -> [(key: String, value: String)] {
        raw.split(separator: separator).compactMap { item in
            guard let eq = item.firstIndex(of: "=") else { return nil }
            return (String(item[..<eq]).trimmingWhitespace(), String(item[eq...].dropFirst()).trimmingWhitespace())
        }
    }

    public static func == (lhs: ControllerOptions, rhs: ControllerOptions) -> Bool {
        lhs.ingressClass == rhs.ingressClass && lhs.controllerVersion == rhs.controllerVersion
            && lhs.annotations.map { "\($0.key)=\($0.value)" } == rhs.annotations.map { "\($0.key)=\($0.value)" }
            && lhs.gatewayName == rhs.gatewayName && lhs.gatewayNamespace == rhs.gatewayNamespace
            && lhs.istioGatewayNamespace == rhs.istioGatewayNamespace
            && lhs.istioGatewaySelector.map { "\($0.key)=\($0.value)" } == rhs.istioGatewaySelector.map { "\($0.key)=\($0.value)" }
    }
}
