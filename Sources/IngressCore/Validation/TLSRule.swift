/// TLS answers: the sources' required settings and the issuer's syntax. The certificate files
/// themselves are checked by `TLSCheck` (reading files cannot be a pure rule).
struct TLSRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        var found: [Diagnostic] = []
        let issuer = config[.tlsIssuer]
        let usesCertManager = draft.tlsSource == .certManager || draft.sandboxTLSSource == .certManager
        if usesCertManager || !issuer.isEmpty {
            if draft.issuer != nil {
                if draft.sandboxTLSSource == .certManager, draft.mode == .external {
                    found.append(.warning("tls.wildcard-needs-dns01", .tlsIssuer,
                                          "\(issuer) must be an ACME issuer with a DNS-01 solver: the sandbox wildcard certificate cannot be issued over HTTP-01.",
                                          hint: "configure a DNS-01 solver for the zone, or use \(set: .sandboxTLSSource, "files") with a wildcard certificate you already have."))
                }
            } else if issuer.isEmpty {
                found.append(.error("tls.issuer-invalid", .tlsIssuer, "cert-manager needs an issuer.",
                                    hint: .set(.tlsIssuer, example: "ClusterIssuer/letsencrypt-dns")))
            } else {
                // A text that is not an issuer is the draft's finding.
                found += draft.findings(for: .tlsIssuer)
            }
        }
        if draft.tlsSource == .files {
            for key in [OwnedKey.tlsCertFile, .tlsKeyFile] where config[key].isEmpty {
                found.append(.error("tls.file-missing", key, "the files source needs this PEM file.", hint: Self.pathHint(key)))
            }
        }
        if draft.sandboxTLSSource == .files {
            for key in [OwnedKey.sandboxTLSCertFile, .sandboxTLSKeyFile] where config[key].isEmpty {
                found.append(.error("tls.file-missing", key, "the sandbox wildcard certificate from files needs this PEM file.",
                                    hint: Self.pathHint(key)))
            }
        }
        return found
    }

    /// "set the PEM file's path, e.g. /etc/nap/tls.crt." for a file key.
    static func pathHint(_ key: OwnedKey) -> FindingHint {
        let example: String = switch key {
        case .tlsCertFile: "/etc/nap/tls.crt"
        case .tlsKeyFile: "/etc/nap/tls.key"
        case .sandboxTLSCertFile: "/etc/nap/sandbox.crt"
        default: "/etc/nap/sandbox.key"
        }
        return .set(key, example: example, what: "the PEM file's path")
    }
}
