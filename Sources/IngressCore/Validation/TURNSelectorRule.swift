/// The coturn pod selector and the TURN Service annotations: Kubernetes label and annotation syntax.
struct TURNSelectorRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if draft.items(.turnSelector).isEmpty {
            found.append(.error("turn.selector-invalid", .turnSelector, "the coturn pod selector is empty: the TURN Service would select no pods.",
                                hint: "give the coturn pods' labels, e.g. \(set: .turnSelector, OwnedKey.turnSelector.defaultValue) (see `kubectl get pods --show-labels`)."))
        }
        // Items that are not KEY=VALUE are the draft's one finding; the others must be label syntax.
        found += draft.findings(for: .turnSelector)
        for item in draft.items(.turnSelector) {
            guard let pair = item.pair else { continue }
            if QualifiedName.problem(pair.key) != nil || QualifiedName.labelValueProblem(pair.value) != nil {
                found.append(.error("turn.selector-invalid", .turnSelector, "\"\(item.text)\" is not a KEY=VALUE label.",
                                    hint: "e.g. \(set: .turnSelector, "app=nap-coturn") or app.kubernetes.io/name=coturn,app.kubernetes.io/instance=nap."))
            }
        }
        found += draft.findings(for: .turnServiceAnnotations)
        for item in draft.items(.turnServiceAnnotations) {
            guard let pair = item.pair else { continue }
            if QualifiedName.problem(pair.key) != nil {
                found.append(.error("turn.annotation-invalid", .turnServiceAnnotations, "\"\(item.text)\" is not a KEY=VALUE annotation.",
                                    hint: "e.g. \(set: .turnServiceAnnotations, "service.beta.kubernetes.io/aws-load-balancer-eip-allocations=eipalloc-1,eipalloc-2")"))
            }
        }
        return found
    }
}
