/// Kubernetes namespaces are DNS-1123 labels.
struct NamespaceRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        var found: [Diagnostic] = []
        var keys: [OwnedKey] = [.namespace]
        let descriptor = draft.controller?.descriptor
        if descriptor?.uses(.istioGatewayNamespace) == true { keys.append(.istioGatewayNamespace) }
        if descriptor?.uses(.gatewayNamespace) == true, !config[.gatewayNamespace].isEmpty { keys.append(.gatewayNamespace) }
        for key in keys {
            if let problem = KubernetesName.dns1123LabelProblem(config[key]) {
                found.append(.error("namespace.invalid", key, "\"\(config[key])\" is not a valid namespace: \(problem).",
                                    hint: "use lower-case letters, digits and '-', at most 63 characters, e.g. nap."))
            }
        }
        return found
    }
}
