import Foundation

/// The certificate chain and key that go into one `kubernetes.io/tls` Secret (redacted when printed).
public struct TLSSecretMaterial: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var secretName: String
    /// PEM, leaf first.
    public var certificatePEM: String
    public var privateKeyPEM: String

    public init(secretName: String, certificatePEM: String, privateKeyPEM: String) {
        self.secretName = secretName
        self.certificatePEM = certificatePEM
        self.privateKeyPEM = privateKeyPEM
    }

    public var description: String { "TLSSecretMaterial(\(secretName), key redacted)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["secretName": secretName], displayStyle: .struct) }
}

/// What the TLS sources render from, settled before rendering (files read, self-signed material
/// kept or issued) so that rendering itself stays pure and byte-identical.
public struct TLSMaterial: Equatable, Sendable {
    /// By Secret name, for the `files` and `self-signed` sources.
    public var secrets: [String: TLSSecretMaterial]
    /// The local CA, when a Secret is self-signed.
    public var authority: TLSSecretMaterial?

    public init(secrets: [String: TLSSecretMaterial] = [:], authority: TLSSecretMaterial? = nil) {
        self.secrets = secrets
        self.authority = authority
    }

    /// The material for the plan: the `files` Secrets from their PEM files, the `self-signed` ones
    /// kept from `previous` (what an earlier render wrote) while still good, else newly issued.
    /// The findings are notes saying what was issued and why; file defects come from `TLSCheck`.
    public static func prepare(_ plan: Plan, files: [String: TLSFilePair], previous: [String: String], now: Date)
        -> (TLSMaterial, [Diagnostic]) {
        var material = TLSMaterial()
        for requirement in plan.tls where requirement.source == .files {
            guard let pair = files[requirement.secretName],
                  let secret = TLSCheck.inspect(requirement, files: pair, now: now).material else { continue }
            material.secrets[requirement.secretName] = secret
        }
        let selfSigned = plan.tls.filter { $0.source == .selfSigned }
        guard !selfSigned.isEmpty else { return (material, []) }
        let (issued, notes) = SelfSignedIssuer.issue(selfSigned, mainDomain: plan.hosts?.main ?? "", previous: previous, now: now)
        material.authority = issued.authority
        material.secrets.merge(issued.secrets) { _, new in new }
        return (material, notes)
    }
}
