import Foundation
import IngressCore
import Testing
@testable import Wizard

/// The background discovery's result as the wizard uses it: proposals fill only what the
/// operator has not answered, and the status line says where they came from.
@Suite struct DiscoveryProposalTests {
    /// A k3s cluster with Traefik and its load balancer at 192.0.2.10.
    static func k3sReport(config: Config) -> DiscoveryReport {
        var snapshot = ClusterSnapshot(serverVersion: "v1.31.0")
        snapshot.resourceTypes = ["services", "ingressclasses.networking.k8s.io", "ingressroutes.traefik.io"]
        snapshot.ingressClasses = [IngressClassObject(name: "traefik", controller: "traefik.io/ingress-controller", isDefault: true)]
        snapshot.services = [ServiceObject(namespace: "kube-system", name: "traefik", type: "LoadBalancer", ports: [80, 443],
                                           labels: ["app.kubernetes.io/name": "traefik"], loadBalancerAddresses: ["192.0.2.10"])]
        return Discovery.report(snapshot, request: DiscoveryRequest(config: config), config: config, now: Date())
    }

    func driver(_ values: String) throws -> Driver {
        let folder = try Scratch.folder("discovery-\(UUID().uuidString.prefix(8))")
        if !values.isEmpty { try values.write(toFile: "\(folder)/values.env", atomically: true, encoding: .utf8) }
        return try Driver(valuesPath: "\(folder)/values.env", outFolder: "\(folder)/ingress")
    }

    @Test func theControllerClassAndEntryFoundAreProposed() throws {
        var d = try driver("")
        d.state.startDiscovery()
        #expect(d.screen(100, 30).contains("reading the cluster through kubectl"))
        d.send(.tick)
        d.send(.discovered(Self.k3sReport(config: d.state.config), failure: nil))
        #expect(d.state.config[.controller] == "traefik")
        #expect(d.state.config[.ingressClass] == "traefik")
        #expect(d.state.config[.entry] == "192.0.2.10")
        let screen = d.screen(120, 30)
        #expect(screen.contains("cluster: traefik (IngressClass traefik) · entry 192.0.2.10 (Service kube-system/traefik) — proposals, edit freely"))
    }

    @Test func valuesEnvAndTypedAnswersWin() throws {
        var d = try driver("INGRESS_MODE=external\nTOS_HOST=nap.acme.com\nINGRESS_CONTROLLER=contour\n")
        d.state.startDiscovery()
        d.send(.discovered(Self.k3sReport(config: d.state.config), failure: nil))
        #expect(d.state.config[.controller] == "contour")
        // Traefik's class and load balancer are not Contour's: nothing of them is proposed.
        #expect(d.state.config[.entry] == "")
        #expect(d.state.config[.ingressClass] == "")
        #expect(d.screen(120, 30).contains("your answers kept"))
    }

    @Test func aTypedEntryWins() throws {
        var d = try driver("INGRESS_MODE=external\nTOS_HOST=nap.acme.com\n")
        d.state.startDiscovery()
        d.state.config[.entry] = "203.0.113.7"
        d.send(.discovered(Self.k3sReport(config: d.state.config), failure: nil))
        #expect(d.state.config[.controller] == "traefik")
        #expect(d.state.config[.entry] == "203.0.113.7")
        #expect(d.screen(120, 30).contains("— proposals, edit freely"))
        guard case .found(_, let proposed) = d.state.discovery else { Issue.record("discovery not found"); return }
        #expect(proposed == [.controller, .ingressClass])
    }

    @Test func noClusterLeavesTheWizardAsItWas() throws {
        var d = try driver("")
        let before = d.screen(100, 30)
        d.state.startDiscovery()
        d.send(.discovered(nil, failure: nil))
        #expect(d.screen(100, 30) == before)
        d.state.startDiscovery()
        d.send(.discovered(nil, failure: "cannot reach the Kubernetes API server: i/o timeout"))
        #expect(d.screen(120, 30).contains("cluster not read: cannot reach the Kubernetes API server: i/o timeout; the wizard works without it."))
        #expect(d.state.config[.controller] == Config()[.controller])
    }
}
