/// ISTIO_GATEWAY_SELECTOR: the gateway workload's pod labels, `KEY=VALUE[,KEY=VALUE]`.
struct IstioGatewayRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        guard config.controller?.descriptor.uses(.istioGatewaySelector) == true else { return [] }
        let raw = config[.istioGatewaySelector]
        let hint: FindingHint = "give the labels of the ingress gateway pods, e.g. \(set: .istioGatewaySelector, "istio=ingressgateway")."
        let items = raw.split(separator: ",").map { $0.trimmingWhitespace() }
        guard !items.isEmpty else {
            return [.error("istio.selector-empty", .istioGatewaySelector, "the gateway selector is empty: the Gateway would select every gateway workload.", hint: hint)]
        }
        var found: [Diagnostic] = []
        var seen: [String] = []
        for item in items {
            guard let eq = item.firstIndex(of: "=") else {
                found.append(.error("istio.selector-invalid", .istioGatewaySelector, "\"\(item)\" is not KEY=VALUE.", hint: hint))
                continue
            }
            let key = String(item[..<eq]).trimmingWhitespace(), value = String(item[eq...].dropFirst()).trimmingWhitespace()
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
