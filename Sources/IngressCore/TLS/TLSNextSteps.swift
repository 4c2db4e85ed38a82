/// The "TLS Secrets" section of NEXT-STEPS.md: where each Secret lives, what it must cover, and
/// what the operator does for its source.
public enum TLSNextSteps {
    public static func section(_ plan: Plan) -> String {
        var out = ""
        for req in plan.tls {
            let names = req.names.map { "`\($0)`" }.joined(separator: ", ")
            out += "- `\(req.secretName)` in namespace `\(req.namespace)` (source: \(req.source.rawValue)) must cover \(names)"
            out += req.wildcard ? " (a wildcard certificate: preview host names cannot be listed in advance).\n" : ".\n"
        }
        if case .namespaceOption(_, let why) = plan.controller.descriptor.secretHome, let home = plan.tls.first?.namespace {
            out += "\n\(why) (`\(home)`), not from `\(plan.namespace)`.\n"
        }
        let existing = plan.tls.filter { $0.source == .existing }
        if !existing.isEmpty {
            out += "\nCreate the Secrets from your PEM files (certificate chain with the leaf first, unencrypted key):\n\n```sh\n"
            for req in existing {
                out += "kubectl create secret tls \(req.secretName) -n \(req.namespace) --cert=\(req.secretName).pem --key=\(req.secretName)-key.pem\n"
            }
            out += "```\n\nTo have nap-ingress check the files first (names, key, dates, chain) and render the Secrets itself, use "
            out += "`nap-ingress configure --tls-source files --tls-cert CHAIN.pem --tls-key KEY.pem` and `nap-ingress check`.\n"
        }
        if plan.tls.contains(where: { $0.source == .files }) {
            out += "\n`\(TLSRenderer.secretsFile)` holds the Secrets made from your PEM files. It contains private keys: it is written with mode 0600; keep it out of version control.\n"
        }
        let certManager = plan.tls.filter { $0.source == .certManager }
        if !certManager.isEmpty {
            out += certManagerNotes(plan, certManager)
        }
        if plan.tls.contains(where: { $0.source == .selfSigned }) {
            out += selfSignedNotes(plan)
        }
        return out
    }

    static func certManagerNotes(_ plan: Plan, _ requirements: [TLSRequirement]) -> String {
        let issuer = plan.issuer
        // Validation refuses cert-manager without a valid issuer, so there is always one here.
        var out = "\n`\(TLSRenderer.certificatesFile)` asks cert-manager (`\(issuer?.description ?? "")`) to issue "
        out += requirements.map { "`\($0.secretName)`" }.joined(separator: " and ") + ".\n\n"
        if let wildcard = requirements.first(where: \.wildcard) {
            out += "> **The wildcard `\(wildcard.names.joined(separator: "`, `"))` can only be issued by an ACME issuer with a DNS-01 solver.** "
            out += "HTTP-01 cannot issue wildcards: with an HTTP-01-only issuer the Certificate never becomes Ready and sandbox previews have no TLS.\n\n"
        }
        let namespaces = Array(Set(requirements.map(\.namespace))).sorted()
        if issuer?.kind == "Issuer" {
            out += "`Issuer/\(issuer?.name ?? "")` is namespaced: it must exist in namespace \(namespaces.map { "`\($0)`" }.joined(separator: ", ")), next to the Certificates (or use a ClusterIssuer).\n\n"
        }
        if plan.controller.descriptor.secretHome == .platformNamespaceByReference {
            out += "The Gateway reads the Secrets from `\(namespaces.joined(separator: "`, `"))`; a Gateway in another namespace needs a ReferenceGrant for them.\n\n"
        }
        out += "Watch them become Ready:\n\n```sh\n"
        for ns in namespaces { out += "kubectl get certificate -n \(ns) -l \(ObjectMeta.managedBySelector)\n" }
        out += "```\n"
        return out
    }

    static func selfSignedNotes(_ plan: Plan) -> String {
        let ca = SelfSignedIssuer.caCertificateFile
        var out = "\nnap-ingress generated a local CA (`\(ca)`) and certificates for the self-signed Secrets in `\(TLSRenderer.secretsFile)`. "
        out += "The `.key` files and `\(TLSRenderer.secretsFile)` hold private keys (mode 0600); keep them out of version control.\n\n"
        out += "Browsers warn until each client trusts the CA:\n\n"
        out += "- Debian/Ubuntu: `sudo cp \(ca) /usr/local/share/ca-certificates/ && sudo update-ca-certificates`\n"
        out += "- RHEL/Fedora: `sudo cp \(ca) /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust`\n"
        out += "- macOS: `sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain \(ca)`\n"
        out += "- Windows (administrator): `certutil -addstore -f ROOT \(ca)`\n"
        out += "- Firefox keeps its own store: Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import.\n"
        if let main = plan.hosts?.main {
            out += "- curl: `curl --cacert \(ca) https://\(main)/`\n\n"
            out += "The CA can only sign names under `\(main)` (an X.509 name constraint), so trusting it does not expose other sites.\n\n"
        }
        out += "The certificates are valid for 90 days: run `nap-ingress render` again before then. It keeps the CA and the certificates "
        out += "while they cover the names and have more than 14 days left, and re-issues (and says so) otherwise.\n"
        return out
    }
}
