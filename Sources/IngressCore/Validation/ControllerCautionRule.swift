/// Warnings about the chosen controller itself: a retired project, or timeouts nap-ingress cannot set.
struct ControllerCautionRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        guard config.mode == .external else { return [] }
        switch config.controller {
        case .ingressNginx:
            return [.warning("controller.ingress-nginx-retired", .controller,
                             "ingress-nginx was retired in March 2026: no more releases and no security fixes.",
                             hint: "the manifests still work; plan a move to Gateway API (\(set: .controller, "gateway-api") with its GatewayClass in \(key: .ingressClass)).")]
        case .ingress:
            let keys = ControllerOptions.pairs(config[.ingressAnnotations], separator: ";").map { $0.key.lowercased() }
            guard !keys.contains(where: { $0.contains("timeout") }) else { return [] }
            return [.warning("controller.timeouts-unmanaged", .ingressAnnotations,
                             "no timeout annotation is set: most controllers cut idle connections after about 60 s, which breaks live updates, remote browsers and sandbox sessions.",
                             hint: "add your controller's timeout annotations, e.g. \(set: .ingressAnnotations, "haproxy.org/timeout-tunnel=1h"), or pick a controller nap-ingress knows.")]
        default:
            return []
        }
    }
}
