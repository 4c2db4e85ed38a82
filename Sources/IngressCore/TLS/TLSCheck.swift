import Foundation
import X509

/// The checks of the `files` source: names, wildcard, key, validity, chain order and root.
public enum TLSCheck {
    /// Certificates with less than this left get a warning (and self-signed ones are re-issued).
    public static let renewalWindow: TimeInterval = 14 * 24 * 3600

    /// Every finding about one Secret's files; errors mean the Secret would not work.
    public static func findings(for requirement: TLSRequirement, files: TLSFilePair, now: Date) -> [Diagnostic] {
        inspect(requirement, files: files, now: now).findings
    }

    /// Findings for every requirement of the plan whose source is `files`.
    public static func findings(for plan: Plan, files: [String: TLSFilePair], now: Date) -> [Diagnostic] {
        plan.tls.filter { $0.source == .files }.flatMap { requirement -> [Diagnostic] in
            guard let pair = files[requirement.secretName] else { return [] }
            return findings(for: requirement, files: pair, now: now)
        }
    }

    /// The findings, and the Secret's material when both files could be read.
    public static func inspect(_ requirement: TLSRequirement, files: TLSFilePair, now: Date) -> (material: TLSSecretMaterial?, findings: [Diagnostic]) {
        var found: [Diagnostic] = []
        let certField = files.certField, keyField = files.keyField

        var chain: PEMChain?
        if let text = files.certPEM {
            do { chain = try PEMChain(pem: text) } catch {
                found.append(Diagnostic(.error, "tls.cert-unreadable", certField, "the file \(error.reason).",
                                        hint: error.hint.map(FindingHint.text) ?? "give the PEM certificate chain of \(requirement.secretName), leaf first."))
            }
        } else {
            found.append(Diagnostic(.error, "tls.file-not-found", certField, "the certificate file does not exist or cannot be read.",
                                    hint: "check the path (relative paths are relative to the current folder)."))
        }
        var key: TLSPrivateKey?
        if let text = files.keyPEM {
            do { key = try TLSPrivateKey(pem: text) } catch {
                found.append(Diagnostic(.error, "tls.key-unreadable", keyField, "the file \(error.reason).",
                                        hint: error.hint.map(FindingHint.text) ?? "give the unencrypted PEM private key of \(requirement.secretName)."))
            }
        } else {
            found.append(Diagnostic(.error, "tls.file-not-found", keyField, "the key file does not exist or cannot be read.",
                                    hint: "check the path (relative paths are relative to the current folder)."))
        }
        guard let chain else { return (nil, found) }
        let certificates = chain.certificates

        // The leaf is the certificate the key belongs to; ingress controllers serve the first one.
        var leafIndex = 0
        if let key {
            if let index = certificates.firstIndex(where: key.matches) {
                leafIndex = index
                if index > 0 {
                    found.append(Diagnostic(.error, "tls.chain-order", certField,
                                            "the certificate for the key is number \(index + 1) in the file; the leaf must come first.",
                                            hint: "order the file leaf first, then each issuer: cat leaf.pem intermediate.pem > chain.pem."))
                }
            } else {
                found.append(Diagnostic(.error, "tls.key-mismatch", keyField,
                                        "the \(key.kindName) key does not belong to the certificate in \(files.certPath) (\(subjectSummary(certificates[0]))).",
                                        hint: "use the key the certificate was issued for; `openssl x509 -pubkey -noout -in CERT` and `openssl pkey -pubout -in KEY` must print the same."))
            }
        }
        let leaf = certificates[leafIndex]
        found += nameFindings(requirement, leaf: leaf, field: certField)
        found += ChainCheck.findings(certificates, leafIndex: leafIndex, field: certField)
        found += ValidityCheck.findings(certificates, now: now, field: certField)

        guard let key else { return (nil, found) }
        return (TLSSecretMaterial(secretName: requirement.secretName, certificatePEM: chain.pem, privateKeyPEM: key.pem), found)
    }

    /// Every required name must be covered by a SAN; the preview Secret needs the exact wildcard.
    static func nameFindings(_ requirement: TLSRequirement, leaf: Certificate, field: FindingSubject) -> [Diagnostic] {
        let coverage = NameCoverage(leaf)
        if coverage.isCommonNameOnly {
            return [Diagnostic(.error, "tls.cn-only", field,
                               "the certificate names \(coverage.commonNames.joined(separator: ", ")) only in its subject CN and has no subjectAltName; browsers ignore the CN.",
                               hint: "re-issue it with every name as a DNS subjectAltName: \(requirement.names.joined(separator: ", ")).")]
        }
        if coverage.dnsNames.isEmpty {
            return [Diagnostic(.error, "tls.name-not-covered", field, "the certificate has no DNS names at all.",
                               hint: "re-issue it with the DNS subjectAltNames \(requirement.names.joined(separator: ", ")).")]
        }
        let has = coverage.dnsNames.joined(separator: ", ")
        var found: [Diagnostic] = []
        for name in requirement.names where !coverage.covers(name) {
            if requirement.wildcard && name.hasPrefix("*.") {
                let parent = "*." + name.dropFirst(2).split(separator: ".").dropFirst().joined(separator: ".")
                let tooHigh = coverage.dnsNames.contains { HostNameMatch.normalized($0) == parent }
                found.append(Diagnostic(.error, "tls.not-wildcard", field,
                                        "\(requirement.secretName) must be a wildcard for \(name), but the certificate covers only \(has)"
                                        + (tooHigh ? " (\(parent) covers one label only, so not {id}-{port}.\(name.dropFirst(2)))." : "."),
                                        hint: "get a certificate whose subjectAltName includes DNS:\(name)."))
            } else {
                found.append(Diagnostic(.error, "tls.name-not-covered", field,
                                        "the certificate does not cover \(name) (it covers \(has)).",
                                        hint: "re-issue it with \(name) in its subjectAltName."))
            }
        }
        return found
    }

    /// A short, key-free description for messages: the SANs or the CN.
    static func subjectSummary(_ certificate: Certificate) -> String {
        let coverage = NameCoverage(certificate)
        let names = coverage.presented
        return names.isEmpty ? "subject \(certificate.subject)" : "for " + names.prefix(4).joined(separator: ", ") + (names.count > 4 ? ", …" : "")
    }
}
