/// A kind of object that can route one of the platform's hosts, as discover reads it: kubectl's
/// resource name (one list call per kind at most), its API group and kind.
public struct RoutingKind: Equatable, Sendable {
    /// The kubectl resource name, fully qualified (`httpproxies.projectcontour.io`).
    public var resource: String
    public var group: String
    public var kind: String

    public static let httpProxy = RoutingKind(resource: "httpproxies.projectcontour.io", group: "projectcontour.io", kind: "HTTPProxy")
    public static let ingress = RoutingKind(resource: "ingresses.networking.k8s.io", group: "networking.k8s.io", kind: "Ingress")
    public static let httpRoute = RoutingKind(resource: "httproutes.gateway.networking.k8s.io", group: "gateway.networking.k8s.io", kind: "HTTPRoute")
    public static let gateway = RoutingKind(resource: DiscoveryKinds.gateways, group: "gateway.networking.k8s.io", kind: "Gateway")
    public static let virtualService = RoutingKind(resource: "virtualservices.networking.istio.io", group: "networking.istio.io", kind: "VirtualService")
    public static let istioGateway = RoutingKind(resource: "gateways.networking.istio.io", group: "networking.istio.io", kind: "Gateway")
    public static let ingressRoute = RoutingKind(resource: "ingressroutes.traefik.io", group: "traefik.io", kind: "IngressRoute")
    /// Traefik before v3 (and v3 with the old group still installed).
    public static let ingressRouteContainous = RoutingKind(resource: "ingressroutes.traefik.containo.us", group: "traefik.containo.us", kind: "IngressRoute")
    public static let virtualServer = RoutingKind(resource: "virtualservers.k8s.nginx.org", group: "k8s.nginx.org", kind: "VirtualServer")

    /// Every kind discover lists, in the order the report shows them.
    public static let all: [RoutingKind] = [httpProxy, ingress, httpRoute, gateway, virtualService, istioGateway,
                                            ingressRoute, ingressRouteContainous, virtualServer]

    /// The kind of an object of `group` and `kind`, when discover knows it.
    public static func of(group: String, kind: String) -> RoutingKind? {
        all.first { $0.group == group && $0.kind == kind }
    }
}
