/// The TLS sources' part of the output: Secret manifests, cert-manager Certificates and the
/// self-signed CA and key files, all from settled `TLSMaterial` (pure, byte-identical).
public enum TLSRenderer {
    public static let secretsFile = "tls-secrets.yaml"
    public static let certificatesFile = "tls-certificates.yaml"

    /// Manifests for the kustomization, and the extra files (certificates and keys) beside them.
    public static func render(_ plan: Plan, material: TLSMaterial) -> (manifests: [ManifestFile], files: [OutputFile]) {
        guard plan.mode == .external else { return ([], []) }
        var manifests: [ManifestFile] = []
        var files: [OutputFile] = []
        let secrets = plan.tls.filter { [.files, .selfSigned].contains($0.source) }
            .compactMap { requirement in material.secrets[requirement.secretName].map { TLSSecret($0, namespace: requirement.namespace) } }
        if !secrets.isEmpty {
            manifests.append(ManifestFile(name: secretsFile, objects: secrets, isSecret: true))
        }
        if let issuer = plan.issuer {
            let certificates = plan.tls.filter { $0.source == .certManager }.map { CertManagerCertificate($0, issuer: issuer) }
            if !certificates.isEmpty { manifests.append(ManifestFile(name: certificatesFile, objects: certificates)) }
        }
        let selfSigned = plan.tls.filter { $0.source == .selfSigned }
        if !selfSigned.isEmpty, let authority = material.authority {
            files.append(OutputFile(path: SelfSignedIssuer.caCertificateFile, text: authority.certificatePEM))
            files.append(OutputFile(path: SelfSignedIssuer.caKeyFile, text: authority.privateKeyPEM, mode: 0o600))
            for requirement in selfSigned {
                guard let secret = material.secrets[requirement.secretName] else { continue }
                files.append(OutputFile(path: SelfSignedIssuer.certificateFile(requirement.secretName), text: secret.certificatePEM))
                files.append(OutputFile(path: SelfSignedIssuer.keyFile(requirement.secretName), text: secret.privateKeyPEM, mode: 0o600))
            }
        }
        return (manifests, files)
    }
}
