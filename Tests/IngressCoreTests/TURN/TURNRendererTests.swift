import Testing
import Yams
@testable import IngressCore

@Suite struct TURNRendererTests {
    /// Every exposure and option, with the golden file of each rendered manifest.
    static let cases: [(name: String, exposure: TURNExposure, extra: [OwnedKey: String])] = [
        ("nodeport", .nodeport, [:]),
        ("nodeport-cluster-range", .nodeport, [.nodePortRange: "3000-52000", .turnPort: "3478", .turnRelayPorts: "49152-49252"]),
        ("loadbalancer-generic", .loadbalancer, [:]),
        ("loadbalancer-generic-address", .loadbalancer, [.turnLBAddress: "203.0.113.20"]),
        ("loadbalancer-metallb-address", .loadbalancer, [.turnLBProvider: "metallb", .turnLBAddress: "203.0.113.20"]),
        ("loadbalancer-aws-nlb", .loadbalancer, [.turnLBProvider: "aws-nlb", .turnRelayPorts: "49152-49200",
                                                 .turnServiceAnnotations: "service.beta.kubernetes.io/aws-load-balancer-eip-allocations=eipalloc-1,eipalloc-2"]),
        ("loadbalancer-selector", .loadbalancer, [.turnSelector: "app.kubernetes.io/name=coturn,app.kubernetes.io/instance=nap", .namespace: "platform"]),
        ("udproute-split", .udproute, [:]),
        ("udproute-one-gateway-address", .udproute, [.turnRelayPorts: "49152-49213", .turnLBAddress: "203.0.113.20"]),
    ]

    @Test(arguments: cases.map(\.name))
    func golden(name: String) throws {
        let c = Self.cases.first { $0.name == name }!
        let files = TURNRenderer.render(TURNFixtures.plan(c.exposure, c.extra))
        #expect(!files.isEmpty)
        for file in files {
            Golden.assert(file.yaml(), named: "turn/\(name)/\(file.name)")
        }
        try Conformance.check(files)
    }

    @Test func hostPortRendersNothing() {
        #expect(TURNRenderer.render(TURNFixtures.plan(.hostport)).isEmpty)
    }

    @Test func serviceListsEveryPortOnceWithLocalTrafficPolicy() throws {
        let plan = TURNFixtures.plan(.loadbalancer)
        let doc = try #require(try Yams.load(yaml: TURNRenderer.render(plan)[0].yaml()) as? [String: Any])
        let spec = try #require(doc["spec"] as? [String: Any])
        #expect(spec["type"] as? String == "LoadBalancer")
        #expect(spec["externalTrafficPolicy"] as? String == "Local", "TURN needs the client's source address")
        #expect(spec["selector"] as? [String: String] == ["app": "nap-coturn"])
        let ports = try #require(spec["ports"] as? [[String: Any]])
        #expect(ports.count == 2 + 101, "TURN_PORT over TCP and UDP, and one entry per relay port")
        #expect(ports.filter { $0["protocol"] as? String == "UDP" }.count == 102)
        #expect(Set(ports.compactMap { $0["name"] as? String }).count == ports.count)
        #expect(ports.last?["port"] as? Int == 49252)
    }

    @Test func nodePortEntriesUseTheSamePortNumber() throws {
        let doc = try #require(try Yams.load(yaml: TURNRenderer.render(TURNFixtures.plan(.nodeport))[0].yaml()) as? [String: Any])
        let ports = try #require((doc["spec"] as? [String: Any])?["ports"] as? [[String: Any]])
        #expect(ports.allSatisfy { $0["nodePort"] as? Int == $0["port"] as? Int && $0["targetPort"] as? Int == $0["port"] as? Int })
    }

    @Test func fixedAddressFollowsTheProvider() throws {
        func service(_ provider: String) throws -> [String: Any] {
            let plan = TURNFixtures.plan(.loadbalancer, [.turnLBProvider: provider, .turnLBAddress: "203.0.113.20"])
            return try #require(try Yams.load(yaml: TURNRenderer.render(plan)[0].yaml()) as? [String: Any])
        }
        let metallb = try service("metallb")
        #expect(((metallb["metadata"] as? [String: Any])?["annotations"] as? [String: String])?["metallb.io/loadBalancerIPs"] == "203.0.113.20")
        #expect((metallb["spec"] as? [String: Any])?["loadBalancerIP"] == nil)
        let generic = try service("generic")
        #expect((generic["spec"] as? [String: Any])?["loadBalancerIP"] as? String == "203.0.113.20")
    }

    @Test func gatewaysHoldAtMost64ListenersAndRoutesAttachToTheirListener() throws {
        let plan = TURNFixtures.plan(.udproute)
        let files = TURNRenderer.render(plan)
        #expect(files.map(\.name) == ["turn-service.yaml", "turn-gateway.yaml", "turn-routes.yaml"])
        let gateways = try Yams.load_all(yaml: files[1].yaml()).map { $0 as! [String: Any] }
        let listeners = gateways.map { (($0["spec"] as! [String: Any])["listeners"] as! [[String: Any]]) }
        #expect(listeners.map(\.count) == [64, 39], "103 listeners: TURN_PORT TCP+UDP and 101 relay ports")
        #expect(listeners.joined().allSatisfy { $0["hostname"] == nil }, "UDP and TCP listeners cannot have a hostname")
        let routes = try Yams.load_all(yaml: files[2].yaml()).map { $0 as! [String: Any] }
        #expect(routes.filter { $0["kind"] as? String == "UDPRoute" }.count == 102)
        #expect(routes.allSatisfy { $0["apiVersion"] as? String == "gateway.networking.k8s.io/v1" })
        let last = try #require(routes.last?["spec"] as? [String: Any])
        let parent = try #require((last["parentRefs"] as? [[String: Any]])?.first)
        #expect(parent["name"] as? String == "nap-turn-2" && parent["sectionName"] as? String == "relay-49252")
    }

    @Test func renderBundleListsTURNFilesInTheKustomizationInBothModes() throws {
        for mode in ["external", "nodeport"] {
            let plan = Fixtures.plan(TURNFixtures.config(.loadbalancer, [.ingressMode: mode]))
            let files = RenderBundle.files(for: plan)
            let kustomization = try #require(files.first { $0.path == "kustomization.yaml" })
            #expect(kustomization.text.contains("- turn-service.yaml"), "\(mode)")
            #expect(files.contains { $0.path == "firewall.md" } && files.contains { $0.path == "firewall.nft" }, "\(mode)")
        }
    }
}
