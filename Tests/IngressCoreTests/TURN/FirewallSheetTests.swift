import Testing
@testable import IngressCore

@Suite struct FirewallSheetTests {
    /// External mode with hostport TURN, and NodePort mode with a TURN load balancer.
    static let plans: [(name: String, plan: Plan)] = [
        ("external-hostport", TURNFixtures.plan(.hostport)),
        ("nodeport-loadbalancer", Fixtures.plan(TURNFixtures.config(.loadbalancer, [.ingressMode: "nodeport"]))),
    ]

    @Test(arguments: FirewallSheetFormat.allCases)
    func golden(_ format: FirewallSheetFormat) {
        for (name, plan) in Self.plans {
            Golden.assert(format.format(plan), named: "firewall/\(name)/\(format.fileName)")
        }
    }

    @Test func externalModeOpensTheIngressEntryAndTURN() {
        let openings = TURNFixtures.plan(.hostport).firewallOpenings
        #expect(openings.map { "\($0.portText())/\($0.proto.rawValue)" } == ["80/tcp", "443/tcp", "3478/tcp", "3478/udp", "49152-49252/udp"])
        #expect(openings[1].openOn.contains("203.0.113.10"), "80/443 go towards the ingress entry")
        #expect(openings[2].openOn.contains("nodes that run coturn"))
    }

    @Test func nodePortModeOpensTheThreeNodePorts() {
        let openings = Self.plans[1].plan.firewallOpenings
        #expect(openings.prefix(3).map { "\($0.portText())/\($0.proto.rawValue)" } == ["30300/tcp", "30305/tcp", "30306/tcp"])
        #expect(openings[3].openOn.contains("load balancer"))
    }

    @Test(arguments: TURNExposure.allCases)
    func everySheetCarriesTheTURNPorts(_ exposure: TURNExposure) {
        let plan = TURNFixtures.plan(exposure)
        let relay = PortRange.text(plan.turn.relayPorts)
        #expect(FirewallSheetFormat.markdown.format(plan).contains("| \(relay) | UDP |"))
        #expect(FirewallSheetFormat.nftables.format(plan).contains("meta l4proto udp ct original proto-dst \(relay) accept"))
        #expect(FirewallSheetFormat.iptables.format(plan).contains("-p udp -m conntrack --ctorigdstport \(relay.replacingOccurrences(of: "-", with: ":"))"))
        #expect(FirewallSheetFormat.ufw.format(plan).contains("ufw allow \(relay.replacingOccurrences(of: "-", with: ":"))/udp"))
        #expect(FirewallSheetFormat.firewalld.format(plan).contains("--add-port=\(relay)/udp"))
    }

    @Test func nftablesOutputIsAcceptedByNft() throws {
        let probe = "table inet nap_probe {}\ndelete table inet nap_probe\ntable inet nap_probe {\n\tchain c {\n\t\tmeta l4proto udp ct original proto-dst 3478 accept\n\t}\n}\n"
        let tool = ExternalTool.usable(["/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"], arguments: ["-c", "-f", "-"], probe: probe)
        guard case .usable(let nft) = tool else {
            if case .unusable(let why) = tool { try Test.cancel("skipped: nft -c cannot check rulesets here: \(why)") }
            return
        }
        for exposure in TURNExposure.allCases {
            for mode in ["external", "nodeport"] {
                let text = FirewallSheetFormat.nftables.format(Fixtures.plan(TURNFixtures.config(exposure, [.ingressMode: mode])))
                let result = try ExternalTool.run(nft, ["-c", "-f", "-"], input: text)
                #expect(result.status == 0, "nft -c rejects the \(exposure) / \(mode) table:\n\(result.output)")
            }
        }
        let broken = try ExternalTool.run(nft, ["-c", "-f", "-"], input: "table inet x {\n\tchain y {\n\t\ttcp dport 99999 accept\n\t}\n}\n")
        #expect(broken.status != 0, "the check must be able to fail")
    }

    @Test func iptablesOutputIsAcceptedByIptablesRestore() throws {
        let candidates = ["/usr/sbin/iptables-restore", "/sbin/iptables-restore"]
        let probe = "*filter\n:NAP-PROBE - [0:0]\n-A NAP-PROBE -p udp -m conntrack --ctorigdstport 3478 -j ACCEPT\nCOMMIT\n"
        let tool = ExternalTool.usable(candidates, arguments: ["--test"], probe: probe)
        guard case .usable(let restore) = tool else {
            if case .unusable(let why) = tool { try Test.cancel("skipped: iptables-restore --test cannot check rules here: \(why)") }
            return
        }
        for exposure in TURNExposure.allCases {
            for mode in ["external", "nodeport"] {
                let text = FirewallSheetFormat.iptables.format(Fixtures.plan(TURNFixtures.config(exposure, [.ingressMode: mode])))
                let result = try ExternalTool.run(restore, ["--test"], input: text)
                #expect(result.status == 0, "iptables-restore --test rejects the \(exposure) / \(mode) rules:\n\(result.output)")
            }
        }
        let broken = try ExternalTool.run(restore, ["--test"], input: "*filter\n-A INPUT --no-such-option -j ACCEPT\nCOMMIT\n")
        #expect(broken.status != 0, "the check must be able to fail")
    }
}
