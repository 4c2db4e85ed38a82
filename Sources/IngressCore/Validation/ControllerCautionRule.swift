/// Warnings about the chosen controller itself: a retired project, or timeouts nap-ingress cannot set.
struct ControllerCautionRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        guard draft.mode == .external, let descriptor = draft.controller?.descriptor else { return [] }
        if let since = descriptor.retiredSince {
            return [.warning("controller.\(descriptor.id.rawValue)-retired", .controller,
                             "\(descriptor.id.rawValue) was retired in \(since): no more releases and no security fixes.",
                             hint: "the manifests still work; plan a move to Gateway API (\(set: .controller, "gateway-api") with its GatewayClass in \(key: .ingressClass)).")]
        }
        // A controller whose timeouts come from the operator's annotations (the generic Ingress).
        guard descriptor.uses(.ingressAnnotations) else { return [] }
        let keys = draft.pairs(.ingressAnnotations).map { $0.key.lowercased() }
        guard !keys.contains(where: { $0.contains("timeout") }) else { return [] }
        return [.warning("controller.timeouts-unmanaged", .ingressAnnotations,
                         "no timeout annotation is set: most controllers cut idle connections after about 60 s, which breaks live updates, remote browsers and sandbox sessions.",
                         hint: "add your controller's timeout annotations, e.g. \(set: .ingressAnnotations, "haproxy.org/timeout-tunnel=1h"), or pick a controller nap-ingress knows.")]
    }
}
