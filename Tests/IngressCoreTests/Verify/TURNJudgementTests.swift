import IngressCore
import Testing

/// The TURN row's rules on observations, without a network.
@Suite struct TURNJudgementTests {
    func plan() -> Plan {
        let (plan, diagnostics) = Plan.make(Config(values: [
            .ingressMode: "external", .tosHost: "nap.acme.com", .sandboxDomain: "sandbox.nap.acme.com", .entry: "203.0.113.10",
            .turnExternalIP: "203.0.113.20", .turnRelayPorts: "49152-49252",
        ]))
        guard let plan else { fatalError("\(diagnostics)") }
        return plan
    }

    func seen(_ relay: TURNObservation.Relay, udp: TURNObservation.Reach = .answered(mapped: "198.51.100.1:5000")) -> TURNObservation {
        TURNObservation(server: "203.0.113.20", port: 3478, udp: udp, tcp: .answered(mapped: "198.51.100.1:5001"), relay: relay)
    }

    @Test func aLostRelayPacketNamesTheRelayRange() {
        let cells = TURNJudgement.cells(plan(), seen(.allocated(relayedHost: "203.0.113.20", relayedPort: 49160, roundTrip: .lost)))
        #expect(cells.map(\.code) == ["turn.udp.ok", "turn.tcp.ok", "turn.relay.blocked"])
        #expect(cells[2].fix?.contains("49152-49252/udp") == true)
    }

    @Test func aPrivateRelayedAddressIsTheWrongAddress() {
        let cells = TURNJudgement.cells(plan(), seen(.allocated(relayedHost: "10.244.1.7", relayedPort: 49160, roundTrip: .notTried)))
        #expect(cells[2].code == "turn.relay.wrong-address")
        #expect(cells[2].message.contains("10.244.1.7:49160"))
    }

    @Test func refusedAndFilteredAreToldApart() {
        #expect(TURNJudgement.cells(plan(), seen(.noCredentials, udp: .refused))[0].code == "turn.udp.refused")
        let filtered = TURNJudgement.cells(plan(), seen(.noCredentials, udp: .silent(attempts: 4)))[0]
        #expect(filtered.code == "turn.udp.filtered")
        #expect(filtered.message.contains("4 STUN Binding requests"))
    }

    @Test func noExternalIPIsOneSkippedCell() {
        let (plan, _) = Plan.make(Config(values: [.ingressMode: "external", .tosHost: "nap.acme.com", .sandboxDomain: "sandbox.nap.acme.com"]))
        let cells = TURNJudgement.notConfigured(plan!)
        #expect(cells.map(\.code) == ["turn.no-address"])
        #expect(cells[0].status == .skipped)
    }
}
