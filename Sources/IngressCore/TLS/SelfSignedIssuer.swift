import Crypto
import Foundation
import SwiftASN1
import X509

/// The `self-signed` source: a local CA and one certificate per Secret (ECDSA P-256, random serials).
///
/// What an earlier render wrote is kept while it still covers the names and has more than 14 days
/// left, so re-running `render` is byte-identical and operators trust the CA only once.
public enum SelfSignedIssuer {
    public static let caCertificateFile = "nap-ingress-ca.crt"
    public static let caKeyFile = "nap-ingress-ca.key"
    /// Leaf certificates live 90 days; re-running `render` renews them in their last 14.
    public static let leafLifetime: TimeInterval = 90 * 86400
    /// The CA outlives many leaves, so clients trust it once (it is name-constrained to the main domain).
    public static let caLifetime: TimeInterval = 3 * 365 * 86400
    /// Tolerance for clients whose clock is a little behind.
    static let backdate: TimeInterval = 300

    public static func certificateFile(_ secretName: String) -> String { "\(secretName).crt" }
    public static func keyFile(_ secretName: String) -> String { "\(secretName).key" }

    /// Every file name an earlier render may have left, for the loader.
    public static func fileNames(for requirements: [TLSRequirement]) -> [String] {
        [caCertificateFile, caKeyFile] + requirements.flatMap { [certificateFile($0.secretName), keyFile($0.secretName)] }
    }

    /// The CA and a certificate for each requirement; `previous` maps file names to what an earlier
    /// render wrote. Notes say what is issued and why, in words that hold both in a preview and after writing.
    public static func issue(_ requirements: [TLSRequirement], mainDomain: String, previous: [String: String], now: Date)
        -> (TLSMaterial, [Diagnostic]) {
        var notes: [Diagnostic] = []
        let field = FindingSubject.file(path: caCertificateFile)
        do {
            let authority: Authority
            var caReissued = false
            switch Authority.load(previous, mainDomain: mainDomain, now: now) {
            case .success(let kept):
                authority = kept
            case .failure(let reason):
                authority = try Authority.make(mainDomain: mainDomain, now: now)
                caReissued = true
                notes.append(Diagnostic(.note, "tls.self-signed-ca-issued", field,
                                        "a new local CA is issued (\(reason.reason)).",
                                        hint: previous[caCertificateFile] == nil
                                            ? "trust \(caCertificateFile) on every client (see NEXT-STEPS.md)."
                                            : "trust the new \(caCertificateFile) on every client (see NEXT-STEPS.md). The CA trusted before no longer signs these certificates."))
            }
            var material = TLSMaterial(authority: try authority.material())
            for requirement in requirements {
                if !caReissued, let kept = Leaf.load(requirement, previous: previous, authority: authority, now: now, reason: { reason in
                    notes.append(Diagnostic(.note, "tls.self-signed-reissued", .secret(namespace: requirement.namespace, name: requirement.secretName),
                                            "a new certificate is issued (\(reason)).", hint: nil))
                }) {
                    material.secrets[requirement.secretName] = kept
                    continue
                }
                if caReissued {
                    notes.append(Diagnostic(.note, "tls.self-signed-reissued", .secret(namespace: requirement.namespace, name: requirement.secretName),
                                            "a new certificate is issued (signed by the new CA).", hint: nil))
                }
                material.secrets[requirement.secretName] = try Leaf.make(requirement, authority: authority, now: now)
            }
            return (material, notes)
        } catch {
            return (TLSMaterial(), [Diagnostic(.error, "tls.self-signed-failed", .key(.tlsSource),
                                               "could not generate the local CA and certificates.", hint: "report this as a bug.")])
        }
    }

    /// The local CA: certificate and key.
    struct Authority {
        var certificate: Certificate
        var key: TLSPrivateKey

        func material() throws -> TLSSecretMaterial {
            TLSSecretMaterial(secretName: "nap-ingress-ca", certificatePEM: try certificate.serializeAsPEM().pemString + "\n",
                              privateKeyPEM: key.pem)
        }

        static func make(mainDomain: String, now: Date) throws -> Authority {
            let key = try TLSPrivateKey(Certificate.PrivateKey(P256.Signing.PrivateKey()))
            let serial = Certificate.SerialNumber()
            // A short tag from the serial tells several local CAs apart in a trust store.
            let tag = serial.bytes.prefix(4).map { byte in String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
            let name = try DistinguishedName {
                OrganizationName("nap-ingress")
                CommonName("nap-ingress local CA \(tag)")
            }
            let certificate = try Certificate(
                version: .v3, serialNumber: serial, publicKey: key.key.publicKey,
                notValidBefore: now - backdate, notValidAfter: now + caLifetime,
                issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                    Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                    // Trusting this CA must not let it vouch for any other domain.
                    Critical(NameConstraints(permittedDNSDomains: [mainDomain]))
                    SubjectKeyIdentifier(hash: key.key.publicKey)
                },
                issuerPrivateKey: key.key)
            return Authority(certificate: certificate, key: key)
        }

        /// The CA an earlier render wrote, or why it cannot be kept.
        static func load(_ previous: [String: String], mainDomain: String, now: Date) -> Result<Authority, TLSMaterialError> {
            guard let certText = previous[caCertificateFile], let keyText = previous[caKeyFile] else {
                return .failure(.unreadable("none found in the output folder"))
            }
            guard let chain = try? PEMChain(pem: certText), chain.certificates.count == 1, let key = try? TLSPrivateKey(pem: keyText) else {
                return .failure(.unreadable("the previous one could not be read"))
            }
            let certificate = chain.certificates[0]
            guard key.matches(certificate), ChainCheck.isSelfSigned(certificate),
                  case .isCertificateAuthority = (try? certificate.extensions.basicConstraints) ?? .notCertificateAuthority else {
                return .failure(.unreadable("the previous key does not match it"))
            }
            let permitted = ((try? certificate.extensions.nameConstraints) ?? nil).map { Array($0.permittedDNSDomains) } ?? []
            guard permitted.contains(where: { HostNameMatch.normalized($0) == HostNameMatch.normalized(mainDomain) }) else {
                return .failure(.unreadable("the previous one was for another domain"))
            }
            if let reason = Leaf.expiryReason(certificate, now: now) { return .failure(.unreadable("the previous one \(reason)")) }
            return .success(Authority(certificate: certificate, key: key))
        }
    }

    /// A certificate for one Secret, signed by the local CA.
    enum Leaf {
        static func make(_ requirement: TLSRequirement, authority: Authority, now: Date) throws -> TLSSecretMaterial {
            let key = try TLSPrivateKey(Certificate.PrivateKey(P256.Signing.PrivateKey()))
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.key.publicKey,
                notValidBefore: now - backdate, notValidAfter: min(now + leafLifetime, authority.certificate.notValidAfter),
                issuer: authority.certificate.subject,
                // Names belong in SANs only (CN is capped at 64 characters); the CN just labels the Secret.
                subject: try DistinguishedName {
                    OrganizationName("nap-ingress")
                    CommonName(requirement.secretName)
                },
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true))
                    try ExtendedKeyUsage([.serverAuth])
                    SubjectAlternativeNames(requirement.names.map { GeneralName.dnsName($0) })
                    SubjectKeyIdentifier(hash: key.key.publicKey)
                    AuthorityKeyIdentifier(keyIdentifier: SubjectKeyIdentifier(hash: authority.certificate.publicKey).keyIdentifier)
                },
                issuerPrivateKey: authority.key.key)
            return TLSSecretMaterial(secretName: requirement.secretName,
                                     certificatePEM: try certificate.serializeAsPEM().pemString + "\n", privateKeyPEM: key.pem)
        }

        /// The certificate an earlier render wrote, when it is still good; otherwise `reason` hears why not.
        static func load(_ requirement: TLSRequirement, previous: [String: String], authority: Authority, now: Date,
                         reason: (String) -> Void) -> TLSSecretMaterial? {
            guard let certText = previous[certificateFile(requirement.secretName)],
                  let keyText = previous[keyFile(requirement.secretName)] else {
                reason("none found in the output folder")
                return nil
            }
            guard let chain = try? PEMChain(pem: certText), chain.certificates.count == 1, let key = try? TLSPrivateKey(pem: keyText) else {
                reason("the previous one could not be read")
                return nil
            }
            let certificate = chain.certificates[0]
            guard key.matches(certificate), ChainCheck.issued(authority.certificate, certificate) else {
                reason("the previous one does not belong to the CA or its key")
                return nil
            }
            let coverage = NameCoverage(certificate)
            if let missing = requirement.names.first(where: { !coverage.covers($0) }) {
                reason("the previous one does not cover \(missing)")
                return nil
            }
            if let why = expiryReason(certificate, now: now) {
                reason("the previous one \(why)")
                return nil
            }
            return TLSSecretMaterial(secretName: requirement.secretName, certificatePEM: chain.pem, privateKeyPEM: key.pem)
        }

        /// Why a certificate is too close to (or past) its end, or not yet valid; nil when it can be kept.
        static func expiryReason(_ certificate: Certificate, now: Date) -> String? {
            if now < certificate.notValidBefore { return "is not valid before \(ValidityCheck.stamp(certificate.notValidBefore))" }
            if now > certificate.notValidAfter { return "expired on \(ValidityCheck.stamp(certificate.notValidAfter))" }
            if certificate.notValidAfter.timeIntervalSince(now) <= TLSCheck.renewalWindow {
                return "expires on \(ValidityCheck.stamp(certificate.notValidAfter)), within 14 days"
            }
            return nil
        }
    }
}
