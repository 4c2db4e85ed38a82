/// INGRESS_CONTROLLER_VERSION: only Traefik's output depends on it, and only a v3 release can be rendered.
struct ControllerVersionRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        let raw = config[.controllerVersion]
        guard !raw.isEmpty else { return [] }
        guard config.controller?.descriptor.versionMatters == true else {
            return [.warning("controller.version-ignored", .controllerVersion,
                             "is not used for \(config[.controller]): only Traefik's output depends on the version.",
                             hint: "\(clear: .controllerVersion).")]
        }
        guard let version = ReleaseVersion.parse(raw) else {
            return [.error("controller.version-invalid", .controllerVersion, "\"\(raw)\" is not a version like 3.6 or v3.6.2.",
                           hint: "give Traefik's version as `traefik version` prints it, e.g. \(set: .controllerVersion, "3.6"), or clear it for 3.7 and later.")]
        }
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
