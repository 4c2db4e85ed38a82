import Foundation
import VerifyRig
import IngressCore
@testable import Probes
import Testing
import X509

/// `verify`'s TLS, HTTP and WebSocket probes against real nginx on loopback: a healthy rig is all ok,
/// and each broken variant gives exactly its one expected cell and no other.
@Suite("verify against nginx")
struct VerifyAgainstNginxTests {
    static let h = NginxRig.hosts

    /// The plan of an ingress-nginx install on nap.acme.com whose entry is the loopback rig.
    static func plan() throws -> Plan {
        var config = Config()
        config[.ingressMode] = "external"
        config[.tosHost] = NginxRig.main
        config[.sandboxDomain] = "sandbox." + NginxRig.main
        config[.controller] = "ingress-nginx"
        config[.entry] = "127.0.0.1"
        return try #require(Plan.make(config).0)
    }

    /// Every non-ok cell of one run against a rig with `variant`, as "host check status code".
    static func problems(_ variant: NginxRig.Variant, hold: Duration = .zero) async throws -> [String] {
        let rig = try NginxRig(variant)
        defer { rig.stop() }
        let plan = try plan()
        let root = try #require(try PEMChain(pem: rig.material.root).certificates.first)
        let settings = VerifySettings(trust: CertificateStore([root]), hold: hold, timeout: .seconds(5),
                                      httpsPort: rig.httpsPort, httpPort: rig.httpPort)
        let targets = VerifyTargets(plan: plan, previewName: "nap-verify-test-3000." + h.sandbox)
        let report = await VerifyRunner.run(plan, targets: targets, settings: settings, lookup: Self.loopback, turnCheck: { _, _ in
            [VerifyCell(host: "turn", check: .turn, status: .ok, code: "turn.ok", message: "stand-in")]
        }) { _, _ in }
        // Every slot of the matrix got a cell.
        let slots = Set(report.checks.map { VerifySlot(host: $0.host, check: $0.check) })
        #expect(slots == Set(targets.slots))
        #expect(!report.checks.contains { $0.status == .failed && $0.code.isEmpty })
        return report.checks.filter { $0.status != .ok }.map { "\($0.host) \($0.check.rawValue) \($0.status.rawValue) \($0.code)" }
    }

    /// Every name resolves to the rig, as a working DNS would say.
    static let loopback: VerifyRunner.Lookup = { plan, preview, _ in
        let names = [h.main, h.files, h.browsers, h.sandbox, preview]
        let cells = (names + [h.previewWildcard]).map { VerifyCell(host: $0, check: .dns, status: .ok, code: "dns.ok", message: "stand-in") }
        return DNSVerification(cells: cells, addresses: Dictionary(uniqueKeysWithValues: names.map { ($0, ["127.0.0.1"]) }))
    }

    @Test func aHealthyInstallIsAllOk() async throws {
        #expect(try await Self.problems(.healthy) == [])
    }

    @Test func anExpiredCertificateIsNamedOnItsHostOnly() async throws {
        #expect(try await Self.problems(.expired(Self.h.files)) == ["\(Self.h.files) tls failed tls.expired"])
    }

    @Test func aCertificateMissingANameFailsThatName() async throws {
        #expect(try await Self.problems(.missingName(Self.h.browsers)) == ["\(Self.h.browsers) tls failed tls.name-not-covered"])
    }

    @Test func aMissingIntermediateIsTold() async throws {
        #expect(try await Self.problems(.missingIntermediate(Self.h.sandbox)) == ["\(Self.h.sandbox) tls failed tls.chain-incomplete"])
    }

    @Test func theFakeCertificateIsNamedOnThePreviewRow() async throws {
        #expect(try await Self.problems(.fakeCertificate(Self.h.previewWildcard))
                == ["nap-verify-test-3000.\(Self.h.sandbox) tls failed tls.placeholder-certificate"])
    }

    @Test func noRedirectIsAWarning() async throws {
        #expect(try await Self.problems(.noRedirect(Self.h.files)) == ["\(Self.h.files) http warning http.no-redirect"])
    }

    @Test func aShortReadTimeoutIsCaughtByTheHold() async throws {
        #expect(try await Self.problems(.shortReadTimeout(Self.h.browsers, seconds: 2), hold: .seconds(3))
                == ["\(Self.h.browsers) websocket failed websocket.cut-idle"])
    }
}
