import IngressCore

/// Where the two TLS Secrets come from, and what each source needs.
struct CertificatesPage: StepPage {
    var keys: [OwnedKey] { [.tlsSource, .sandboxTLSSource, .tlsCertFile, .tlsKeyFile, .sandboxTLSCertFile, .sandboxTLSKeyFile, .tlsIssuer] }

    func items(_ state: WizardState) -> [FormItem] {
        let config = state.config
        let sources = TLSSource.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, note: nil) }
        var list: [FormItem] = [
            .choice(.tlsSource, sources),
            .choice(.sandboxTLSSource, [Choice(value: "", label: "same as nap-tls-cert", note: nil)] + sources),
        ]
        if config.tlsSource == .files {
            list += [.field(.tlsCertFile), .field(.tlsKeyFile)]
        }
        if config.sandboxTLSSource == .files {
            list += [.field(.sandboxTLSCertFile), .field(.sandboxTLSKeyFile)]
        }
        if config.tlsSource == .certManager || config.sandboxTLSSource == .certManager {
            list += [.field(.tlsIssuer)]
        }
        return list
    }

    func intro(_ state: WizardState) -> [StyledLine] {
        [StyledLine("Where the two TLS Secrets come from.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] {
        Preview.certificates(state.analysis.plan, config: state.config)
    }

    var help: [String] {
        ["Two TLS Secrets: nap-tls-cert covers the four fixed names; nap-sandbox-tls-cert must be a wildcard for *.sandbox.<domain>.",
         "existing: you create the Secrets. files: PEM files you have, rendered into Secret manifests. cert-manager: Certificates from an Issuer or ClusterIssuer (wildcards need DNS-01). self-signed: a local CA for labs."]
    }
}
