import Foundation
import IngressCore
import Testing

/// The line protocol between `nap-ingress` and `nap-ingress-probe`, and how the parent turns what
/// a probe reported (or failed to report) into the report users see.
struct ProbeProtocolTests {
    static let plan: Plan = {
        var config = Config()
        config[.ingressMode] = "external"
        config.setMainDomain("nap.acme.com")
        config[.controller] = "contour"
        config[.entry] = "203.0.113.10"
        return Plan.make(config).0!
    }()
    static let targets = VerifyTargets(plan: plan, previewName: "nap-verify-abcdefghij-3000.sandbox.nap.acme.com")

    @Test func aRequestSurvivesTheLineItTravelsOn() throws {
        let request = ProbeRequest(valuesPath: "v a/values.env", outFolder: "out", previewName: Self.targets.previewName,
                                   resolver: "[::1]:5353", caFile: "ca.pem", hold: .milliseconds(65_500), timeout: .seconds(2),
                                   httpsPort: 8443, httpPort: 8080, turnUser: "u", turnPassword: "p\nq", webSocketPaths: ["main": "/ws"])
        let line = request.encoded()
        #expect(!line.contains(UInt8(ascii: "\n")))
        let back = try #require(ProbeRequest.decode(line))
        #expect(back == request)
        #expect(back.hold == .milliseconds(65_500) && back.timeout == .seconds(2))
        #expect(ProbeRequest(valuesPath: "v", outFolder: "o", previewName: "p").hold == nil)
    }

    @Test func aSlotWithANewlineInItsMessageIsStillOneLine() throws {
        let cell = VerifyCell(host: "nap.acme.com", check: .tls, status: .failed, code: "tls.expired",
                              message: "expired\nyesterday", fix: "renew it", address: "203.0.113.10")
        let message = ProbeMessage.slot(VerifySlot(host: "nap.acme.com", check: .tls), [cell])
        let line = message.encoded()
        #expect(!line.contains(UInt8(ascii: "\n")))
        let back = try #require(ProbeMessage.decode(line))
        #expect(back.slot == VerifySlot(host: "nap.acme.com", check: .tls))
        #expect(back.cells == [cell])
        #expect(ProbeMessage.decode(Data("not json".utf8)) == nil)
        #expect(ProbeMessage.decode(ProbeMessage.end.encoded())?.finished == true)
        #expect(ProbeMessage.decode(ProbeMessage.failure("no").encoded())?.slot == nil)
    }

    @Test func slotsAProbeNeverReportedAreFailedNotMissing() {
        let dns = VerifySlot(host: "nap.acme.com", check: .dns)
        let ok = VerifyCell(host: "nap.acme.com", check: .dns, status: .ok, code: "dns.ok", message: "resolves")
        let report = VerifyAssembly.report(Self.targets, reported: [dns: [ok]], ended: "was killed by signal 9 (Killed)")
        // One cell per slot, in matrix order: the reported one as it came, every other one failed.
        #expect(report.checks.count == Self.targets.slots.count)
        #expect(report.checks.first == ok)
        let rest = report.checks.dropFirst()
        #expect(rest.allSatisfy { $0.status == .failed && $0.code == VerifyAssembly.unreportedCode })
        #expect(rest.allSatisfy { $0.message.contains("killed by signal 9") })
        #expect(report.hasFailures)
        #expect(Set(rest.map { VerifySlot(host: $0.host, check: $0.check) }) == Set(Self.targets.slots.dropFirst()))
    }

    @Test func aCompleteRunIsReportedAsItCame() {
        var reported: [VerifySlot: [VerifyCell]] = [:]
        for slot in Self.targets.slots {
            reported[slot] = [VerifyCell(host: slot.host, check: slot.check, status: .ok, code: "\(slot.check.rawValue).ok", message: "fine")]
        }
        let report = VerifyAssembly.report(Self.targets, reported: reported, ended: nil)
        #expect(!report.hasFailures)
        #expect(report.checks.map { VerifySlot(host: $0.host, check: $0.check) } == Self.targets.slots)
    }

    @Test(arguments: [("1.1.1.1", "1.1.1.1", 53), ("127.0.0.1:5353", "127.0.0.1", 5353), ("[::1]:53", "::1", 53), ("2606:4700::1111", "2606:4700::1111", 53)])
    func resolverAddresses(_ text: String, _ host: String, _ port: Int) throws {
        let address = try #require(ResolverAddress(text))
        #expect(address.host == host && address.port == port)
    }

    @Test(arguments: ["dns.google", "1.1.1.1:0", "1.1.1.1:99999", "[::1]x", "300.1.1.1", ""])
    func notResolverAddresses(_ text: String) {
        #expect(ResolverAddress(text) == nil)
    }
}
