/// A cert-manager `Certificate` for one TLS Secret: names in `dnsNames` only (X.509 CN is capped at 64 characters).
struct CertManagerCertificate: Encodable, Sendable {
    var apiVersion = "cert-manager.io/v1"
    var kind = "Certificate"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var secretName: String
        /// The issued Secret carries the standard labels too, so `kubectl delete -l` removes it.
        var secretTemplate: SecretTemplate
        var dnsNames: [String]
        var issuerRef: IssuerReference
    }

    struct SecretTemplate: Encodable, Sendable {
        var labels: StringMap
    }

    struct IssuerReference: Encodable, Sendable {
        var group = "cert-manager.io"
        var kind: String
        var name: String
    }

    init(_ requirement: TLSRequirement, issuer: TLSIssuer) {
        metadata = ObjectMeta(name: requirement.secretName, namespace: requirement.namespace, component: "tls")
        spec = Spec(secretName: requirement.secretName, secretTemplate: SecretTemplate(labels: ObjectMeta.standardLabels),
                    dnsNames: requirement.names, issuerRef: IssuerReference(kind: issuer.kind, name: issuer.name))
    }
}

/// `TLS_ISSUER`: a cert-manager `ClusterIssuer/NAME` or `Issuer/NAME` (syntax checked by `TLSRule`).
public struct TLSIssuer: Equatable, Sendable {
    public var kind: String
    public var name: String

    public init?(_ value: String) {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, ["ClusterIssuer", "Issuer"].contains(parts[0]), !parts[1].isEmpty else { return nil }
        kind = parts[0]
        name = parts[1]
    }

    public var description: String { "\(kind)/\(name)" }
}
