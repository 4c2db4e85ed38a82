extension ControllerDescriptor {
    /// Contour (projectcontour.io): HTTPProxy objects.
    public static let contour = ControllerDescriptor(
        id: .contour,
        displayName: "Contour (HTTPProxy)",
        renderer: ContourRenderer(),
        options: [Option(.ingressClass, "Ingress class")],
        secretHome: .platformNamespace,
        resourceKinds: ["httpproxies.projectcontour.io"],
        minimumVersion: "1.25",
        versionChanges: [],
        longLivedRoutes: "the HTTPProxy route sets `enableWebsockets: true` and `timeoutPolicy: {response: infinity, idle: infinity}`",
        defaultIdleTimeout: .init(seconds: 15, setting: "Envoy's route response timeout (15 s), which Contour keeps unless timeoutPolicy.response is set"),
        signature: .init(
            ingressClassControllers: ["projectcontour.io/ingress-controller"],
            // Contour matches Ingress classes by name (--ingress-class-name), not by spec.controller.
            ingressClassName: "contour",
            gatewayClassControllers: ["projectcontour.io/gateway-controller"],
            crds: ["httpproxies.projectcontour.io"]),
        // Envoy has no certificate for an unknown name: the handshake fails instead.
        placeholderCertificate: nil)
}
