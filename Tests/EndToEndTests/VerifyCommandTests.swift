import Foundation
import Testing

/// `nap-ingress verify`'s contract that holds before any probe runs: usage errors exit 64, an
/// install without an ingress exits 1 with a message, and nothing is ever written.
struct VerifyCommandTests {
    static let values = """
        INGRESS_MODE=external
        TOS_HOST=nap.acme.com
        SANDBOX_DOMAIN=sandbox.nap.acme.com
        INGRESS_CONTROLLER=ingress-nginx
        INGRESS_ENTRY=127.0.0.1

        """

    @Test(arguments: [
        ["--hold", "soon"],
        ["--timeout", "0"],
        ["--format", "yaml"],
        ["--turn-secret", "s", "--turn-user", "u", "--turn-password", "p"],
        ["--turn-user", "u"],
        ["--websocket-path", "nowhere=/ws"],
        ["--https-port", "0"],
    ])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.values.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let result = try NapIngressBinary.run(["verify"] + arguments, in: dir)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["values.env"])
    }

    @Test func aNodePortInstallIsNotVerifiedAndSaysWhy() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "INGRESS_MODE=nodeport\n".write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let result = try NapIngressBinary.run(["verify"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("INGRESS_MODE=nodeport"))
    }

    @Test func aMissingValuesFileExits1() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try NapIngressBinary.run(["verify", "--values", "absent.env"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("absent.env does not exist"))
    }
}
