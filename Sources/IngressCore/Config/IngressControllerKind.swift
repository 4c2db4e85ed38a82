/// The ingress controllers nap-ingress renders manifests for (the `--controller` values).
/// Everything else about a controller is in its `descriptor`.
public enum IngressControllerKind: String, CaseIterable, Sendable {
    case contour
    case ingressNginx = "ingress-nginx"
    case nginxInc = "nginx-inc"
    case traefik
    case istio
    case gatewayAPI = "gateway-api"
    case haproxy
    /// Any other Ingress controller: last, the choice when none of the above fits.
    case ingress

    /// The one value that describes this controller.
    public var descriptor: ControllerDescriptor {
        switch self {
        case .contour: .contour
        case .ingressNginx: .ingressNginx
        case .nginxInc: .nginxInc
        case .traefik: .traefik
        case .istio: .istio
        case .gatewayAPI: .gatewayAPI
        case .haproxy: .haproxy
        case .ingress: .genericIngress
        }
    }

    /// The name operators know the controller by.
    public var displayName: String { descriptor.displayName }
}
