import Foundation
import IngressCore
import Testing
@testable import Wizard

/// The review renders the output folder the way `nap-ingress render` does: certificate files
/// are read and checked, self-signed material is issued, and their errors block the write.
@Suite struct CertificateWriteTests {
    func atCertificates(_ dir: String) throws -> Driver {
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.enter)
        d.type("nap.acme.com")
        while d.state.step != .certificates {
            let before = d.state.step
            d.press(.enter)
            try #require(d.state.step != before, "stuck on \(before)")
        }
        return d
    }

    /// Certificates for `domain` made by the core's own issuer, written as `<secret>.crt`/`.key` into `dir`.
    func certificates(for domain: String, into dir: String) throws -> TLSMaterial {
        var config = Config()
        config.setMainDomain(domain)
        config[.ingressMode] = "external"
        config[.tlsSource] = TLSSource.selfSigned.rawValue
        let plan = try #require(Plan.make(config).0)
        let (material, _) = SelfSignedIssuer.issue(plan.tls, mainDomain: domain, previous: [:], now: Date())
        for (name, secret) in material.secrets {
            try secret.certificatePEM.write(toFile: "\(dir)/\(name).crt", atomically: true, encoding: .utf8)
            try secret.privateKeyPEM.write(toFile: "\(dir)/\(name).key", atomically: true, encoding: .utf8)
        }
        return material
    }

    @Test func goodCertificateFilesLetTheStepGoOn() throws {
        let dir = try Scratch.folder("good-certificate")
        let material = try certificates(for: "nap.acme.com", into: dir)
        let secret = try #require(material.secrets["nap-tls-cert"])
        var d = try atCertificates(dir)
        d.press(.down, .tab)
        d.press(.down, .down, .down, .down)
        #expect(d.state.config.tlsSource == .files)
        #expect(d.state.config.sandboxTLSSource == .selfSigned)
        d.press(.tab)
        d.type(dir + "/nap-tls-cert.crt")
        d.press(.tab)
        d.type(dir + "/nap-tls-cert.key")
        d.press(.enter)
        #expect(d.state.step == .turn, "\(d.state.message?.text ?? "")")
        d.press(.enter)
        d.press(.enter)
        let secrets = try String(contentsOfFile: dir + "/ingress/" + TLSRenderer.secretsFile, encoding: .utf8)
        #expect(secrets.contains(Data(secret.certificatePEM.utf8).base64EncodedString()), "the operator's certificate is in the Secret")
    }

    @Test func selfSignedSecretsAreWrittenFromTheWizard() throws {
        let dir = try Scratch.folder("self-signed")
        var d = try atCertificates(dir)
        d.press(.end)
        #expect(d.state.config.tlsSource == .selfSigned)
        d.press(.control("s"))
        let review = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(review.contains("nap-ingress-ca.crt: a new local CA is issued"), "the issuance note is shown before writing")
        #expect(review.contains(TLSRenderer.secretsFile))
        d.press(.enter)
        #expect(d.state.step == .done)
        let secrets = try String(contentsOfFile: dir + "/ingress/" + TLSRenderer.secretsFile, encoding: .utf8)
        #expect(secrets.contains("name: nap-tls-cert"))
        #expect(secrets.contains("tls.crt:"))
        #expect(FileManager.default.fileExists(atPath: dir + "/ingress/" + SelfSignedIssuer.caCertificateFile))
    }

    @Test func certificateThatMissesTheNamesBlocksTheWrite() throws {
        let dir = try Scratch.folder("wrong-certificate")
        _ = try certificates(for: "other.example.org", into: dir)
        var d = try atCertificates(dir)
        d.press(.down)
        #expect(d.state.config.tlsSource == .files)
        d.press(.tab, .tab)
        d.type("\(dir)/nap-tls-cert.crt")
        d.press(.tab)
        d.type("\(dir)/nap-tls-cert.key")
        d.press(.tab)
        d.type("\(dir)/nap-sandbox-tls-cert.crt")
        d.press(.tab)
        d.type("\(dir)/nap-sandbox-tls-cert.key")
        // Enter reads the files: the step refuses to go on and says why, under the field.
        d.press(.enter)
        #expect(d.state.step == .certificates)
        #expect(d.state.message?.text.hasPrefix("Can't go on: file \(dir)/nap-tls-cert.crt: the certificate does not cover nap.acme.com") == true)
        #expect(d.state.items[d.state.focus].label == "Certificate file (PEM)", "focus moves to the file to fix")
        #expect(d.screen(120, 40).contains("✗ file \(dir)/nap-tls-cert.crt: the certificate does not cover") || d.screen(120, 40).contains("nap-tls-cert.crt: the certificate does not cover"))
        // Ctrl-S still reaches the review, which refuses to write.
        d.press(.control("s"))
        #expect(d.state.step == .review)
        let review = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(review.contains("Nothing can be written"))
        #expect(review.contains("nap.acme.com"), "the finding names what the certificate must cover")
        d.press(.enter)
        #expect(d.state.step == .review)
        #expect(d.state.message?.text.hasPrefix("Can't write") == true)
        #expect(!FileManager.default.fileExists(atPath: dir + "/values.env"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/ingress"))
    }
}
