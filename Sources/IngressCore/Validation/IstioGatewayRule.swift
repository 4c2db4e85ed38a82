/// ISTIO_GATEWAY_SELECTOR: the gateway workload's pod labels, `KEY=VALUE[,KEY=VALUE]`.
struct IstioGatewayRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        guard draft.controller?.descriptor.uses(.istioGatewaySelector) == true else { return [] }
        let hint: FindingHint = "give the labels of the ingress gateway pods, e.g. \(set: .istioGatewaySelector, "istio=ingressgateway")."
        guard !draft.items(.istioGatewaySelector).isEmpty else {
            return [.error("istio.selector-empty", .istioGatewaySelector, "the gateway selector is empty: the Gateway would select every gateway workload.", hint: hint)]
        }
        // Items that are not KEY=VALUE are the draft's one finding.
        var found = draft.findings(for: .istioGatewaySelector)
        var seen: [String] = []
        for (key, value) in draft.pairs(.istioGatewaySelector).map({ ($0.key, $0.value) }) {
            if let problem = QualifiedName.problem(key) {
                found.append(.error("istio.selector-invalid", .istioGatewaySelector, "\"\(key)\" is not a valid label key: \(problem).", hint: hint))
            }
            if let problem = QualifiedName.labelValueProblem(value) {
                found.append(.error("istio.selector-invalid", .istioGatewaySelector, "\"\(value)\" is not a valid label value: \(problem).", hint: hint))
            }
            if seen.contains(key) {
                found.append(.error("istio.selector-invalid", .istioGatewaySelector, "gives \"\(key)\" twice.", hint: hint))
            }
            seen.append(key)
        }
        return found
    }
}
