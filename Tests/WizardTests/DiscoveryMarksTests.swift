import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Proposals marked on their fields with where the cluster showed them, picking among several,
/// and discover's findings on the step they concern and in the review.
@Suite struct DiscoveryMarksTests {
    /// Two controllers at once: Traefik at 192.0.2.10 and ingress-nginx at 192.0.2.60; an
    /// ACME issuer with HTTP-01 only and one with DNS-01; nap-browser without its port.
    static func twoControllers(config: Config) -> DiscoveryReport {
        var snapshot = ClusterSnapshot(serverVersion: "v1.31.0")
        snapshot.resourceTypes = ["services", "ingressclasses.networking.k8s.io", "ingressroutes.traefik.io",
                                  "clusterissuers.cert-manager.io", "namespaces"]
        snapshot.ingressClasses = [IngressClassObject(name: "traefik", controller: "traefik.io/ingress-controller", isDefault: true),
                                   IngressClassObject(name: "nginx", controller: "k8s.io/ingress-nginx", isDefault: false)]
        snapshot.services = [
            ServiceObject(namespace: "kube-system", name: "traefik", type: "LoadBalancer", ports: [80, 443],
                          labels: ["app.kubernetes.io/name": "traefik"], loadBalancerAddresses: ["192.0.2.10"]),
            ServiceObject(namespace: "ingress-nginx", name: "ingress-nginx-controller", type: "LoadBalancer", ports: [80, 443],
                          labels: ["app.kubernetes.io/name": "ingress-nginx"], loadBalancerAddresses: ["192.0.2.60"]),
            ServiceObject(namespace: "nap", name: "nap-cp", type: "ClusterIP", ports: [3000], labels: [:], loadBalancerAddresses: []),
            ServiceObject(namespace: "nap", name: "nap-browser", type: "ClusterIP", ports: [8080], labels: [:], loadBalancerAddresses: []),
            ServiceObject(namespace: "nap", name: "nap-sandbox", type: "ClusterIP", ports: [3006], labels: [:], loadBalancerAddresses: []),
        ]
        snapshot.namespaces = ["nap": true]
        snapshot.issuers = [IssuerObject(kind: "ClusterIssuer", namespace: nil, name: "letsencrypt-http", ready: true, type: "acme", solvers: ["http01"]),
                            IssuerObject(kind: "ClusterIssuer", namespace: nil, name: "letsencrypt-dns", ready: true, type: "acme", solvers: ["dns01"]),
                            IssuerObject(kind: "ClusterIssuer", namespace: nil, name: "internal-ca", ready: true, type: "ca", solvers: [])]
        return Discovery.report(snapshot, request: DiscoveryRequest(config: config), config: config, now: Date())
    }

    // Content checks read 99x40: below 100 columns the form takes the whole width, so a mark's
    // line is not wrapped in the middle of the words checked (the snapshots show the other layouts).
    func driver(_ name: String = "marks-\(UUID().uuidString.prefix(8))") throws -> Driver {
        let folder = try Scratch.folder(name)
        return try Driver(valuesPath: "\(folder)/values.env", outFolder: "\(folder)/ingress")
    }

    /// Through the domain to `step`, Enter by Enter.
    func walk(_ d: inout Driver, to step: Step) throws {
        if d.state.step == .start { d.press(.enter) }
        if d.state.step == .domain { d.type("nap.acme.com") }
        while d.state.step != step {
            let before = d.state.step
            d.press(.enter)
            try #require(d.state.step != before, "stuck on \(before)")
        }
    }

    @Test func eachProposalIsMarkedOnItsFieldWithItsSource() throws {
        var d = try driver("marks-entry-proposed")
        d.state.startDiscovery()
        d.send(.discovered(DiscoveryProposalTests.k3sReport(config: d.state.config), failure: nil))
        try walk(&d, to: .controller)
        let controller = d.screen(99, 40)
        #expect(controller.contains("Traefik") && controller.contains("◆ found in the cluster"))
        #expect(controller.contains("◆ proposed from the cluster: IngressClass traefik (spec.controller"))
        #expect(controller.contains("traefik.io/ingress-controller, the cluster's default)"))
        d.press(.enter)
        #expect(d.screen(99, 40).contains("◆ proposed from the cluster: IngressClass traefik"))
        d.press(.enter)
        #expect(d.state.step == .entry)
        d.snapshot("discovery-entry-proposed")
        Snapshot.assert(d.screen(100, 30), named: "discovery-entry-proposed-100x30.txt")
        #expect(d.screen(80, 24).contains("◆ proposed from the cluster: Service kube-system/traefik"))
    }

    @Test func theMarkGoesWhenTheOperatorTypesOverTheProposal() throws {
        var d = try driver()
        d.state.startDiscovery()
        d.send(.discovered(DiscoveryProposalTests.k3sReport(config: d.state.config), failure: nil))
        try walk(&d, to: .entry)
        d.press(.left, .right)  // moving the cursor is not editing
        #expect(d.screen(99, 40).contains("◆ proposed from the cluster"))
        d.press(.control("u"))
        d.type("203.0.113.9")
        let screen = d.screen(99, 40)
        #expect(!screen.contains("◆ proposed from the cluster"))
        #expect(screen.contains("◇ the cluster shows 192.0.2.10 · Ctrl-N fills it in"))
        #expect(d.state.config[.entry] == "203.0.113.9")
        // Ctrl-N takes the cluster's answer back, marked again.
        d.press(.control("n"))
        #expect(d.state.config[.entry] == "192.0.2.10")
        #expect(d.screen(99, 40).contains("◆ proposed from the cluster"))
    }

    @Test func theOperatorPicksBetweenTwoControllers() throws {
        var d = try driver("marks-two-controllers")
        d.state.startDiscovery()
        d.send(.discovered(Self.twoControllers(config: d.state.config), failure: nil))
        // Nothing guessed: the default stays, the entry stays empty.
        #expect(d.state.config[.controller] == "contour")
        #expect(d.state.config[.entry] == "")
        try walk(&d, to: .controller)
        var screen = d.screen(99, 40)
        #expect(screen.components(separatedBy: "◆ found in the cluster").count == 3)
        #expect(screen.contains("◇ the cluster shows 2: ingress-nginx, Traefik v3 · Ctrl-N picks the next"))
        d.snapshot("discovery-two-controllers")
        d.press(.control("n"))
        #expect(d.state.config[.controller] == "ingress-nginx")
        #expect(d.state.config[.entry] == "192.0.2.60")
        #expect(d.state.config[.ingressClass] == "nginx")
        screen = d.screen(99, 40)
        #expect(screen.contains("◆ proposed from the cluster: IngressClass nginx") && screen.contains("Ctrl-N: next of 2"))
        // The class and entry follow the controller chosen, by Ctrl-N or by the arrows.
        d.press(.control("n"))
        #expect(d.state.config[.controller] == "traefik")
        #expect(d.state.config[.entry] == "192.0.2.10")
        #expect(d.state.config[.ingressClass] == "traefik")
        d.press(.home)
        #expect(d.state.config[.controller] == "contour")
        #expect(d.state.config[.entry] == "")
        #expect(d.state.config[.ingressClass] == "")
    }

    @Test func severalIssuersAreOfferedNotGuessed() throws {
        var d = try driver()
        d.state.startDiscovery()
        d.send(.discovered(Self.twoControllers(config: d.state.config), failure: nil))
        try walk(&d, to: .certificates)
        d.press(.down, .down)  // TLS source: cert-manager
        #expect(d.state.config[.tlsSource] == "cert-manager")
        #expect(d.state.config[.tlsIssuer] == "")
        d.press(.tab, .tab)
        #expect(d.state.items[d.state.focus].id == .key(.tlsIssuer))
        #expect(d.screen(99, 40).contains("◇ the cluster shows 2: ClusterIssuer/letsencrypt-dns, ClusterIssuer/internal-ca"))
        d.press(.control("n"))
        #expect(d.state.config[.tlsIssuer] == "ClusterIssuer/letsencrypt-dns")
        #expect(d.screen(99, 40).contains("◆ proposed from the cluster: ClusterIssuer letsencrypt-dns (acme, dns01, Ready) · Ctrl-N:"))
    }

    @Test func clusterFindingsShowOnTheirStepAndInTheReviewWithoutBlocking() throws {
        var d = try driver()
        d.state.startDiscovery()
        d.send(.discovered(Self.twoControllers(config: d.state.config), failure: nil))
        try walk(&d, to: .controller)
        // The controllers' finding, under the controller list, from the cluster.
        #expect(d.screen(99, 40).contains("· from the cluster: several controllers found (ingress-nginx, traefik)"))
        d.press(.enter)
        // The platform's Service finding, with the namespace on the controller options.
        let options = d.screen(99, 40)
        #expect(options.contains("From the cluster (read through kubectl):"))
        #expect(options.contains("✗ Service nap/nap-browser: the Service has no port 3005"))
        try walk(&d, to: .certificates)
        let certificates = d.screen(99, 40)
        #expect(certificates.contains("! ClusterIssuer letsencrypt-http: the ACME issuer has only http01 solvers"))
        #expect(!d.screen(99, 40).contains("Service nap/nap-browser"))
        d.press(.control("s"))
        #expect(d.state.step == .review)
        let review = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(review.contains("From the cluster: 4 finding(s) read through kubectl; they do not block writing"))
        #expect(review.contains("✗ Controller options › Service nap/nap-browser: the Service has no port 3005"))
        #expect(review.contains("! Certificates › ClusterIssuer letsencrypt-http: the ACME issuer has only http01 solvers"))
        // An error from the cluster blocks nothing: `check` has no such rule.
        #expect(d.state.review?.updated != nil)
        #expect(!review.contains("Nothing can be written"))
    }

    @Test func withoutAClusterTheStepsAreUnchanged() throws {
        for step in [Step.controller, .controllerOptions, .entry, .certificates] {
            // One folder for both, so that the title bar's path is the same.
            var plain = try driver("marks-no-cluster-\(step)"), asked = plain
            asked.state.startDiscovery()
            asked.send(.discovered(nil, failure: nil))
            try walk(&asked, to: step)
            try walk(&plain, to: step)
            #expect(asked.screen(99, 40) == plain.screen(99, 40), "\(step)")
            let screen = asked.screen(99, 40)
            #expect(!screen.contains("from the cluster") && !screen.contains("◆") && !screen.contains("◇"), "\(step)")
        }
    }
}

/// Gateway API: the GatewayClass is proposed for the Gateway, and for TURN's UDPRoute.
@Suite struct GatewayClassProposalTests {
    @Test func theGatewayClassIsProposedForTheGatewayAndForTURN() throws {
        let folder = try Scratch.folder("marks-gateway-class")
        var d = try Driver(valuesPath: "\(folder)/values.env", outFolder: "\(folder)/ingress")
        var snapshot = ClusterSnapshot(serverVersion: "v1.31.0")
        snapshot.resourceTypes = ["services", DiscoveryKinds.gatewayClasses, DiscoveryKinds.udpRoutes]
        snapshot.gatewayClasses = [GatewayClassObject(name: "eg", controllerName: "gateway.envoyproxy.io/gatewayclass-controller", accepted: true)]
        d.state.startDiscovery()
        d.send(.discovered(Discovery.report(snapshot, request: DiscoveryRequest(config: d.state.config), config: d.state.config, now: Date()),
                           failure: nil))
        #expect(d.state.config[.controller] == "gateway-api")
        #expect(d.state.config[.ingressClass] == "eg")
        #expect(d.state.config[.turnGatewayClass] == "eg")
        d.press(.enter)
        d.type("nap.acme.com")
        while d.state.step != .turn {
            let before = d.state.step
            d.press(.enter)
            try #require(d.state.step != before, "stuck on \(before)")
        }
        d.state.select(TURNExposure.udproute.rawValue, for: .key(.turnExposure))
        #expect(d.screen(99, 40).contains("◆ proposed from the cluster: GatewayClass eg (Envoy Gateway, UDPRoute served)"))
    }
}

/// The cluster read at the start is judged against the answers as they change.
@Suite struct ClusterJudgedAgainTests {
    @Test func aSecretIsCheckedForTheDomainTypedAfterTheClusterWasRead() throws {
        let fixtures = try OpenSSLFixtures()
        let pem = try String(contentsOfFile: fixtures.issue(subject: "/CN=nap.acme.com", sans: ["nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"]).cert,
                             encoding: .utf8)
        let folder = try Scratch.folder("marks-judged-again")
        var d = try Driver(valuesPath: "\(folder)/values.env", outFolder: "\(folder)/ingress")
        var snapshot = ClusterSnapshot(serverVersion: "v1.31.0")
        snapshot.resourceTypes = ["services", "secrets", "namespaces"]
        snapshot.namespaces = ["nap": true]
        snapshot.secrets = [SecretCertificate(namespace: "nap", name: "nap-tls-cert", certificatePEM: pem)]
        d.state.startDiscovery()
        // Read before any domain is known: nothing to check the names against yet.
        d.send(.clusterRead(ClusterReading(snapshot: snapshot, request: DiscoveryRequest(config: d.state.config), readAt: Date())))
        #expect(!ClusterView.findings(d.state).contains { $0.code == "tls.name-not-covered" })
        d.press(.enter)
        d.type("nap.acme.com")
        let finding = try #require(ClusterView.findings(d.state).first { $0.code == "tls.name-not-covered" })
        #expect(finding.subject == .secret(namespace: "nap", name: "nap-tls-cert"))
        #expect(finding.message.contains("files.nap.acme.com"))
        while d.state.step != .certificates {
            let before = d.state.step
            d.press(.enter)
            try #require(d.state.step != before, "stuck on \(before)")
        }
        #expect(d.screen(99, 40).contains("Secret nap/nap-tls-cert:"))
    }
}
