/// The per-controller answers renderers read (class, gateway, namespaces, annotations).
public struct ControllerOptions: Equatable, Sendable {
    /// `INGRESS_CLASS`, nil when empty (the controller's default applies).
    public var ingressClass: String?
    /// `INGRESS_CONTROLLER_VERSION` as written, nil when empty (the current release is assumed).
    public var controllerVersion: String?
    /// The same, read as a release (the draft's).
    public var release: ReleaseVersion?
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
        guard let version = release else { return true }
        return version >= Self.traefikWildcardHost
    }

    init(draft: Draft) {
        let config = draft.config
        func nonEmpty(_ key: OwnedKey) -> String? { config[key].isEmpty ? nil : config[key] }
        ingressClass = nonEmpty(.ingressClass)
        controllerVersion = nonEmpty(.controllerVersion)
        release = draft.controllerVersion
        annotations = draft.pairs(.ingressAnnotations).map { ($0.key, $0.value) }
        gatewayName = nonEmpty(.gatewayName)
        gatewayNamespace = nonEmpty(.gatewayNamespace)
        istioGatewayNamespace = config[.istioGatewayNamespace]
        istioGatewaySelector = draft.pairs(.istioGatewaySelector).map { ($0.key, $0.value) }
    }

    public static func == (lhs: ControllerOptions, rhs: ControllerOptions) -> Bool {
        lhs.ingressClass == rhs.ingressClass && lhs.controllerVersion == rhs.controllerVersion && lhs.release == rhs.release
            && lhs.annotations.map { "\($0.key)=\($0.value)" } == rhs.annotations.map { "\($0.key)=\($0.value)" }
            && lhs.gatewayName == rhs.gatewayName && lhs.gatewayNamespace == rhs.gatewayNamespace
            && lhs.istioGatewayNamespace == rhs.istioGatewayNamespace
            && lhs.istioGatewaySelector.map { "\($0.key)=\($0.value)" } == rhs.istioGatewaySelector.map { "\($0.key)=\($0.value)" }
    }
}
