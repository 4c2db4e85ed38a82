/// Kubernetes namespaces are DNS-1123 labels.
struct NamespaceRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var keys: [OwnedKey] = [.namespace]
        let descriptor = config.controller?.descriptor
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

/// Kubernetes object-name rules (apimachinery's validation).
public enum KubernetesName {
    /// Why `s` is not a DNS-1123 label, or nil when it is one.
    public static func dns1123LabelProblem(_ s: String) -> String? {
        if s.isEmpty { return "it is empty" }
        if s.count > 63 { return "it is longer than 63 characters" }
        let ok = s.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        if !ok { return "only lower-case letters, digits and '-' are allowed" }
        if s.hasPrefix("-") || s.hasSuffix("-") { return "it must start and end with a letter or digit" }
        return nil
    }
}
