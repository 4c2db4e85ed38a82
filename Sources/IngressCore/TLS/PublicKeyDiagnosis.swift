import SwiftASN1

/// Why a certificate or key that X509 refused cannot be used, read straight from its DER: a short
/// RSA key or an algorithm nap-ingress does not support. Nil when the reason cannot be told.
enum PublicKeyDiagnosis {
    static let minimumRSABits = 2048
    static let supported = "RSA of 2048 bits or more, ECDSA P-256/P-384, Ed25519"

    /// What is wrong with the key of a certificate (`certificate.der`), completing "its key …".
    static func certificate(der: [UInt8]) -> (problem: String, hint: String)? {
        guard let certificate = try? DER.parse(der), let tbs = children(certificate).first else { return nil }
        // TBSCertificate: [0] version (optional), serial, signature, issuer, validity, subject, subjectPublicKeyInfo.
        var fields = children(tbs)
        if let first = fields.first, first.identifier.tagClass == .contextSpecific { fields.removeFirst() }
        guard fields.count > 5 else { return nil }
        let info = children(fields[5])
        guard info.count == 2, let algorithm = algorithm(of: info[0]),
              case .primitive(let bitString) = info[1].content, bitString.first == 0 else { return nil }
        return judge(algorithm: algorithm, curve: curve(of: info[0]), rsaPublicKey: Array(bitString.dropFirst()), role: .certificate)
    }

    /// What is wrong with a private key block nap-ingress could not read (`RSA PRIVATE KEY`, `PRIVATE KEY`).
    static func privateKey(discriminator: String, der: [UInt8]) -> (problem: String, hint: String)? {
        guard let root = try? DER.parse(der) else { return nil }
        let fields = children(root)
        switch discriminator {
        case "RSA PRIVATE KEY":
            // RSAPrivateKey: version, modulus, …
            guard fields.count > 1, let bits = integerBits(fields[1]) else { return nil }
            return judgeRSA(bits: bits, role: .key)
        case "PRIVATE KEY":
            // PrivateKeyInfo: version, algorithm, privateKey (OCTET STRING holding RSAPrivateKey for RSA).
            guard fields.count > 2, let algorithm = algorithm(of: fields[1]) else { return nil }
            if algorithm == rsaEncryption {
                guard case .primitive(let inner) = fields[2].content, let key = try? DER.parse(Array(inner)) else { return nil }
                let parts = children(key)
                guard parts.count > 1, let bits = integerBits(parts[1]) else { return nil }
                return judgeRSA(bits: bits, role: .key)
            }
            return judge(algorithm: algorithm, curve: curve(of: fields[1]), rsaPublicKey: [], role: .key)
        default:
            return nil
        }
    }

    enum Role { case certificate, key }

    static let rsaEncryption = "1.2.840.113549.1.1.1"
    static let ecPublicKey = "1.2.840.10045.2.1"
    static let names = [
        "1.2.840.10040.4.1": "DSA", "1.2.840.113549.1.1.10": "RSASSA-PSS", "1.3.101.113": "Ed448",
        "1.3.101.110": "X25519", "1.3.101.111": "X448", "1.2.643.7.1.1.1.1": "GOST R 34.10-2012",
        "1.2.156.10197.1.301": "SM2",
    ]
    static let curves = [
        "1.2.840.10045.3.1.7": "P-256", "1.3.132.0.34": "P-384", "1.3.132.0.35": "P-521",
        "1.3.132.0.10": "secp256k1", "1.2.840.10045.3.1.1": "P-192", "1.3.132.0.33": "P-224",
        "1.3.36.3.3.2.8.1.1.7": "brainpoolP256r1", "1.3.36.3.3.2.8.1.1.11": "brainpoolP384r1",
    ]

    static func judge(algorithm: String, curve: String?, rsaPublicKey: [UInt8], role: Role) -> (problem: String, hint: String)? {
        if algorithm == rsaEncryption {
            // RSAPublicKey: modulus, publicExponent.
            guard let key = try? DER.parse(rsaPublicKey), let modulus = children(key).first, let bits = integerBits(modulus) else { return nil }
            return judgeRSA(bits: bits, role: role)
        }
        let replace = role == .certificate ? "re-issue the certificate with" : "use"
        if algorithm == ecPublicKey {
            guard let curve, !["1.2.840.10045.3.1.7", "1.3.132.0.34", "1.3.132.0.35"].contains(curve) else { return nil }
            return ("an ECDSA key on the curve \(curves[curve] ?? curve), which TLS clients and nap-ingress do not support (supported: \(supported))",
                    "\(replace) an ECDSA P-256 key (or RSA of 2048 bits or more).")
        }
        return ("a \(names[algorithm] ?? "public-key algorithm \(algorithm)") key, which nap-ingress cannot use (supported: \(supported))",
                "\(replace) an ECDSA P-256 key (or RSA of 2048 bits or more).")
    }

    static func judgeRSA(bits: Int, role: Role) -> (problem: String, hint: String)? {
        guard bits < minimumRSABits else { return nil }
        let replace = role == .certificate ? "re-issue the certificate with a new key" : "use a new key, and a certificate issued for it"
        return ("a \(bits)-bit RSA key; nap-ingress, like browsers and public CAs, needs at least \(minimumRSABits) bits",
                "\(replace): RSA of \(minimumRSABits) bits or more (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:\(minimumRSABits)) or ECDSA P-256.")
    }

    static func children(_ node: ASN1Node) -> [ASN1Node] {
        if case .constructed(let nodes) = node.content { return Array(nodes) }
        return []
    }

    /// The OID of an AlgorithmIdentifier, dotted.
    static func algorithm(of identifier: ASN1Node) -> String? {
        guard let first = children(identifier).first, let oid = try? ASN1ObjectIdentifier(derEncoded: first) else { return nil }
        return oid.description
    }

    /// The named curve of an ecPublicKey AlgorithmIdentifier.
    static func curve(of identifier: ASN1Node) -> String? {
        let parts = children(identifier)
        guard parts.count > 1, let oid = try? ASN1ObjectIdentifier(derEncoded: parts[1]) else { return nil }
        return oid.description
    }

    /// The size in bits of a non-negative INTEGER (an RSA modulus).
    static func integerBits(_ node: ASN1Node) -> Int? {
        guard node.identifier == .integer, case .primitive(let bytes) = node.content else { return nil }
        let significant = bytes.drop { $0 == 0 }
        guard let top = significant.first else { return 0 }
        return (significant.count - 1) * 8 + (8 - top.leadingZeroBitCount)
    }
}
