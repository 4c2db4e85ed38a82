import Foundation
import Testing

@Suite struct TLSSourcesTests {
    /// Runs openssl in `dir` (fixtures are made at test time).
    func openssl(_ arguments: [String], in dir: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openssl \(arguments)")
    }

    func selfSignedCert(_ name: String, sans: String, in dir: URL) throws {
        try openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "\(name)-key.pem",
                     "-out", "\(name).pem", "-days", "30", "-subj", "/CN=\(name)", "-addext", "subjectAltName=\(sans)"], in: dir)
    }

    @Test func checkReportsCertificateDefectsAndRenderRefuses() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        // The main certificate lacks files.<main>; the "wildcard" is one level too high.
        try selfSignedCert("main", sans: "DNS:nap.acme.com,DNS:browsers.nap.acme.com,DNS:sandbox.nap.acme.com", in: dir)
        try selfSignedCert("wild", sans: "DNS:*.nap.acme.com", in: dir)
        let configure = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                                  "--tls-source", "files", "--tls-cert", "main.pem", "--tls-key", "main-key.pem",
                                                  "--sandbox-tls-cert", "wild.pem", "--sandbox-tls-key", "wild-key.pem"], in: dir)
        // configure runs check's certificate checks: the defects are refused before they are stored.
        #expect(configure.status == 1, "\(configure.stderr)")
        #expect(configure.stderr.contains("error[tls.name-not-covered] TLS_CERT_FILE=main.pem"), "\(configure.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path))
        try """
            INGRESS_MODE=external
            TOS_HOST=nap.acme.com
            SANDBOX_DOMAIN=sandbox.nap.acme.com
            INGRESS_ENTRY=203.0.113.10
            TLS_SOURCE=files
            TLS_CERT_FILE=main.pem
            TLS_KEY_FILE=main-key.pem
            SANDBOX_TLS_CERT_FILE=wild.pem
            SANDBOX_TLS_KEY_FILE=wild-key.pem

            """.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let check = try NapIngressBinary.run(["check"], in: dir)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error[tls.name-not-covered] TLS_CERT_FILE=main.pem: the certificate does not cover files.nap.acme.com"), "\(check.stderr)")
        #expect(check.stderr.contains("error[tls.not-wildcard] SANDBOX_TLS_CERT_FILE=wild.pem"), "\(check.stderr)")
        #expect(check.stderr.contains("warning[tls.untrusted-root]"))
        let render = try NapIngressBinary.run(["render"], in: dir)
        #expect(render.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress").path), "nothing is written")
        for output in [configure.stdout, configure.stderr, check.stdout, check.stderr, render.stdout, render.stderr] {
            #expect(!output.contains("PRIVATE KEY"))
        }
    }

    @Test func filesSourceRendersSecretsWithMode0600() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        try selfSignedCert("all", sans: "DNS:nap.acme.com,DNS:*.nap.acme.com,DNS:*.sandbox.nap.acme.com", in: dir)
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                          "--tls-source", "files", "--tls-cert", "all.pem", "--tls-key", "all-key.pem",
                                          "--sandbox-tls-cert", "all.pem", "--sandbox-tls-key", "all-key.pem"], in: dir).status == 0)
        let render = try NapIngressBinary.run(["render"], in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(!render.stdout.contains("PRIVATE KEY") && !render.stderr.contains("PRIVATE KEY"))
        let secrets = dir.appendingPathComponent("ingress/tls-secrets.yaml").path
        let mode = try FileManager.default.attributesOfItem(atPath: secrets)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func selfSignedRenderIsStableOnRerun() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                          "--tls-source", "self-signed"], in: dir).status == 0)
        let first = try NapIngressBinary.run(["render"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("note[tls.self-signed-ca-issued]"))
        let second = try NapIngressBinary.run(["render"], in: dir)
        #expect(second.status == 0 && !second.stderr.contains("tls."), "nothing re-issued: \(second.stderr)")
        #expect(second.stdout.contains("same    ./ingress/nap-ingress-ca.crt") && !second.stdout.contains("wrote"), "\(second.stdout)")
        let key = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("ingress/nap-ingress-ca.key").path)[.posixPermissions] as? Int
        #expect(key == 0o600)
    }
}
