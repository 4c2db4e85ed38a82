extension ControllerDescriptor {
    /// The community ingress-nginx (kubernetes/ingress-nginx): Ingress objects with its annotations.
    public static let ingressNginx = ControllerDescriptor(
        id: .ingressNginx,
        displayName: "ingress-nginx (retired March 2026)",
        renderer: IngressNginxRenderer(),
        options: [Option(.ingressClass, "Ingress class")],
        secretHome: .platformNamespace,
        resourceKinds: ["ingresses.networking.k8s.io"],
        minimumVersion: "1.0",
        versionChanges: [],
        longLivedRoutes: "the long-lived Ingress carries `nginx.ingress.kubernetes.io/proxy-read-timeout` and `proxy-send-timeout` of 3600 (seconds, no unit)",
        defaultIdleTimeout: .init(seconds: 60, setting: "proxy-read-timeout (60 s)"),
        signature: .init(
            ingressClassControllers: ["k8s.io/ingress-nginx"],
            defaultIngressClass: "nginx"),
        placeholderCertificate: .init(subjectCommonName: "Kubernetes Ingress Controller Fake Certificate", issuerCommonName: nil,
                                      origin: "ingress-nginx's built-in default certificate (O=Acme Co)"),
        retiredSince: "March 2026")
}
