import Foundation
import Testing

@Suite struct TURNCommandTests {
    @Test func everyExposureFromConfigureToRender() throws {
        let cases: [(exposure: String, flags: [String], files: [String])] = [
            ("hostport", [], []),
            ("nodeport", ["--turn-port", "32666", "--turn-relay-ports", "32667-32767"], ["turn-service.yaml"]),
            ("loadbalancer", ["--turn-lb-provider", "metallb", "--turn-lb-address", "203.0.113.20"], ["turn-service.yaml"]),
            ("udproute", ["--turn-gateway-class", "eg"], ["turn-service.yaml", "turn-gateway.yaml", "turn-routes.yaml"]),
        ]
        for c in cases {
            let dir = try NapIngressBinary.temporaryFolder()
            let configure = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                                      "--turn-exposure", c.exposure, "--turn-external-ip", "203.0.113.20"] + c.flags, in: dir)
            #expect(configure.status == 0, "\(c.exposure): \(configure.stderr)")
            #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
            let out = dir.appendingPathComponent("ingress")
            for file in c.files + ["firewall.md", "firewall.nft"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(c.exposure): \(file)")
            }
            let kustomization = try String(contentsOf: out.appendingPathComponent("kustomization.yaml"), encoding: .utf8)
            for file in c.files { #expect(kustomization.contains("- \(file)"), "\(c.exposure): \(file) in kustomization.yaml") }
        }
    }

    @Test func nodePortOutsideTheRangeIsRefusedAndNothingIsWritten() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run(["configure", "--turn-exposure", "nodeport"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[turn.nodeport-range]"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path))
    }

    @Test func firewallCommandPrintsEveryFormat() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        #expect(try NapIngressBinary.run(["configure", "--turn-external-ip", "203.0.113.20"], in: dir).status == 0)
        let expected = ["markdown": "| 49152-49252 | UDP |", "nftables": "table inet nap_ingress {", "iptables": "*filter",
                        "ufw": "ufw allow 49152:49252/udp", "firewalld": "--add-port=49152-49252/udp"]
        for (format, marker) in expected {
            let result = try NapIngressBinary.run(["firewall", "--format", format], in: dir)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains(marker), "\(format)")
        }
        #expect(try NapIngressBinary.run(["firewall", "--format", "pf"], in: dir).status == 64)
    }
}
