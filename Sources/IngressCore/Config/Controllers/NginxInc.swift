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
            crds: ["virtualservers.k8s.nginx.org"],
            serviceLabels: ["app.kubernetes.io/name": "nginx-ingress"]),
        // It has no certificate of its own. nginxinc/kubernetes-ingress (checked at b7e6252, 2025-02):
        // cmd/nginx-ingress/main.go `processDefaultServerSecret` turns on `ssl_reject_handshake` for the
        // default server when neither -default-server-tls-secret nor /etc/nginx/secrets/default exists
        // (the Helm chart's default since 3.1), and internal/configs/ingress.go does the same for an
        // Ingress host whose TLS Secret is missing, of the wrong type or invalid. nginx's
        // ngx_http_ssl_servername then fails the handshake with a fatal `unrecognized_name` alert.
        placeholderCertificate: nil,
        handshakeRejection: .init(alert: "unrecognized_name",
                                  origin: "F5 NGINX Ingress Controller refuses the handshake (ssl_reject_handshake) for a host whose TLS Secret is missing, not of type kubernetes.io/tls or invalid"))
}
