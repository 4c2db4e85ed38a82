/// What discover asks the cluster about, from the operator's answers (or their defaults).
public struct DiscoveryRequest: Equatable, Sendable {
    /// The platform namespace (`NAP_NAMESPACE`).
    public var namespace: String
    /// The namespaces whose `nap-tls-cert`/`nap-sandbox-tls-cert` are read: the platform's, and Istio's gateway namespace.
    public var secretNamespaces: [String]
    /// `TURN_SELECTOR`, a label selector for the coturn pods.
    public var turnSelector: String

    /// The two Secrets the ingress serves.
    public static let secretNames = [Plan.mainSecret, Plan.sandboxSecret]

    public init(namespace: String, secretNamespaces: [String], turnSelector: String) {
        self.namespace = namespace
        self.secretNamespaces = secretNamespaces
        self.turnSelector = turnSelector
    }

    /// The request for `config`; `namespace` (the `--namespace` flag) overrides `NAP_NAMESPACE`.
    public init(config: Config, namespace override: String? = nil) {
        let namespace = override ?? config[.namespace]
        var secretNamespaces = [namespace]
        // Istio's classic Gateway reads credentialName Secrets from the gateway's namespace.
        let istio = config[.istioGatewayNamespace]
        if config.controller == .istio, !istio.isEmpty, istio != namespace { secretNamespaces.append(istio) }
        self.init(namespace: namespace, secretNamespaces: secretNamespaces, turnSelector: config[.turnSelector])
    }
}
