/// TLS answers: the sources' required settings and the issuer's syntax. The certificate files
/// themselves are checked by `TLSCheck` (reading files cannot be a pure rule).
struct TLSRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let issuer = config[.tlsIssuer]
        let usesCertManager = config.tlsSource == .certManager || config.sandboxTLSSource == .certManager
        if usesCertManager || !issuer.isEmpty {
            if let parsed = TLSIssuer(issuer), ControllerOptionsRule.isSubdomain(parsed.name) {
                if config.sandboxTLSSource == .certManager, config.mode == .external {
                    found.append(.warning("tls.wildcard-needs-dns01", .tlsIssuer,
                                          "\(issuer) must be an ACME issuer with a DNS-01 solver: the sandbox wildcard certificate cannot be issued over HTTP-01.",
                                          hint: "configure a DNS-01 solver for the zone, or use --sandbox-tls-source files with a wildcard certificate you already have."))
                }
            } else {
                found.append(.error("tls.issuer-invalid", .tlsIssuer, issuer.isEmpty ? "cert-manager needs an issuer." : "\"\(issuer)\" is not ClusterIssuer/NAME or Issuer/NAME.",
                                    hint: "e.g. --issuer ClusterIssuer/letsencrypt-dns."))
            }
        }
        if config.tlsSource == .files {
            for key in [OwnedKey.tlsCertFile, .tlsKeyFile] where config[key].isEmpty {
                found.append(.error("tls.file-missing", key, "TLS_SOURCE=files needs this PEM file.", hint: "give the path with \(key.flag ?? key.rawValue)."))
            }
        }
        if config.sandboxTLSSource == .files {
            for key in [OwnedKey.sandboxTLSCertFile, .sandboxTLSKeyFile] where config[key].isEmpty {
                found.append(.error("tls.file-missing", key, "the sandbox wildcard certificate from files needs this PEM file.",
                                    hint: "give the path with \(key.flag ?? key.rawValue)."))
            }
        }
        return found
    }
}
