extension ControllerDescriptor {
    /// Any Ingress controller: plain Ingress objects with the operator's class and annotations.
    public static let genericIngress = ControllerDescriptor(
        id: .ingress,
        displayName: "Generic Kubernetes Ingress",
        renderer: GenericIngressRenderer(),
        options: [Option(.ingressClass, "Ingress class"), Option(.ingressAnnotations, "Annotations KEY=VALUE;...")],
        secretHome: .platformNamespace,
        resourceKinds: ["ingresses.networking.k8s.io"],
        minimumVersion: "networking.k8s.io/v1 Ingress with wildcard hosts",
        versionChanges: [],
        longLivedRoutes: "the operator's own timeout annotations (INGRESS_ANNOTATIONS) on every rendered Ingress",
        defaultIdleTimeout: .init(seconds: 60, setting: "the controller's own (most proxies cut idle connections after about 60 s)"),
        signature: .init(),
        placeholderCertificate: nil)
}
