import Foundation
import Testing
@testable import IngressCore

/// The core's judgement of a snapshot, without kubectl: what an operator would be told.
@Suite struct DiscoveryRulesTests {
    let request = DiscoveryRequest(namespace: "nap", secretNamespaces: ["nap"], turnSelector: "app=nap-coturn")
    let external = Config(values: [.ingressMode: "external", .tosHost: "nap.acme.com", .controller: "contour"])

    func platform(_ ports: [String: [Int]] = ["nap-cp": [3000], "nap-browser": [3005], "nap-sandbox": [3006]]) -> ClusterSnapshot {
        var snapshot = ClusterSnapshot(serverVersion: "v1.31.0")
        snapshot.resourceTypes = ["services", "pods", "secrets", "ingressclasses.networking.k8s.io"]
        snapshot.namespaces = ["nap": true]
        snapshot.services = ports.map { ServiceObject(namespace: "nap", name: $0.key, type: "ClusterIP", ports: $0.value, labels: [:], loadBalancerAddresses: []) }
        snapshot.turnPods = [PodObject(name: "nap-coturn-0", hostNetwork: true, hostPorts: [])]
        return snapshot
    }

    @Test func aServiceWithoutThePortTheRouteUsesIsAnError() {
        let report = Discovery.report(platform(["nap-cp": [3000], "nap-browser": [8080], "nap-sandbox": [3006]]), request: request, config: external, now: Date())
        let finding = report.findings.first { $0.code == "discover.service-port-missing" }
        #expect(finding?.severity == "error")
        #expect(finding?.subject == "Service nap/nap-browser")
        #expect(finding?.message == "the Service has no port 3005 (it has 8080); a route to a missing port answers 503.")
        #expect(report.platform.services.map(\.state) == ["ok", "no port 3005", "ok"])
    }

    @Test func aMissingPlatformServiceIsSaid() {
        let report = Discovery.report(platform(["nap-cp": [3000], "nap-browser": [3005]]), request: request, config: external, now: Date())
        #expect(report.findings.contains { $0.code == "discover.service-missing" && $0.subject == "Service nap/nap-sandbox" })
    }

    @Test func theChosenControllerMissingFromTheClusterIsAWarning() {
        var snapshot = platform()
        snapshot.ingressClasses = [IngressClassObject(name: "traefik", controller: "traefik.io/ingress-controller", isDefault: false)]
        let report = Discovery.report(snapshot, request: request, config: external, now: Date())
        #expect(report.findings.first { $0.code == "discover.controller-not-found" }?.message
                == "values.env chooses contour, but the cluster shows no sign of it (found: traefik).")
    }

    @Test func anIssuerThatIsNotReadyIsNotProposed() {
        var snapshot = platform()
        snapshot.ingressClasses = [IngressClassObject(name: "contour", controller: "projectcontour.io/ingress-controller", isDefault: true)]
        snapshot.issuers = [IssuerObject(kind: "ClusterIssuer", namespace: nil, name: "le", ready: false, type: "acme", solvers: ["dns01"])]
        let report = Discovery.report(snapshot, request: request, config: external, now: Date())
        #expect(report.findings.contains { $0.code == "discover.issuer-not-ready" && $0.subject == "ClusterIssuer le" })
        #expect(report.proposal.issuer == nil)
        #expect(report.proposal.controller == "contour")
    }

    @Test func aCAIssuerCanIssueTheWildcard() {
        var snapshot = platform()
        snapshot.issuers = [IssuerObject(kind: "Issuer", namespace: "nap", name: "corp-ca", ready: true, type: "ca", solvers: [])]
        let report = Discovery.report(snapshot, request: request, config: external, now: Date())
        #expect(report.issuers.first?.canIssueWildcard == true)
        #expect(!report.findings.contains { $0.code == "discover.issuer-no-wildcard" })
    }

    @Test func udpRouteExposureWithoutTheCRDIsAWarning() {
        var config = external
        config[.turnExposure] = "udproute"
        let report = Discovery.report(platform(), request: request, config: config, now: Date())
        #expect(report.findings.contains { $0.code == "discover.udproute-missing" })
    }

    @Test func noControllerAtAllIsSaidButNotWhenIngressClassesMayNotBeRead() {
        #expect(Discovery.report(platform(), request: request, config: external, now: Date()).findings.contains { $0.code == "discover.no-controller" })
        var blind = platform()
        blind.notAllowed = ["ingressclasses.networking.k8s.io"]
        let report = Discovery.report(blind, request: request, config: external, now: Date())
        #expect(!report.findings.contains { $0.code == "discover.no-controller" })
        #expect(report.findings.contains { $0.code == "discover.not-allowed" && $0.subject == "ingressclasses.networking.k8s.io" })
        #expect(DiscoveryReportText.render(report).contains("none found") == false)
    }

    @Test func anUnknownIngressClassProposesTheGenericIngress() {
        var snapshot = platform()
        snapshot.ingressClasses = [IngressClassObject(name: "acme", controller: "example.com/acme-proxy", isDefault: true)]
        let report = Discovery.report(snapshot, request: request, config: Config(), now: Date())
        #expect(report.controllers.map(\.controller) == ["ingress"])
        #expect(report.proposal.ingressClass == "acme")
    }

    @Test func istioAddsItsGatewayNamespaceToTheSecretsRead() {
        let config = Config(values: [.controller: "istio", .istioGatewayNamespace: "istio-ingress", .namespace: "nap"])
        #expect(DiscoveryRequest(config: config).secretNamespaces == ["nap", "istio-ingress"])
        #expect(DiscoveryRequest(config: config, namespace: "nap-prod").namespace == "nap-prod")
    }
}
