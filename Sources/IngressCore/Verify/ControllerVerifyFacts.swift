/// What `verify` needs to know about the configured controller to word a finding: its
/// placeholder certificate, its default idle timeout, and how long-lived routes are fixed.
///
/// Kept in one file until the controller descriptor carries these facts; then read from there.
public struct ControllerVerifyFacts: Sendable, Equatable {
    /// A subject common name only the controller's own placeholder certificate has, and what to call it.
    public var placeholderCommonName: String?
    public var placeholderName: String?
    /// How long an idle proxied connection lives when nothing raises the timeout.
    public var defaultIdleTimeout: Duration
    /// What the operator changes so long-lived routes are not cut (names the controller's own setting).
    public var longLivedFix: String
    /// Where the controller reads the TLS Secrets from.
    public var secretHome: String

    /// The facts of the plan's controller.
    public static func of(_ plan: Plan) -> ControllerVerifyFacts {
        let ns = plan.namespace
        switch plan.controller {
        case .ingressNginx:
            // controller default proxy-read-timeout is 60 s; the fake certificate is made at start-up.
            return ControllerVerifyFacts(
                placeholderCommonName: "Kubernetes Ingress Controller Fake Certificate",
                placeholderName: "ingress-nginx's fake certificate",
                defaultIdleTimeout: .seconds(60),
                longLivedFix: "set the annotations nginx.ingress.kubernetes.io/proxy-read-timeout: \"3600\" and proxy-send-timeout: \"3600\" on the route's Ingress (nap-ingress render writes them; kubectl apply the ingress folder again).",
                secretHome: "the Ingress's namespace \(ns)")
        case .nginxInc:
            return ControllerVerifyFacts(
                placeholderCommonName: "NGINXIngressController",
                placeholderName: "NGINX Ingress Controller's default server certificate",
                defaultIdleTimeout: .seconds(60),
                longLivedFix: "set nginx.org/proxy-read-timeout: \"3600s\", nginx.org/proxy-send-timeout: \"3600s\" and list the Service in nginx.org/websocket-services (nap-ingress render writes them).",
                secretHome: "the Ingress's namespace \(ns)")
        case .traefik:
            return ControllerVerifyFacts(
                placeholderCommonName: "TRAEFIK DEFAULT CERT",
                placeholderName: "Traefik's default certificate",
                defaultIdleTimeout: .seconds(180),
                longLivedFix: "reference a ServersTransport with forwardingTimeouts from the IngressRoute service and raise the entry point's respondingTimeouts (nap-ingress render writes the ServersTransport).",
                secretHome: "the IngressRoute's namespace \(ns)")
        case .contour:
            return ControllerVerifyFacts(
                placeholderCommonName: nil, placeholderName: nil,
                defaultIdleTimeout: .seconds(15),
                longLivedFix: "set the HTTPProxy route's timeoutPolicy response: infinity and idle: infinity with enableWebsockets: true (nap-ingress render writes them).",
                secretHome: "the HTTPProxy's namespace \(ns)")
        case .istio:
            return ControllerVerifyFacts(
                placeholderCommonName: nil, placeholderName: nil,
                defaultIdleTimeout: .seconds(300),
                longLivedFix: "leave the VirtualService route's timeout unset and check the gateway's idle timeout (a DestinationRule's connectionPool.http.idleTimeout).",
                secretHome: "the gateway's namespace \(plan.options.istioGatewayNamespace)")
        case .gatewayAPI:
            return ControllerVerifyFacts(
                placeholderCommonName: nil, placeholderName: nil,
                defaultIdleTimeout: .seconds(60),
                longLivedFix: "set the HTTPRoute rule's timeouts.request: \"0s\" (nap-ingress render writes it) and check the implementation's own idle timeout.",
                secretHome: "the Gateway's namespace (a ReferenceGrant when it is not \(ns))")
        case .ingress:
            return ControllerVerifyFacts(
                placeholderCommonName: "Kubernetes Ingress Controller Fake Certificate",
                placeholderName: "the controller's fake certificate",
                defaultIdleTimeout: .seconds(60),
                longLivedFix: "raise the controller's proxy read and send timeouts for this route (for ingress-nginx, the proxy-read-timeout and proxy-send-timeout annotations).",
                secretHome: "the Ingress's namespace \(ns)")
        }
    }
}
