import Foundation
import TestSupport
import Testing
@testable import IngressCore

@Suite struct SelfSignedIssuerTests: SelfSignedScenario {
    static let now = Date()

    @Test func issuedCertificatesVerifyAndCoverEveryName() throws {
        let plan = plan()
        let (material, notes) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Self.now)
        #expect(!notes.hasErrors, "\(notes)")
        #expect(Set(notes.map(\.code)) == ["tls.self-signed-ca-issued", "tls.self-signed-reissued"])
        let fx = try OpenSSLFixtures()
        for (name, text) in written(plan, material) { try text.write(toFile: fx.path(name), atomically: true, encoding: .utf8) }
        let preview = "\(String(UInt64.random(in: 0...UInt64.max), radix: 36))-8080.sandbox.\(TLSFixtureCatalogue.main)"
        for requirement in plan.tls {
            let cert = SelfSignedIssuer.certificateFile(requirement.secretName)
            #expect(try fx.openssl(["verify", "-CAfile", SelfSignedIssuer.caCertificateFile, cert]).contains("\(cert): OK"))
            for name in requirement.names + (requirement.wildcard ? [preview] : []) {
                #expect(try OpenSSLFixtures.opensslCovers(fx.path(cert), name), "\(cert) must cover \(name)")
            }
            let text = try fx.openssl(["x509", "-in", cert, "-noout", "-text"])
            #expect(text.contains("ASN1 OID: prime256v1"), "ECDSA P-256")
            // The files source's own checks find nothing wrong apart from the private root.
            let found = TLSCheck.findings(for: requirement, files: OpenSSLFixtures.pair(fx.path(cert), fx.path(SelfSignedIssuer.keyFile(requirement.secretName)),
                                                                                       secret: requirement.secretName), now: Self.now)
            #expect(found.isEmpty, "\(found)")
            let leaf = try PEMChain(pem: material.secrets[requirement.secretName]!.certificatePEM).certificates[0]
            #expect(abs(leaf.notValidAfter.timeIntervalSince(Self.now) - 90 * 86400) < 5, "90 days")
        }
        let main = try PEMChain(pem: material.secrets[Plan.mainSecret]!.certificatePEM).certificates[0]
        let sandbox = try PEMChain(pem: material.secrets[Plan.sandboxSecret]!.certificatePEM).certificates[0]
        #expect(main.serialNumber != sandbox.serialNumber && main.serialNumber.bytes.count >= 16, "random serials")
        // The name constraint keeps a trusted lab CA from vouching for other sites.
        let foreign = try fx.issue(cn: "x", sans: ["example.org"], issuer: .init(cert: fx.path(SelfSignedIssuer.caCertificateFile),
                                                                              key: fx.path(SelfSignedIssuer.caKeyFile)))
        let verify = try OpenSSLFixtures.run(["verify", "-CAfile", SelfSignedIssuer.caCertificateFile, foreign.cert], in: fx.folder)
        #expect(verify.status != 0)
    }

    @Test func rerunningKeepsEverythingByteForByte() {
        let plan = plan()
        let (first, _) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Self.now)
        let (second, notes) = TLSMaterial.prepare(plan, files: [:], previous: written(plan, first), now: Self.now.addingTimeInterval(30 * 86400))
        #expect(notes.isEmpty, "\(notes)")
        #expect(second == first)
        // Compared as a Bool: a failing comparison must not print the key files' bytes.
        let identical = RenderBundle.files(for: plan, tls: second) == RenderBundle.files(for: plan, tls: first)
        #expect(identical)
    }

    @Test func certificatesWithin14DaysOfExpiryAreReissuedUnderTheSameCA() throws {
        let plan = plan()
        let (first, _) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Self.now)
        let (second, notes) = TLSMaterial.prepare(plan, files: [:], previous: written(plan, first), now: Self.now.addingTimeInterval(80 * 86400))
        #expect(second.authority == first.authority, "the CA is kept")
        #expect(second.secrets[Plan.mainSecret] != first.secrets[Plan.mainSecret])
        #expect(notes.map(\.code) == ["tls.self-signed-reissued", "tls.self-signed-reissued"])
        #expect(notes.allSatisfy { $0.message.contains("within 14 days") }, "\(notes)")
    }

    @Test func anotherDomainGetsANewCA() {
        let (first, _) = TLSMaterial.prepare(plan(), files: [:], previous: [:], now: Self.now)
        let other = plan(domain: "lab.example.net")
        let (second, notes) = TLSMaterial.prepare(other, files: [:], previous: written(plan(), first), now: Self.now)
        #expect(second.authority != first.authority)
        #expect(notes.first?.code == "tls.self-signed-ca-issued")
        #expect(notes.first?.message.contains("another domain") == true)
    }

    @Test func aTamperedCertificateIsReissued() {
        let plan = plan()
        let (first, _) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Self.now)
        var previous = written(plan, first)
        previous[SelfSignedIssuer.keyFile(Plan.sandboxSecret)] = previous[SelfSignedIssuer.keyFile(Plan.mainSecret)]
        let (second, notes) = TLSMaterial.prepare(plan, files: [:], previous: previous, now: Self.now)
        #expect(second.secrets[Plan.mainSecret] == first.secrets[Plan.mainSecret])
        #expect(second.secrets[Plan.sandboxSecret] != first.secrets[Plan.sandboxSecret])
        #expect(notes.map(\.code) == ["tls.self-signed-reissued"])
    }

    @Test func onlyTheSandboxCanBeSelfSigned() {
        let plan = Fixtures.plan(Fixtures.config([.tlsSource: "existing", .sandboxTLSSource: "self-signed"]))
        let (material, _) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Self.now)
        #expect(Set(written(plan, material).keys) == [SelfSignedIssuer.caCertificateFile, SelfSignedIssuer.caKeyFile,
                                                      "nap-sandbox-tls-cert.crt", "nap-sandbox-tls-cert.key"])
    }
}
