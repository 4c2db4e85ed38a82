extension ControllerDescriptor {
    /// F5 NGINX Ingress Controller (nginxinc/kubernetes-ingress): Ingress objects with `nginx.org/*` annotations.
    public static let nginxInc = ControllerDescriptor(
        id: .nginxInc,
        displayName: "F5 NGINX Ingress Controller",
        renderer: NginxIncRenderer(),
        options: [Option(.ingressClass, "Ingress class")],
        secretHome: .platformNamespace,
        resourceKinds: ["ingresses.networking.k8s.io"],
        minimumVersion: "3.0",
        versionChanges: [],
        longLivedRoutes: "the long-lived Ingress carries `nginx.org/proxy-read-timeout` and `nginx.org/proxy-send-timeout` of 3600s and `nginx.org/websocket-services`",
        defaultIdleTimeout: .init(seconds: 60, setting: "nginx.org/proxy-read-timeout (60s)"),
        signature: .init(
            ingressClassControllers: ["nginx.org/ingress-controller"],
            defaultIngressClass: "nginx",
            crds: ["virtualservers.k8s.nginx.org"]),
        // Not confirmed from its source: left out rather than guessed.
        placeholderCertificate: nil)
}
