import Foundation
import X509

/// The TLS Secrets and cert-manager issuers a snapshot holds, judged by the rules `check` applies to PEM files.
enum DiscoveredCertificates {
    /// One row per Secret asked for, and the findings of the certificate rules (names, wildcard, expiry, chain).
    static func secrets(_ snapshot: ClusterSnapshot, request: DiscoveryRequest, hosts: HostNames?, now: Date)
        -> (rows: [DiscoveryReport.SecretRow], findings: [Diagnostic]) {
        var rows: [DiscoveryReport.SecretRow] = []
        var findings: [Diagnostic] = []
        let forbidden = snapshot.notAllowed.contains("secrets")
        for namespace in request.secretNamespaces where snapshot.namespaces[namespace] != false {
            for name in DiscoveryRequest.secretNames {
                let field = FindingSubject.secret(namespace: namespace, name: name)
                let made = snapshot.certificates.first { $0.namespace == namespace && $0.secretName == name }
                var row = DiscoveryReport.SecretRow(name: name, namespace: namespace, state: "missing", namesCovered: [],
                                                    daysLeft: nil, certificate: made.map { "\($0.namespace)/\($0.name)" })
                if forbidden {
                    row.state = "not allowed"
                    rows.append(row)
                    continue
                }
                guard let secret = snapshot.secrets.first(where: { $0.namespace == namespace && $0.name == name }) else {
                    rows.append(row)
                    continue
                }
                guard let pem = secret.certificatePEM else {
                    row.state = "no tls.crt"
                    findings.append(Diagnostic(.error, "discover.secret-no-certificate", field,
                                               "the Secret has no tls.crt.",
                                               hint: "recreate it with `kubectl create secret tls \(name) -n \(namespace) --cert=CERT --key=KEY`."))
                    rows.append(row)
                    continue
                }
                row.state = "found"
                let chain: PEMChain
                do { chain = try PEMChain(pem: pem) } catch {
                    findings.append(Diagnostic(.error, "tls.cert-unreadable", field, "tls.crt \(error.reason).",
                                               hint: error.hint.map(FindingHint.text) ?? "replace it with the PEM certificate chain, leaf first."))
                    rows.append(row)
                    continue
                }
                let leaf = chain.certificates[0]
                row.namesCovered = NameCoverage(leaf).presented
                row.daysLeft = Int((leaf.notValidAfter.timeIntervalSince(now) / 86400).rounded(.down))
                if let hosts {
                    let requirement = name == Plan.sandboxSecret
                        ? TLSRequirement(secretName: name, namespace: namespace, names: [hosts.previewWildcard], wildcard: true, source: .existing)
                        : TLSRequirement(secretName: name, namespace: namespace,
                                         names: [hosts.main, hosts.files, hosts.browsers, hosts.sandbox], wildcard: false, source: .existing)
                    findings += TLSCheck.nameFindings(requirement, leaf: leaf, field: field)
                }
                findings += ChainCheck.findings(chain.certificates, leafIndex: 0, field: field)
                findings += ValidityCheck.findings(chain.certificates, now: now, field: field)
                rows.append(row)
            }
        }
        return (rows, findings)
    }

    /// Issuers and ClusterIssuers; an ACME issuer without a DNS-01 solver cannot issue `*.sandbox.<main>`.
    static func issuers(_ snapshot: ClusterSnapshot, hosts: HostNames?) -> (rows: [IssuerObject], findings: [Diagnostic]) {
        var findings: [Diagnostic] = []
        let wildcard = hosts?.previewWildcard ?? "*.sandbox.<main>"
        for issuer in snapshot.issuers {
            let field = "\(issuer.kind) " + (issuer.namespace.map { "\($0)/" } ?? "") + issuer.name
            if !issuer.canIssueWildcard {
                findings.append(Diagnostic(.warning, "discover.issuer-no-wildcard", .cluster(field, concerns: .tlsIssuer),
                                           "the ACME issuer has only \(issuer.solvers.isEmpty ? "no" : issuer.solvers.joined(separator: ", ")) solvers; ACME issues a wildcard such as \(wildcard) only through DNS-01, so it cannot issue nap-sandbox-tls-cert.",
                                           hint: "add a dns01 solver for your DNS provider to the issuer, or use another issuer for the sandbox preview certificate."))
            }
            if issuer.ready == false {
                findings.append(Diagnostic(.warning, "discover.issuer-not-ready", .cluster(field, concerns: .tlsIssuer),
                                           "the issuer is not Ready, so certificates from it stay pending.",
                                           hint: "see `kubectl describe \(issuer.kind.lowercased()) \(issuer.name)`" + (issuer.namespace.map { " -n \($0)" } ?? "") + "."))
            }
        }
        return (snapshot.issuers, findings)
    }
}
