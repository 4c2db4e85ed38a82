/// INGRESS_ANNOTATIONS: `KEY=VALUE` items with Kubernetes annotation keys, for the generic Ingress only.
struct IngressAnnotationsRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        let raw = config[.ingressAnnotations]
        guard !raw.isEmpty else { return [] }
        var found: [Diagnostic] = []
        if draft.controller?.descriptor.uses(.ingressAnnotations) != true {
            found.append(.warning("annotations.ignored", .ingressAnnotations,
                                  "is only used for the generic Ingress; \(config[.controller]) gets the annotations it needs from nap-ingress.",
                                  hint: "\(clear: .ingressAnnotations) if you do not plan to switch to the generic Ingress."))
        }
        var seen: [String] = []
        // Items that are not KEY=VALUE are the draft's one finding.
        found += draft.findings(for: .ingressAnnotations)
        for key in draft.pairs(.ingressAnnotations).map(\.key) where !key.isEmpty {
            if let problem = QualifiedName.problem(key) {
                found.append(.error("annotations.invalid", .ingressAnnotations, "\"\(key)\" is not a valid annotation key: \(problem).",
                                    hint: "keys are [prefix/]name, e.g. haproxy.org/timeout-tunnel."))
            }
            if seen.contains(key) {
                found.append(.error("annotations.duplicate", .ingressAnnotations, "sets \"\(key)\" twice.", hint: "give each key once."))
            }
            seen.append(key)
            if key == "kubernetes.io/ingress.class" {
                found.append(.error("annotations.class-conflict", .ingressAnnotations,
                                    "sets kubernetes.io/ingress.class, which Kubernetes rejects next to spec.ingressClassName and which is deprecated.",
                                    hint: "remove it and give the class with \(key: .ingressClass)."))
            }
        }
        return found
    }
}
