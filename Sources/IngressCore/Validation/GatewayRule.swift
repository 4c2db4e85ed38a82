/// GATEWAY_NAME / GATEWAY_NAMESPACE: a valid Gateway name, and only with the Gateway API controller.
struct GatewayRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        let name = config[.gatewayName], namespace = config[.gatewayNamespace]
        guard !name.isEmpty || !namespace.isEmpty else { return [] }
        guard draft.controller?.descriptor.uses(.gatewayName) == true else {
            let key: OwnedKey = name.isEmpty ? .gatewayNamespace : .gatewayName
            return [.warning("gateway.options-ignored", key, "is only used by the Gateway API controller.",
                             hint: "clear \(key: .gatewayName) and \(key: .gatewayNamespace), or switch to \(set: .controller, "gateway-api").")]
        }
        if !name.isEmpty, !KubernetesName.isSubdomain(name) {
            return [.error("gateway.name-invalid", .gatewayName, "\"\(name)\" is not a valid Gateway name.",
                           hint: "use the name `kubectl get gateways.gateway.networking.k8s.io -A` shows (lower-case letters, digits, '-' and '.').")]
        }
        return []
    }
}
