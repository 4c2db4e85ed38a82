@testable import IngressCore

/// Configs the renderer and sheet tests share.
enum Fixtures {
    /// An external-mode config; `domain` may be an apex or a subdomain.
    static func config(domain: String = "nap.acme.com", entry: String = "203.0.113.10",
                       controller: IngressControllerKind = .contour, _ extra: [OwnedKey: String] = [:]) -> Config {
        var config = Config()
        config[.ingressMode] = "external"
        config.setMainDomain(domain)
        config[.entry] = entry
        config[.controller] = controller.rawValue
        for (key, value) in extra { config[key] = value }
        return config
    }

    static func plan(_ config: Config) -> Plan {
        let (plan, diagnostics) = Plan.make(config)
        guard let plan else { fatalError("fixture config is invalid: \(diagnostics)") }
        return plan
    }

    /// The public suffix list is needed for apex detection; tests run where Debian's list is installed.
    static let suffixes = PublicSuffixList.shared
}
