import Crypto
import SwiftASN1
import X509

/// A TLS private key (RSA, ECDSA P-256/P-384, Ed25519) read from PEM.
///
/// Its descriptions are redacted, so a key can never end up in a diagnostic, a test failure or a log.
public struct TLSPrivateKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let key: Certificate.PrivateKey
    /// The key's PEM block exactly as it is stored (re-encoded only from its own DER bytes).
    public let pem: String

    /// Accepts PKCS#8 (`PRIVATE KEY`), PKCS#1 (`RSA PRIVATE KEY`) and SEC 1 (`EC PRIVATE KEY`).
    public init(pem text: String) throws(TLSMaterialError) {
        // OpenSSL's traditional encryption (`Proc-Type: 4,ENCRYPTED`) is not RFC 7468 PEM: say what it is.
        if LegacyEncryptedPEM.contains(text) {
            throw Self.encrypted("OpenSSL's traditional encrypted format, with Proc-Type and DEK-Info headers")
        }
        let documents: [PEMDocument]
        do {
            documents = try PEMDocument.parseMultiple(pemString: text)
        } catch {
            throw .unreadable("is not a PEM file")
        }
        if documents.contains(where: { $0.discriminator == "ENCRYPTED PRIVATE KEY" }) {
            throw Self.encrypted("PKCS#8 ENCRYPTED PRIVATE KEY")
        }
        let keys = documents.filter { ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"].contains($0.discriminator) }
        guard let document = keys.first else {
            throw .unreadable(documents.contains { $0.discriminator == "CERTIFICATE" }
                              ? "holds a certificate, not a private key (are the certificate and key paths swapped?)"
                              : "holds no PRIVATE KEY block")
        }
        guard keys.count == 1 else { throw .unreadable("holds \(keys.count) private keys; a TLS Secret takes exactly one") }
        do {
            key = try Certificate.PrivateKey(pemDocument: document)
        } catch {
            // The underlying error is not shown: it is about the key's bytes.
            if let (problem, hint) = PublicKeyDiagnosis.privateKey(discriminator: document.discriminator, der: document.derBytes) {
                throw .unusable("holds \(problem)", hint: hint)
            }
            throw .unreadable("holds a private key nap-ingress cannot read (supported: \(PublicKeyDiagnosis.supported))")
        }
        pem = document.pemString + "\n"
    }

    /// An encrypted key: ingress controllers read Secrets without a passphrase.
    static func encrypted(_ format: String) -> TLSMaterialError {
        .unusable("holds an encrypted private key (\(format)); ingress controllers need it unencrypted",
                  hint: "decrypt it with `openssl pkey -in KEY -out PLAIN` (it asks for the passphrase), give PLAIN instead and keep it readable only by you.")
    }

    public init(_ key: Certificate.PrivateKey) throws(TLSMaterialError) {
        self.key = key
        do {
            pem = try key.serializeAsPEM().pemString + "\n"
        } catch {
            throw .unreadable("cannot be encoded as PEM")
        }
    }

    /// Whether this key belongs to the certificate.
    public func matches(_ certificate: Certificate) -> Bool { key.publicKey == certificate.publicKey }

    /// e.g. "ECDSA P-256", for messages (never the key itself).
    public var kindName: String { Self.kindName(of: key.publicKey) }

    static func kindName(of publicKey: Certificate.PublicKey) -> String {
        if P256.Signing.PublicKey(publicKey) != nil { return "ECDSA P-256" }
        if P384.Signing.PublicKey(publicKey) != nil { return "ECDSA P-384" }
        if P521.Signing.PublicKey(publicKey) != nil { return "ECDSA P-521" }
        if Curve25519.Signing.PublicKey(publicKey) != nil { return "Ed25519" }
        return "RSA"
    }

    public var description: String { "TLSPrivateKey(\(kindName), redacted)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
