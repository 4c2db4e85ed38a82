import Foundation
import Testing

/// `configure` refuses values that would make `source values.env` run something, names the
/// field, and leaves every file as it was.
@Suite struct InjectionEndToEndTests {
    static let original = "# operator's file\nINGRESS_MODE=nodeport\nTOS_HOST=10.0.0.5\nIMAGE_TAG=v2\n"

    static let attempts: [(flags: [String], field: String)] = [
        (["--mode", "external", "--domain", "$(touch x)", "--entry", "203.0.113.10"], "TOS_HOST (--domain)"),
        (["--mode", "external", "--domain", "`touch x`.acme.com", "--entry", "203.0.113.10"], "TOS_HOST (--domain)"),
        (["--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10", "--tls-source", "files",
          "--tls-cert", "$(touch x)", "--tls-key", "/etc/nap/tls.key",
          "--sandbox-tls-cert", "/etc/nap/sandbox.crt", "--sandbox-tls-key", "/etc/nap/sandbox.key"], "TLS_CERT_FILE (--tls-cert)"),
        (["--tls-cert", "`touch x`"], "TLS_CERT_FILE (--tls-cert)"),
        (["--tls-key", "/etc/key\nTOS_HOST=evil"], "TLS_KEY_FILE (--tls-key)"),
        (["--ingress-class", "${IFS}touch${IFS}x"], "INGRESS_CLASS (--ingress-class)"),
    ]

    @Test(arguments: attempts.indices) func refusedWithTheFieldNamedAndNothingWritten(_ index: Int) throws {
        let (flags, field) = Self.attempts[index]
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let values = dir.appendingPathComponent("values.env")
        try Data(Self.original.utf8).write(to: values)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()

        let run = try NapIngressBinary.run(["configure"] + flags, in: dir)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains(field), "\(run.stderr)")
        #expect(try Data(contentsOf: values) == Data(Self.original.utf8), "values.env is byte-identical")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before, "no file is created (no x, no backup)")
    }

    @Test func missingSuffixListIsSaidOnce() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["NAP_INGRESS_PUBLIC_SUFFIX_LIST": "/nonexistent/public_suffix_list.dat"]
        let configure = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"],
                                                 in: dir, environment: env)
        #expect(configure.status == 0, "\(configure.stderr)")
        #expect(configure.stderr.components(separatedBy: "domain.suffix-list-missing").count == 2, "\(configure.stderr)")
        for command in [["check"], ["render"], ["dns"]] {
            let run = try NapIngressBinary.run(command, in: dir, environment: env)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stderr.components(separatedBy: "domain.suffix-list-missing").count == 2, "\(command): \(run.stderr)")
        }
        let withList = try NapIngressBinary.run(["check"], in: dir)
        #expect(!withList.stderr.contains("suffix-list-missing"))
    }
}
