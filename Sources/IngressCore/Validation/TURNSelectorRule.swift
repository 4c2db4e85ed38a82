/// The coturn pod selector and the TURN Service annotations: Kubernetes label and annotation syntax.
struct TURNSelectorRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let selector = config[.turnSelector]
        let items = selector.split(separator: ",")
        if items.isEmpty {
            found.append(.error("turn.selector-invalid", .turnSelector, "the coturn pod selector is empty: the TURN Service would select no pods.",
                                hint: "give the coturn pods' labels, e.g. \(set: .turnSelector, OwnedKey.turnSelector.defaultValue) (see `kubectl get pods --show-labels`)."))
        }
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            if parts.count != 2 || QualifiedName.problem(parts[0]) != nil || QualifiedName.labelValueProblem(parts[1]) != nil {
                found.append(.error("turn.selector-invalid", .turnSelector, "\"\(item)\" is not a KEY=VALUE label.",
                                    hint: "e.g. \(set: .turnSelector, "app=nap-coturn") or app.kubernetes.io/name=coturn,app.kubernetes.io/instance=nap."))
            }
        }
        for item in config[.turnServiceAnnotations].split(separator: ";") {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            if parts.count != 2 || QualifiedName.problem(parts[0]) != nil {
                found.append(.error("turn.annotation-invalid", .turnServiceAnnotations, "\"\(item)\" is not a KEY=VALUE annotation.",
                                    hint: "e.g. \(set: .turnServiceAnnotations, "service.beta.kubernetes.io/aws-load-balancer-eip-allocations=eipalloc-1,eipalloc-2")"))
            }
        }
        return found
    }
}
