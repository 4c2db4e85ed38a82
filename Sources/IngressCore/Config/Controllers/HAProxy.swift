extension ControllerDescriptor {
    /// HAProxy Kubernetes Ingress Controller (haproxytech/kubernetes-ingress): Ingress objects with `haproxy.org/*` annotations.
    public static let haproxy = ControllerDescriptor(
        id: .haproxy,
        displayName: "HAProxy Kubernetes Ingress Controller",
        renderer: HAProxyRenderer(),
        options: [Option(.ingressClass, "Ingress class")],
        secretHome: .platformNamespace,
        resourceKinds: ["ingresses.networking.k8s.io"],
        // `timeout-server` is an Ingress annotation from 1.11 on (a ConfigMap key before).
        minimumVersion: "1.11",
        versionChanges: [],
        longLivedRoutes: "the Ingresses carry `haproxy.org/timeout-server: 1h`; `timeout-tunnel` (WebSockets) and `timeout-client` (SSE) are set only in the controller's ConfigMap",
        defaultIdleTimeout: .init(seconds: 50, setting: "timeout-server and timeout-client (50s); timeout-tunnel (1h) once a WebSocket is upgraded"),
        signature: .init(
            // `--ingress.class NAME` makes it serve `haproxy.org/ingress-controller/NAME` (the Helm chart sets `haproxy`).
            ingressClassControllers: ["haproxy.org/ingress-controller"],
            ingressClassControllerSuffix: true,
            defaultIngressClass: "haproxy",
            gatewayClassControllers: ["haproxy.org/gateway-controller"],
            crds: ["backends.ingress.v3.haproxy.org", "globals.ingress.v3.haproxy.org", "backends.ingress.v1.haproxy.org"]),
        // The controller has none of its own; its Helm chart generates one (CN <release>.<namespace>) signed by this CA.
        placeholderCertificate: .init(subjectCommonName: nil, issuerCommonName: "kubernetes-ingress-ca",
                                      origin: "the default certificate the HAProxy Helm chart generates for the controller"))
}
