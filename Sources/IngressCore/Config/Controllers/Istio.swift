extension ControllerDescriptor {
    /// Istio's classic API: a Gateway and VirtualServices.
    public static let istio = ControllerDescriptor(
        id: .istio,
        displayName: "Istio (Gateway + VirtualService)",
        renderer: IstioRenderer(),
        options: [Option(.istioGatewayNamespace, "Istio gateway namespace"), Option(.istioGatewaySelector, "Istio gateway selector")],
        // The gateway reads credentialName Secrets from its own namespace.
        secretHome: .namespaceOption(.istioGatewayNamespace, why: "Istio's gateway reads `credentialName` Secrets from its own namespace"),
        resourceKinds: ["gateways.networking.istio.io", "virtualservices.networking.istio.io"],
        minimumVersion: "1.22",
        versionChanges: [],
        longLivedRoutes: "the VirtualServices set no `timeout`, so Istio never times out a request",
        defaultIdleTimeout: .init(seconds: nil, setting: "none: a VirtualService without `timeout` never times out"),
        signature: .init(
            ingressClassControllers: ["istio.io/ingress-controller"],
            gatewayClassControllers: ["istio.io/gateway-controller"],
            crds: ["gateways.networking.istio.io"]),
        // Envoy has no certificate for an unknown name: the handshake fails instead.
        placeholderCertificate: nil)
}
