import SwiftASN1
import X509

/// A PEM certificate file parsed into its certificates, in file order (the leaf should come first).
public struct PEMChain: Sendable {
    public var certificates: [Certificate]

    /// The certificates of a PEM file; text around the blocks (e.g. `openssl x509 -text` output) is ignored.
    public init(pem text: String) throws(TLSMaterialError) {
        let documents: [PEMDocument]
        // An encrypted key in OpenSSL's traditional format has headers RFC 7468 parsers refuse.
        let legacyKey = LegacyEncryptedPEM.contains(text)
        do {
            documents = try PEMDocument.parseMultiple(pemString: legacyKey ? LegacyEncryptedPEM.removing(from: text) : text)
        } catch {
            throw .unreadable("is not a PEM file")
        }
        let blocks = documents.filter { $0.discriminator == "CERTIFICATE" }
        guard !blocks.isEmpty else {
            throw .unreadable(legacyKey || documents.contains { $0.discriminator.hasSuffix("PRIVATE KEY") }
                              ? "holds a private key, not a certificate (are the certificate and key paths swapped?)"
                              : "holds no CERTIFICATE block")
        }
        var certificates: [Certificate] = []
        for (index, block) in blocks.enumerated() {
            do {
                certificates.append(try Certificate(derEncoded: block.derBytes))
            } catch {
                let which = blocks.count == 1 ? "a certificate" : "certificate \(index + 1) of \(blocks.count)"
                if let (problem, hint) = PublicKeyDiagnosis.certificate(der: block.derBytes) {
                    throw .unusable("holds \(which) with \(problem)", hint: hint)
                }
                throw .unreadable("holds \(which)\(blocks.count == 1 ? " that" : ", which") is not a valid X.509 certificate")
            }
        }
        self.certificates = certificates
    }

    public init(certificates: [Certificate]) { self.certificates = certificates }

    /// The chain as PEM text, one block per certificate (what goes into `tls.crt`).
    public var pem: String {
        certificates.compactMap { try? $0.serializeAsPEM().pemString }.map { $0 + "\n" }.joined()
    }
}

/// Why certificate or key material could not be used; never carries key bytes.
public enum TLSMaterialError: Error, Sendable, Equatable {
    case unreadable(String)
    /// Read, but not usable as it is; the hint says what to do instead.
    case unusable(String, hint: String)

    /// The reason, completing "the file …".
    public var reason: String {
        switch self {
        case .unreadable(let reason), .unusable(let reason, _): reason
        }
    }

    /// How to fix it, when the reason calls for more than giving another file.
    public var hint: String? {
        switch self {
        case .unreadable: nil
        case .unusable(_, let hint): hint
        }
    }
}
