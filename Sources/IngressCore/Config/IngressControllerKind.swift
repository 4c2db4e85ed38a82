/// The ingress controllers nap-ingress renders manifests for (the `--controller` values).
/// Everything else about a controller is in its `descriptor`.
public enum IngressControllerKind: String, CaseIterable, Sendable {
    case contour
    case ingressNginx = "ingress-nginx"
    case nginxInc = "nginx-inc"
    case traefik
    case istio
    case gatewayAPI = "gateway-api"
    case ingress
    case haproxy

    /// The one value that describes this controller.
    public var descriptor: ControllerDescriptor {
        switch self {
        case .contour: .contour
        case .ingressNginx: .ingressNginx
        case .nginxInc: .nginxInc
        case .traefik: .traefik
        case .istio: .istio
        case .gatewayAPI: .gatewayAPI
        case .ingress: .genericIngress
        case .haproxy: .haproxy
        }
    }

    /// The name operators know the controller by.
    public var displayName: String { descriptor.displayName }
}
