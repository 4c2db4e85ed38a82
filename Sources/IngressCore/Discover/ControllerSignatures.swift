/// The facts that reveal a controller in a cluster: its IngressClass and GatewayClass
/// strings, its CRDs and the labels of its Service. Kept in this one place until the
/// controller descriptor carries them (then this file folds into it).
public struct ControllerSignature: Sendable {
    /// The `--controller` id this evidence proposes.
    public var controller: IngressControllerKind
    /// `IngressClass.spec.controller` values.
    public var ingressClassControllers: [String] = []
    /// IngressClass names the controller matches by name (Contour reads `--ingress-class-name`, not `spec.controller`).
    public var ingressClassNames: [String] = []
    /// `GatewayClass.spec.controllerName` values of the controller's own Gateway implementation.
    public var gatewayClassControllers: [String] = []
    /// CRDs (kubectl resource names) whose presence reveals the controller.
    public var revealingResources: [String] = []
    /// Labels of the controller's Service (any one pair matches).
    public var serviceLabels: [(key: String, value: String)] = []

    /// Every controller nap-ingress renders for, with the strings its upstream source uses.
    public static let all: [ControllerSignature] = [
        ControllerSignature(
            controller: .traefik,
            ingressClassControllers: ["traefik.io/ingress-controller"],
            gatewayClassControllers: ["traefik.io/gateway-controller"],
            revealingResources: ["ingressroutes.traefik.io", "ingressroutes.traefik.containo.us"],
            serviceLabels: [("app.kubernetes.io/name", "traefik")]),
        ControllerSignature(
            controller: .ingressNginx,
            ingressClassControllers: ["k8s.io/ingress-nginx"],
            serviceLabels: [("app.kubernetes.io/name", "ingress-nginx")]),
        ControllerSignature(
            controller: .nginxInc,
            ingressClassControllers: ["nginx.org/ingress-controller"],
            revealingResources: ["virtualservers.k8s.nginx.org"],
            serviceLabels: [("app.kubernetes.io/name", "nginx-ingress")]),
        ControllerSignature(
            controller: .contour,
            ingressClassControllers: ["projectcontour.io/ingress-controller"],
            ingressClassNames: ["contour"],
            gatewayClassControllers: ["projectcontour.io/gateway-controller"],
            revealingResources: ["httpproxies.projectcontour.io"],
            serviceLabels: [("app.kubernetes.io/component", "envoy"), ("app", "envoy")]),
        ControllerSignature(
            controller: .istio,
            ingressClassControllers: ["istio.io/ingress-controller"],
            gatewayClassControllers: ["istio.io/gateway-controller"],
            revealingResources: ["gateways.networking.istio.io"],
            serviceLabels: [("istio", "ingressgateway"), ("app", "istio-ingressgateway")]),
    ]

    /// GatewayClass controllers of Gateway API implementations rendered as plain `gateway-api`.
    public static let gatewayAPIControllers: [String: String] = [
        "gateway.envoyproxy.io/gatewayclass-controller": "Envoy Gateway",
        "io.cilium/gateway-controller": "Cilium",
        "gateway.nginx.org/nginx-gateway-controller": "NGINX Gateway Fabric",
        "projectcontour.io/gateway-controller": "Contour",
        "istio.io/gateway-controller": "Istio",
        "traefik.io/gateway-controller": "Traefik",
    ]

    /// The Gateway API CRDs discover reads (the bundle version and channel come from their annotations).
    public static let gatewayAPIResources = (
        gatewayClasses: "gatewayclasses.gateway.networking.k8s.io",
        gateways: "gateways.gateway.networking.k8s.io",
        httpRoutes: "httproutes.gateway.networking.k8s.io",
        udpRoutes: "udproutes.gateway.networking.k8s.io")

    /// cert-manager's kinds.
    public static let certManagerResources = (
        issuers: "issuers.cert-manager.io",
        clusterIssuers: "clusterissuers.cert-manager.io",
        certificates: "certificates.cert-manager.io")

    /// The IngressClass annotation that makes a class the cluster's default.
    public static let defaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class"
    /// Gateway API CRD annotations.
    public static let bundleVersionAnnotation = "gateway.networking.k8s.io/bundle-version"
    public static let channelAnnotation = "gateway.networking.k8s.io/channel"
}
