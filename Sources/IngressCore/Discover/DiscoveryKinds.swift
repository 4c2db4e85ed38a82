/// The Kubernetes resource names and annotations discover reads that belong to no single
/// controller (the controllers' own strings are in their descriptors' `signature`).
public enum DiscoveryKinds {
    /// Gateway API (the bundle version and channel come from the CRDs' annotations).
    public static let gatewayClasses = "gatewayclasses.gateway.networking.k8s.io"
    public static let gateways = "gateways.gateway.networking.k8s.io"
    public static let udpRoutes = "udproutes.gateway.networking.k8s.io"
    public static let bundleVersionAnnotation = "gateway.networking.k8s.io/bundle-version"
    public static let channelAnnotation = "gateway.networking.k8s.io/channel"

    /// cert-manager.
    public static let issuers = "issuers.cert-manager.io"
    public static let clusterIssuers = "clusterissuers.cert-manager.io"
    public static let certificates = "certificates.cert-manager.io"

    public static let ingressClasses = "ingressclasses.networking.k8s.io"
    public static let customResourceDefinitions = "customresourcedefinitions.apiextensions.k8s.io"
    /// The IngressClass annotation that makes a class the cluster's default.
    public static let defaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class"

    /// The answer a whole kind's reading informs, for a finding about the kind (e.g. not allowed):
    /// Secrets and cert-manager's kinds the TLS source, coturn's pods the TURN selector, the
    /// platform's Services and namespace the namespace, anything else (controllers, routes) the controller.
    public static func concern(of type: String) -> OwnedKey {
        switch type.split(separator: ".").first.map(String.init) ?? type {
        case "secrets", "issuers", "clusterissuers", "certificates": .tlsSource
        case "pods": .turnSelector
        case "services", "namespaces": .namespace
        default: .controller
        }
    }
}
