import Foundation
import VerifyRig
import IngressCore
import Testing
@testable import Probes

/// The DNS column against a real `named` serving the zone `render` wrote, and broken variants
/// of it: each variant fails exactly the cells it should and no other.
@Suite(.serialized) struct DNSVerifierTests {
    static let preview = "k3x9-8080.sandbox.nap.example.com"
    static let timeout: Duration = .seconds(5)

    /// Runs the DNS column against named serving `records` in the zone example.com.
    func verify(_ plan: Plan, records: String, preview: String = Self.preview, negativeTTL: Int = 120) async throws -> DNSVerification {
        let named = try await offPool { try NamedRig(zones: [NamedRig.Zone(origin: "example.com", records: records, negativeTTL: negativeTTL)]) }
        defer { named.stop() }
        return await DNSVerifier.verify(plan, previewName: preview, resolver: named.resolver, timeout: Self.timeout)
    }

    func failed(_ result: DNSVerification) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.cells.filter { $0.status != .ok }.map { ($0.host, $0.code) })
    }

    @Test func theRenderedZoneResolvesEveryNameToTheEntry() async throws {
        let plan = RigPlan.make()
        let result = try await verify(plan, records: RigPlan.renderedZone(plan))
        #expect(result.cells.map(\.host) == ["nap.example.com", "files.nap.example.com", "browsers.nap.example.com",
                                             "sandbox.nap.example.com", "*.sandbox.nap.example.com", Self.preview])
        #expect(result.cells.allSatisfy { $0.check == .dns && $0.status == .ok && $0.code == "dns.ok" }, "\(result.cells)")
        #expect(result.addresses[Self.preview] == ["127.0.0.1"])
        #expect(result.addresses["nap.example.com"] == ["127.0.0.1"])
    }

    @Test func aMissingWildcardFailsTheWildcardAndThePreviewNameWithTheNegativeTTL() async throws {
        let plan = RigPlan.make()
        let zone = RigPlan.renderedZone(plan).split(separator: "\n").filter { !$0.hasPrefix("*.sandbox") }.joined(separator: "\n") + "\n"
        let result = try await verify(plan, records: zone, negativeTTL: 90)
        #expect(failed(result) == ["*.sandbox.nap.example.com": "dns.nxdomain", Self.preview: "dns.nxdomain"])
        let wildcard = try #require(result.cells.first { $0.host == "*.sandbox.nap.example.com" })
        #expect(wildcard.status == .failed)
        #expect(wildcard.message.contains("up to 90 s"), "\(wildcard.message)")
        #expect(wildcard.fix?.contains("*.nap.example.com does not cover it") == true)
        #expect(result.addresses[Self.preview] == [])
    }

    @Test func aWrongAddressSaysWhatTheNameResolvedTo() async throws {
        let plan = RigPlan.make()
        let zone = RigPlan.renderedZone(plan).replacingOccurrences(of: "files.nap.example.com.\t300\tIN\tA\t127.0.0.1",
                                                                    with: "files.nap.example.com.\t300\tIN\tA\t127.0.0.2")
        let result = try await verify(plan, records: zone)
        #expect(failed(result) == ["files.nap.example.com": "dns.wrong-address"])
        let files = try #require(result.cells.first { $0.host == "files.nap.example.com" })
        #expect(files.message.contains("127.0.0.2") && files.message.contains("127.0.0.1"), "\(files.message)")
    }

    @Test func aCNAMEAtTheApexIsNotServedAndTheApexFailsAlone() async throws {
        // The main domain is the zone apex and INGRESS_ENTRY a load balancer name: render comments
        // out the apex CNAME (not allowed there), so the apex has no address until an ALIAS exists.
        let plan = RigPlan.make(main: "example.com", entry: "lb.example.com")
        let zone = RigPlan.renderedZone(plan) + "lb.example.com.\t300\tIN\tA\t127.0.0.1\n"
        let result = try await verify(plan, records: zone, preview: "k3x9-8080.sandbox.example.com")
        #expect(failed(result) == ["example.com": "dns.no-address"])
        let apex = try #require(result.cells.first { $0.host == "example.com" })
        #expect(apex.fix?.contains("ALIAS") == true, "\(apex.fix ?? "")")
        #expect(result.addresses["files.example.com"] == ["127.0.0.1"])
    }

    @Test func aFlattenedApexWithTheLoadBalancersAddressesPasses() async throws {
        let plan = RigPlan.make(main: "example.com", entry: "lb.example.com")
        let zone = RigPlan.renderedZone(plan) + "lb.example.com.\t300\tIN\tA\t127.0.0.1\nexample.com.\t300\tIN\tA\t127.0.0.1\n"
        let result = try await verify(plan, records: zone, preview: "k3x9-8080.sandbox.example.com")
        #expect(failed(result) == [:], "\(result.cells)")
    }

    @Test func aBroaderWildcardHidingAMissingRecordIsNamed() async throws {
        let plan = RigPlan.make()
        let zone = RigPlan.renderedZone(plan).split(separator: "\n").filter { !$0.hasPrefix("browsers.") }.joined(separator: "\n")
            + "\n*.nap.example.com.\t300\tIN\tA\t127.0.0.9\n"
        let result = try await verify(plan, records: zone)
        #expect(failed(result) == ["browsers.nap.example.com": "dns.wrong-address"])
        let browsers = try #require(result.cells.first { $0.host == "browsers.nap.example.com" })
        #expect(browsers.message.contains("a broader wildcard answers"), "\(browsers.message)")
    }

    @Test func theWildcardAsCNAMEToSandboxPasses() async throws {
        let plan = RigPlan.make(entry: "127.0.0.1", [.wildcardRecord: "cname"])
        let result = try await verify(plan, records: RigPlan.renderedZone(plan))
        #expect(failed(result) == [:], "\(result.cells)")
        let preview = try #require(result.cells.first { $0.host == Self.preview })
        #expect(preview.message.contains("CNAME"), "\(preview.message)")
    }

    @Test func aSilentResolverIsATimeoutAndAClosedPortIsUnreachable() async throws {
        let plan = RigPlan.make()
        let port = ServerProcess.freePort()
        let silent = try #require(UDPSocket(port: port))
        let quiet = await DNSVerifier.verify(plan, previewName: Self.preview, resolver: "127.0.0.1:\(port)", timeout: .seconds(1))
        #expect(Set(quiet.cells.map(\.code)) == ["dns.timeout"])
        _ = silent
        let closed = await DNSVerifier.verify(plan, previewName: Self.preview, resolver: "127.0.0.1:\(ServerProcess.freePort())", timeout: .seconds(1))
        #expect(Set(closed.cells.map(\.code)) == ["dns.unreachable"])
    }

    @Test func aZoneItsServerCannotLoadIsSERVFAILForEveryName() async throws {
        let plan = RigPlan.make()
        let named = try await offPool { try NamedRig(zones: [NamedRig.Zone(origin: "example.com", records: "", unloadable: true)]) }
        defer { named.stop() }
        let result = await DNSVerifier.verify(plan, previewName: Self.preview, resolver: named.resolver, timeout: Self.timeout)
        #expect(Set(result.cells.map(\.code)) == ["dns.servfail"], "\(result.cells)")
    }

    @Test func anAnswerTooLargeForUDPIsFetchedOverTCP() async throws {
        // 40 A records per name do not fit the 512 bytes of a plain UDP answer: named sets TC.
        let entry = (1...40).map { "127.0.1.\($0)" }.joined(separator: ",")
        let plan = RigPlan.make(entry: entry)
        let result = try await verify(plan, records: RigPlan.renderedZone(plan))
        #expect(failed(result) == [:], "\(result.cells.map(\.message))")
        #expect(result.addresses["files.nap.example.com"]?.count == 40)
    }

    @Test func theSystemResolverIsTheFirstNameserverOfResolvConf() throws {
        let directory = try ServerProcess.temporaryDirectory("nap-resolv")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("resolv.conf")
        try "# written by a test\nsearch example.com\nnameserver 127.0.0.53\nnameserver 192.0.2.53\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(DNSVerifier.systemResolver(path: file.path)?.description == "127.0.0.53:53")
        try "options ndots:2\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(DNSVerifier.systemResolver(path: file.path) == nil)
    }

    @Test func resolverAddressesParse() {
        #expect(DNSVerifier.parseResolver("127.0.0.1")?.description == "127.0.0.1:53")
        #expect(DNSVerifier.parseResolver("127.0.0.1:5353")?.description == "127.0.0.1:5353")
        #expect(DNSVerifier.parseResolver("[::1]:5353")?.description == "[::1]:5353")
        #expect(DNSVerifier.parseResolver("::1")?.description == "[::1]:53")
        #expect(DNSVerifier.parseResolver("dns.example.com") == nil)
        #expect(DNSVerifier.parseResolver("127.0.0.1:0") == nil)
    }
}
