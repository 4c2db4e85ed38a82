extension ControllerDescriptor {
    /// Kubernetes Gateway API: a Gateway (or an existing one) and HTTPRoutes, for any implementation.
    public static let gatewayAPI = ControllerDescriptor(
        id: .gatewayAPI,
        displayName: "Gateway API (Gateway + HTTPRoute)",
        renderer: GatewayAPIRenderer(),
        options: [Option(.ingressClass, "GatewayClass"), Option(.gatewayName, "Existing Gateway name"),
                  Option(.gatewayNamespace, "Gateway namespace")],
        secretHome: .platformNamespaceByReference,
        resourceKinds: ["gateways.gateway.networking.k8s.io", "httproutes.gateway.networking.k8s.io", "referencegrants.gateway.networking.k8s.io"],
        minimumVersion: "Gateway API v1.2 CRDs (standard channel)",
        versionChanges: [],
        longLivedRoutes: "long-lived HTTPRoute rules set `timeouts.request: 0s`",
        defaultIdleTimeout: .init(seconds: nil, setting: "the implementation's (Envoy Gateway, Cilium and Contour: Envoy's 15 s route timeout; NGINX Gateway Fabric: 60 s)"),
        signature: .init(
            gatewayClassControllers: GatewayImplementation.known.map(\.controllerName),
            crds: ["gateways.gateway.networking.k8s.io", "httproutes.gateway.networking.k8s.io", "udproutes.gateway.networking.k8s.io"]),
        placeholderCertificate: nil)
}
