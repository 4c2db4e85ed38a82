import Foundation
import VerifyRig
import IngressCore
import Testing
@testable import Probes

/// The TURN row against a real coturn on loopback, and broken variants of it: each variant
/// fails exactly the cell it should and no other.
@Suite(.serialized) struct TURNVerifierTests {
    static let timeout: Duration = .seconds(2)

    func plan(_ rig: TurnRig, port: Int? = nil, relayPorts: ClosedRange<Int>? = nil) -> Plan {
        let relay = relayPorts ?? rig.relayPorts
        return RigPlan.make([.turnExternalIP: rig.host, .turnPort: String(port ?? rig.port),
                             .turnRelayPorts: "\(relay.lowerBound)-\(relay.upperBound)"])
    }

    /// code of every cell that is not ok.
    func notOK(_ cells: [VerifyCell]) -> [String] { cells.filter { $0.status != .ok }.map(\.code) }

    @Test func aHealthyServerPassesAllThreeCells() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(cells.map(\.code) == ["turn.udp.ok", "turn.tcp.ok", "turn.relay.ok"], "\(cells)\n\(rig.log.suffix(2000))")
        #expect(cells.allSatisfy { $0.host == "turn" && $0.check == .turn })
        #expect(cells[0].message.contains("mapped address 127.0.0.1:"))
        let relayed = try #require(cells[2].address)
        let port = try #require(Int(relayed.split(separator: ":").last ?? ""))
        #expect(rig.relayPorts.contains(port))
    }

    @Test func withoutCredentialsTheRelayIsSkipped() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        let cells = await TURNVerifier.verify(plan(rig), credentials: nil, timeout: Self.timeout)
        #expect(cells.map(\.status) == [.ok, .ok, .skipped])
        #expect(cells[2].code == "turn.relay.no-credentials")
    }

    @Test func aWrongSecretIsUnauthorized() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret("not-the-secret"), timeout: Self.timeout)
        #expect(notOK(cells) == ["turn.relay.unauthorized"], "\(cells)")
    }

    @Test func aWrongExternalIPFailsOnlyTheRelay() async throws {
        // 192.0.2.77 (TEST-NET-1) is only written into coturn's config: verify refuses to send there.
        let rig = try await offPool { try TurnRig(externalIP: "192.0.2.77") }
        defer { rig.stop() }
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(notOK(cells) == ["turn.relay.wrong-address"], "\(cells)")
        #expect(cells[2].message.contains("192.0.2.77"))
        #expect(cells[2].fix?.contains("external-ip=127.0.0.1") == true)
    }

    @Test func aRelayRangeOtherThanTURNRelayPortsIsNamed() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        // A declared range that holds neither the rig's relay ports (20000-28015) nor its TURN port
        // (an ephemeral port, 32768 and up), so the plan stays valid whatever ports the rig drew.
        let cells = await TURNVerifier.verify(plan(rig, relayPorts: 29_000...29_100), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(notOK(cells) == ["turn.relay.port-out-of-range"], "\(cells)")
    }

    @Test func noUDPListenerIsRefusedAndTheRelayIsTestedOverTCP() async throws {
        let rig = try await offPool { try TurnRig(udp: false) }
        defer { rig.stop() }
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(notOK(cells) == ["turn.udp.refused"], "\(cells)")
        #expect(cells[2].message.contains("over TCP"))
    }

    @Test func silentUDPIsFilteredAndTheRelayIsTestedOverTCP() async throws {
        // coturn answers on TCP only; on its UDP port a socket takes every datagram and never
        // answers: what a firewall dropping UDP looks like from the client.
        let rig = try await offPool { try TurnRig(udp: false) }
        defer { rig.stop() }
        let blackHole = try #require(UDPSocket(port: rig.port))
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        _ = blackHole
        #expect(notOK(cells) == ["turn.udp.filtered"], "\(cells)")
        // The UDP probe gives up at its timeout after retransmitting, then the relay runs over TCP.
        #expect(cells[0].message.contains("STUN Binding requests"))
        #expect(cells[2].message.contains("over TCP"))
    }

    @Test func udpDroppedByAFirewallIsFilteredAndTheRelayIsTestedOverTCP() async throws {
        // coturn inside a network namespace of the test's own, an nftables rule dropping UDP to TURN_PORT.
        let namespace = try await offPool { try NetnsRig() }
        defer { namespace.stop() }
        let rig = try await offPool { try TurnRig(namespace: namespace) }
        defer { rig.stop() }
        try namespace.dropUDP(rig.port...rig.port)
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(notOK(cells) == ["turn.udp.filtered"], "\(cells)")
        #expect(cells[1].message.contains("mapped address \(namespace.hostAddress):"))
        #expect(cells[2].message.contains("over TCP"))
    }

    @Test func relayPortsDroppedByAFirewallAreBlocked() async throws {
        let namespace = try await offPool { try NetnsRig() }
        defer { namespace.stop() }
        let rig = try await offPool { try TurnRig(namespace: namespace) }
        defer { rig.stop() }
        try namespace.dropUDP(rig.relayPorts)
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(notOK(cells) == ["turn.relay.blocked"], "\(cells)")
        #expect(cells[2].fix?.contains("\(rig.relayPorts.lowerBound)-\(rig.relayPorts.upperBound)/udp") == true)
    }

    @Test func nothingListeningIsRefusedOnBothTransportsAndTheRelayIsSkipped() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        let cells = await TURNVerifier.verify(plan(rig, port: ServerProcess.freePort()), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(cells.map(\.code) == ["turn.udp.refused", "turn.tcp.refused", "turn.relay.unreachable"])
    }

    @Test func ourMappedAddressAgreesWithCoturnsOwnStunclient() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        let stunclient = try #require(ServerProcess.installed(["/usr/bin/turnutils_stunclient"]), "turnutils_stunclient (coturn) is not installed")
        let output = try await run(stunclient, ["-p", String(rig.port), "127.0.0.1"])
        // turnutils_stunclient prints "UDP reflexive addr: 127.0.0.1:PORT".
        #expect(output.contains("UDP reflexive addr: 127.0.0.1:"), "\(output)")
        let cells = await TURNVerifier.verify(plan(rig), credentials: nil, timeout: Self.timeout)
        #expect(cells[0].message.contains("mapped address 127.0.0.1:"))
    }

    @Test func coturnsOwnUclientRelaysThroughTheSameServerWeAccept() async throws {
        let rig = try await offPool { try TurnRig() }
        defer { rig.stop() }
        let uclient = try #require(ServerProcess.installed(["/usr/bin/turnutils_uclient"]), "turnutils_uclient (coturn) is not installed")
        // -y: client-to-client through two allocations; -W: the REST secret; one message of 100 bytes.
        let output = try await run(uclient, ["-p", String(rig.port), "-W", TurnRig.secret, "-y", "-n", "1", "-m", "1", "-l", "100", "127.0.0.1"])
        #expect(output.contains("Total lost packets 0"), "\(output)")
        let cells = await TURNVerifier.verify(plan(rig), credentials: .restSecret(TurnRig.secret), timeout: Self.timeout)
        #expect(cells[2].code == "turn.relay.ok")
        // And both fail the same way with a wrong secret.
        let wrong = try await run(uclient, ["-p", String(rig.port), "-W", "not-the-secret", "-y", "-n", "1", "-m", "1", "-l", "100", "127.0.0.1"])
        #expect(!wrong.contains("Total lost packets 0"), "\(wrong)")
    }

    private func run(_ path: String, _ arguments: [String]) async throws -> String {
        try await offPool { try Self.runBlocking(path, arguments) }
    }

    private static func runBlocking(_ path: String, _ arguments: [String]) throws -> String {
        // Bounded: coturn's clients retry for a long time when the server does not answer as they hope.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["30", path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// A cancelled verify returns at once even when every peer is silent (Ctrl-C, Esc).
@Suite struct ProbeCancellationTests {
    @Test func cancellingASilentTURNAndDNSProbeReturnsPromptly() async throws {
        let port = ServerProcess.freePort()
        let silent = try #require(UDPSocket(port: port))
        let plan = RigPlan.make([.turnExternalIP: "127.0.0.1", .turnPort: String(port)])
        let task = Task {
            async let turn = TURNVerifier.verify(plan, credentials: nil, timeout: .seconds(60))
            async let dns = DNSVerifier.verify(plan, previewName: "x-1.sandbox.nap.example.com", resolver: "127.0.0.1:\(port)", timeout: .seconds(60))
            return await (turn, dns)
        }
        task.cancel()
        let (turn, dns) = await task.value
        _ = silent
        // Without cancellation these would wait out the 60 s timeout and say "filtered" and "timeout".
        #expect(turn[0].message.contains("cancelled"), "\(turn[0])")
        #expect(dns.cells.allSatisfy { $0.message.contains("cancelled") }, "\(dns.cells)")
    }
}
