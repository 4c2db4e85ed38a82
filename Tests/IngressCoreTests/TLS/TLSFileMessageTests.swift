import Foundation
import TestSupport
import Testing
@testable import IngressCore

/// What the `files` source says about keys and certificates it cannot use: encrypted keys in
/// OpenSSL's traditional format, short RSA keys, unsupported curves, and sentences that read right.
@Suite struct TLSFileMessageTests {
    let fx: OpenSSLFixtures
    let good: OpenSSLFixtures.Issued

    init() throws {
        fx = try OpenSSLFixtures()
        good = try fx.issue(cn: "nap-tls-cert", sans: TLSFixtureCatalogue.mainNames, issuer: fx.intermediate)
    }

    func findings(cert: String, key: String) -> [Diagnostic] {
        TLSCheck.findings(for: TLSFixtureCatalogue.requirement(Plan.mainSecret), files: OpenSSLFixtures.pair(cert, key), now: Date())
    }

    /// `openssl ec -aes256` and `openssl rsa -aes256 -traditional`: Proc-Type and DEK-Info headers.
    @Test(arguments: [("ec", OpenSSLFixtures.KeyType.p256, [String]()), ("rsa", .rsa, ["-traditional"])])
    func legacyEncryptedKeysAreNamedAsEncrypted(_ command: String, _ type: OpenSSLFixtures.KeyType, _ extra: [String]) throws {
        let leaf = try fx.issue(cn: "x", sans: TLSFixtureCatalogue.mainNames, issuer: fx.intermediate, keyType: type)
        let legacy = "legacy-\(command).pem"
        try fx.openssl([command, "-in", leaf.key, "-aes256", "-passout", "pass:secret", "-out", legacy] + extra)
        #expect(try String(contentsOfFile: fx.path(legacy), encoding: .utf8).contains("Proc-Type: 4,ENCRYPTED"), "the fixture is the legacy format")

        let found = findings(cert: leaf.cert, key: fx.path(legacy))
        let d = try #require(found.first)
        #expect(found.count == 1 && d.code == "tls.key-unreadable", "\(found)")
        #expect(d.message == "the file holds an encrypted private key (OpenSSL's traditional encrypted format, with Proc-Type and DEK-Info headers); ingress controllers need it unencrypted.")
        #expect(d.commandLineHint == "decrypt it with `openssl pkey -in KEY -out PLAIN` (it asks for the passphrase), give PLAIN instead and keep it readable only by you.")

        // The hint's command does decrypt it.
        try fx.openssl(["pkey", "-in", legacy, "-passin", "pass:secret", "-out", "plain-\(command).pem"])
        #expect(findings(cert: leaf.cert, key: fx.path("plain-\(command).pem")).isEmpty)
    }

    @Test func pkcs8EncryptedKeysSayTheSame() throws {
        try fx.openssl(["pkey", "-in", good.key, "-aes256", "-passout", "pass:secret", "-out", "pkcs8.pem"])
        let d = try #require(findings(cert: good.cert, key: fx.path("pkcs8.pem")).first)
        #expect(d.message == "the file holds an encrypted private key (PKCS#8 ENCRYPTED PRIVATE KEY); ingress controllers need it unencrypted.")
        #expect(d.commandLineHint?.contains("openssl pkey -in KEY -out PLAIN") == true)
    }

    @Test func aLegacyEncryptedKeyAsTheCertificateIsASwap() throws {
        try fx.openssl(["ec", "-in", good.key, "-aes256", "-passout", "pass:secret", "-out", "legacy.pem"])
        let d = try #require(findings(cert: fx.path("legacy.pem"), key: good.key).first)
        #expect(d.code == "tls.cert-unreadable")
        #expect(d.message == "the file holds a private key, not a certificate (are the certificate and key paths swapped?).")
        // A chain file that also carries the encrypted key still gives its certificates.
        let combined = try fx.chain([good.cert, fx.intermediate.cert, fx.path("legacy.pem")])
        #expect(findings(cert: combined, key: good.key).isEmpty)
    }

    @Test func aShortRSACertificateAndKeySaySo() throws {
        try fx.openssl(["req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", "rsa1024.key", "-out", "rsa1024.crt",
                        "-subj", "/CN=nap.acme.com", "-days", "30", "-addext", "subjectAltName=DNS:nap.acme.com"])
        let found = findings(cert: fx.path("rsa1024.crt"), key: fx.path("rsa1024.key"))
        #expect(found.map(\.code) == ["tls.cert-unreadable", "tls.key-unreadable"], "\(found)")
        #expect(found.first?.message == "the file holds a certificate with a 1024-bit RSA key; nap-ingress, like browsers and public CAs, needs at least 2048 bits.")
        #expect(found.first?.commandLineHint == "re-issue the certificate with a new key: RSA of 2048 bits or more (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048) or ECDSA P-256.")
        #expect(found.last?.message == "the file holds a 1024-bit RSA key; nap-ingress, like browsers and public CAs, needs at least 2048 bits.")

        // The traditional (PKCS#1) form of the key says the same.
        try fx.openssl(["rsa", "-in", "rsa1024.key", "-traditional", "-out", "rsa1024-pkcs1.key"])
        #expect(findings(cert: good.cert, key: fx.path("rsa1024-pkcs1.key")).first?.message.contains("1024-bit RSA key") == true)

        // In a chain, the certificate is named by its place.
        let chain = try fx.chain([good.cert, fx.path("rsa1024.crt")])
        #expect(findings(cert: chain, key: good.key).first?.message
                == "the file holds certificate 2 of 2 with a 1024-bit RSA key; nap-ingress, like browsers and public CAs, needs at least 2048 bits.")
    }

    @Test func anUnsupportedCurveIsNamed() throws {
        try fx.openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:secp256k1", "-nodes", "-keyout", "k1.key", "-out", "k1.crt",
                        "-subj", "/CN=nap.acme.com", "-days", "30", "-addext", "subjectAltName=DNS:nap.acme.com"])
        let found = findings(cert: fx.path("k1.crt"), key: fx.path("k1.key"))
        #expect(found.count == 2, "\(found)")
        for d in found {
            #expect(d.message.contains("an ECDSA key on the curve secp256k1"), "\(d)")
            #expect(d.commandLineHint?.contains("ECDSA P-256") == true)
        }
    }

    @Test func anInvalidCertificateBlockReadsAsASentence() throws {
        // SEQUENCE { INTEGER 1 }: DER, but no certificate.
        let path = fx.path("bogus.crt")
        try "-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(findings(cert: path, key: good.key).first?.message == "the file holds a certificate that is not a valid X.509 certificate.")
        let chain = try fx.chain([good.cert, path])
        #expect(findings(cert: chain, key: good.key).first?.message == "the file holds certificate 2 of 2, which is not a valid X.509 certificate.")
    }
}
