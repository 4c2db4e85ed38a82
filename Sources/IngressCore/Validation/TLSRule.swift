/// TLS answers: the syntax of the issuer reference (the certificate checks live with the TLS sources).
struct TLSRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let issuer = config[.tlsIssuer]
        let usesCertManager = config.tlsSource == .certManager || config.sandboxTLSSource == .certManager
        if usesCertManager || !issuer.isEmpty {
            let parts = issuer.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count != 2 || !["ClusterIssuer", "Issuer"].contains(parts[0]) || !ControllerOptionsRule.isSubdomain(String(parts[1])) {
                found.append(.error("tls.issuer-invalid", .tlsIssuer, issuer.isEmpty ? "cert-manager needs an issuer." : "\"\(issuer)\" is not ClusterIssuer/NAME or Issuer/NAME.",
                                    hint: "e.g. --issuer ClusterIssuer/letsencrypt-dns."))
            }
        }
        if config.tlsSource == .files {
            for key in [OwnedKey.tlsCertFile, .tlsKeyFile] where config[key].isEmpty {
                found.append(.error("tls.file-missing", key, "TLS_SOURCE=files needs this PEM file.", hint: "give the path with \(key.flag!)."))
            }
        }
        if config.sandboxTLSSource == .files {
            for key in [OwnedKey.sandboxTLSCertFile, .sandboxTLSKeyFile] where config[key].isEmpty {
                found.append(.error("tls.file-missing", key, "the sandbox wildcard certificate from files needs this PEM file.", hint: "give the path with \(key.flag!)."))
            }
        }
        return found
    }
}
