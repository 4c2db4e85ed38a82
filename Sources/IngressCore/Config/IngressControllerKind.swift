/// The ingress controllers nap-ingress renders manifests for.
public enum IngressControllerKind: String, CaseIterable, Sendable {
    case contour
    case ingressNginx = "ingress-nginx"
    case nginxInc = "nginx-inc"
    case traefik
    case istio
    case gatewayAPI = "gateway-api"
    case ingress

    /// The name operators know the controller by.
    public var displayName: String {
        switch self {
        case .contour: "Contour (HTTPProxy)"
        case .ingressNginx: "ingress-nginx (retired March 2026)"
        case .nginxInc: "F5 NGINX Ingress Controller"
        case .traefik: "Traefik v3 (IngressRoute)"
        case .istio: "Istio (Gateway + VirtualService)"
        case .gatewayAPI: "Gateway API (Gateway + HTTPRoute)"
        case .ingress: "Generic Kubernetes Ingress"
        }
    }
}
