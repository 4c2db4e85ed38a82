extension ControllerDescriptor {
    /// Traefik v3: IngressRoute objects and a ServersTransport.
    public static let traefik = ControllerDescriptor(
        id: .traefik,
        displayName: "Traefik v3 (IngressRoute)",
        renderer: TraefikRenderer(),
        options: [Option(.ingressClass, "Ingress class"), Option(.controllerVersion, "Traefik version (e.g. 3.7)")],
        secretHome: .platformNamespace,
        resourceKinds: ["ingressroutes.traefik.io", "serverstransports.traefik.io"],
        minimumVersion: "3.0",
        versionChanges: [
            VersionChange(from: ControllerOptions.traefikWildcardHost,
                          change: "the preview host is matched with `Host(`*.…`)` and the class given as `spec.ingressClassName`; before it, `HostRegexp` and the `kubernetes.io/ingress.class` annotation"),
        ],
        longLivedRoutes: "long-lived routes use a ServersTransport with `forwardingTimeouts.responseHeaderTimeout: 0s`; the entry point's `respondingTimeouts.readTimeout` must be raised in Traefik's static configuration",
        defaultIdleTimeout: .init(seconds: 60, setting: "the entry point's respondingTimeouts.readTimeout (60 s since v3.0)"),
        signature: .init(
            ingressClassControllers: ["traefik.io/ingress-controller"],
            defaultIngressClass: "traefik",
            gatewayClassControllers: ["traefik.io/gateway-controller"],
            crds: ["ingressroutes.traefik.io", "ingressroutes.traefik.containo.us"]),
        placeholderCertificate: .init(subjectCommonName: "TRAEFIK DEFAULT CERT", issuerCommonName: nil,
                                      origin: "Traefik's generated default certificate"))
}
