import Foundation
import TestSupport
import Testing
@testable import IngressCore

@Suite struct TLSCheckTests {
    static var cases: [TLSFixtureCatalogue.Case] { (try? TLSFixtureCatalogue.shared.get())?.cases ?? [] }

    func findings(_ c: TLSFixtureCatalogue.Case, now: Date = Date()) -> [Diagnostic] {
        TLSCheck.findings(for: TLSFixtureCatalogue.requirement(c.secret), files: OpenSSLFixtures.pair(c.cert, c.key, secret: c.secret), now: now)
    }

    @Test func fixturesWereGenerated() throws {
        let catalogue = try TLSFixtureCatalogue.shared.get()
        #expect(catalogue.cases.count >= 20)
    }

    @Test(arguments: cases)
    func everyDefectIsReportedWithItsCode(_ c: TLSFixtureCatalogue.Case) {
        let found = findings(c)
        #expect(Set(found.filter { $0.severity != .note }.map(\.code)) == c.expected, "\(found)")
    }

    @Test(arguments: cases)
    func findingsNameTheFileAndNeverTheKey(_ c: TLSFixtureCatalogue.Case) throws {
        let keyText = try String(contentsOfFile: c.key, encoding: .utf8)
        let keyBody = keyText.split(separator: "\n").filter { !$0.hasPrefix("-----") }.prefix(2).joined()
        for d in findings(c) {
            #expect(d.field.hasSuffix("=" + c.cert) || d.field.hasSuffix("=" + c.key), "\(d)")
            #expect(!d.description.contains("PRIVATE KEY"))
            #expect(keyBody.isEmpty || !d.description.contains(keyBody))
        }
    }

    /// For every required name (and a random preview host), the verdict agrees with `openssl x509 -checkhost`.
    @Test(arguments: cases)
    func nameVerdictAgreesWithOpenSSL(_ c: TLSFixtureCatalogue.Case) throws {
        guard let chain = try? PEMChain(pem: String(contentsOfFile: c.cert, encoding: .utf8)) else { return }  // the swapped-paths case
        // -checkhost looks at the first certificate of the file, so compare against that one.
        let leafOnly = c.cert + ".first.pem"
        try PEMChain(certificates: [chain.certificates[0]]).pem.write(toFile: leafOnly, atomically: true, encoding: .utf8)
        let preview = "\(String(UInt32.random(in: 0...UInt32.max), radix: 36))-3000.sandbox.\(TLSFixtureCatalogue.main)"
        let names = TLSFixtureCatalogue.mainNames + [TLSFixtureCatalogue.wildcard, preview, "a.b.sandbox.\(TLSFixtureCatalogue.main)", "acme.com"]
        let coverage = NameCoverage(chain.certificates[0])
        for name in names {
            let openssl = try OpenSSLFixtures.opensslCovers(leafOnly, name)
            #expect(coverage.covers(name) == openssl, "\(c.name): \(name)")
        }
    }

    @Test func eachKeyTypeYieldsSecretMaterial() throws {
        for c in try TLSFixtureCatalogue.shared.get().cases where c.name.hasSuffix(" key") {
            let (material, found) = TLSCheck.inspect(TLSFixtureCatalogue.requirement(c.secret), files: OpenSSLFixtures.pair(c.cert, c.key), now: Date())
            #expect(found.isEmpty, "\(c.name): \(found)")
            let secret = try #require(material, "\(c.name)")
            #expect(secret.certificatePEM.components(separatedBy: "BEGIN CERTIFICATE").count == 3, "leaf and intermediate")
            let key = try TLSPrivateKey(pem: secret.privateKeyPEM)
            let leaf = try PEMChain(pem: secret.certificatePEM).certificates[0]
            #expect(key.matches(leaf))
            #expect(!"\(secret)".contains("PRIVATE KEY") && !"\(key)".contains("PRIVATE KEY") && !String(reflecting: key).contains("PRIVATE KEY"))
        }
    }

    @Test func theClockDecidesValidity() throws {
        let good = try #require(Self.cases.first { $0.name == "good main" })
        #expect(findings(good, now: Date().addingTimeInterval(400 * 86400)).map(\.code).contains("tls.expired"))
        #expect(findings(good, now: Date().addingTimeInterval(360 * 86400)).map(\.code).contains("tls.expires-soon"))
        #expect(findings(good, now: Date().addingTimeInterval(-3 * 86400)).map(\.code).contains("tls.not-yet-valid"))
    }

    @Test func missingAndEncryptedFilesAreErrors() throws {
        let fx = try TLSFixtureCatalogue.shared.get().fixtures
        let good = try #require(Self.cases.first { $0.name == "good main" })
        let missing = TLSCheck.findings(for: TLSFixtureCatalogue.requirement(Plan.mainSecret), certPath: fx.path("nope.pem"), keyPath: good.key, now: Date())
        #expect(missing.map(\.code) == ["tls.file-not-found"])
        #expect(missing.first?.field == "TLS_CERT_FILE=\(fx.path("nope.pem"))")
        try fx.openssl(["pkey", "-in", good.key, "-aes256", "-passout", "pass:secret", "-out", "encrypted.pem"])
        let encrypted = TLSCheck.findings(for: TLSFixtureCatalogue.requirement(Plan.mainSecret), certPath: good.cert, keyPath: fx.path("encrypted.pem"), now: Date())
        #expect(encrypted.map(\.code) == ["tls.key-unreadable"])
        #expect(encrypted.first?.message.contains("encrypted") == true)
    }

    @Test func sandboxFindingsNameTheSandboxKeys() throws {
        let c = try #require(Self.cases.first { $0.name == "wildcard one level too high" })
        let found = findings(c)
        #expect(found.first?.field == "SANDBOX_TLS_CERT_FILE=\(c.cert)")
        #expect(found.first?.message.contains("*.nap.acme.com covers one label only") == true, "\(found)")
    }

    /// PKCS#1 and SEC 1 keys, CRLF line ends and text around the PEM blocks (PKCS#12 exports) are all read.
    @Test func legacyKeyFormatsAndDecoratedFilesAreRead() throws {
        let fx = try TLSFixtureCatalogue.shared.get().fixtures
        let requirement = TLSFixtureCatalogue.requirement(Plan.mainSecret)
        let rsa = try #require(Self.cases.first { $0.name == "rsa key" })
        let ec = try #require(Self.cases.first { $0.name == "p384 key" })
        try fx.openssl(["rsa", "-in", rsa.key, "-traditional", "-out", "rsa-pkcs1.pem"])
        try fx.openssl(["ec", "-in", ec.key, "-out", "ec-sec1.pem"])
        #expect(try String(contentsOfFile: fx.path("rsa-pkcs1.pem"), encoding: .utf8).hasPrefix("-----BEGIN RSA PRIVATE KEY-----"))
        #expect(try String(contentsOfFile: fx.path("ec-sec1.pem"), encoding: .utf8).hasPrefix("-----BEGIN EC PRIVATE KEY-----"))
        #expect(TLSCheck.findings(for: requirement, certPath: rsa.cert, keyPath: fx.path("rsa-pkcs1.pem"), now: Date()).isEmpty)
        #expect(TLSCheck.findings(for: requirement, certPath: ec.cert, keyPath: fx.path("ec-sec1.pem"), now: Date()).isEmpty)

        let decorated = "Bag Attributes\r\n    localKeyID: 01\r\nsubject=CN = x\r\n"
            + (try String(contentsOfFile: rsa.cert, encoding: .utf8)).replacingOccurrences(of: "\n", with: "\r\n")
        try decorated.write(toFile: fx.path("decorated.pem"), atomically: true, encoding: .utf8)
        let (material, found) = TLSCheck.inspect(requirement, files: OpenSSLFixtures.pair(fx.path("decorated.pem"), rsa.key), now: Date())
        #expect(found.isEmpty, "\(found)")
        #expect(material?.certificatePEM.hasPrefix("-----BEGIN CERTIFICATE-----\n") == true, "tls.crt holds only clean PEM blocks")
    }
}
