/// INGRESS_CONTROLLER_VERSION: only Traefik's output depends on it, and only a v3 release can be rendered.
struct ControllerVersionRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        let raw = config[.controllerVersion]
        guard !raw.isEmpty else { return [] }
        guard draft.controller?.descriptor.versionMatters == true else {
            return [.warning("controller.version-ignored", .controllerVersion,
                             "is not used for \(config[.controller]): only Traefik's output depends on the version.",
                             hint: "\(clear: .controllerVersion).")]
        }
        // A text that is not a version is the draft's finding.
        guard let version = draft.controllerVersion else { return draft.findings(for: .controllerVersion) }
        guard version.major == 3 else {
            return [.error("controller.version-unsupported", .controllerVersion,
                           "Traefik \(raw) is not supported: nap-ingress renders Traefik v3 IngressRoutes (traefik.io/v1alpha1, v3 rule syntax).",
                           hint: version.major < 3
                               ? "upgrade Traefik to v3, or use \(set: .controller, "ingress") with your own annotations."
                               : "this nap-ingress knows Traefik v3 only; use \(set: .controller, "gateway-api") (Traefik implements Gateway API) or \(set: .controller, "ingress").")]
        }
        return []
    }
}
