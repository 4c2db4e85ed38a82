import Foundation
import Testing

/// The wizard's background discovery in a real terminal, against the stand-in API server.
@Suite(.enabled(if: Tmux.available && DiscoverTests.kubectlInstalled, "needs tmux and kubectl"))
/// 99x40: below 100 columns the form takes the whole width, so a mark's line is not wrapped
/// in the middle of the words a test looks for.
struct DiscoverWizardTmuxTests {
    @Test func theWizardProposesWhatTheClusterShows() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let server = try StandInAPIServer(scenario: "k3s-traefik", in: dir)
        defer { server.stop() }
        let tmux = try Tmux(width: 99, height: 40, in: dir, environment: server.environment)
        defer { tmux.kill() }
        // The first frame comes at once; the proposal arrives when kubectl has answered.
        try tmux.waitFor("What do you want to do?")
        try tmux.waitFor("cluster: traefik (IngressClass traefik) · entry 192.0.2.10 (Service kube-system/traefik)")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Main domain")
        try tmux.type("nap.acme.com")
        try tmux.waitFor("*.sandbox.nap.acme.com")
        try tmux.press("Enter")
        // The controller found is marked as found, and as the proposal with why.
        var screen = try tmux.waitFor("▸ Ingress controller")
        #expect(screen.contains("◆ found in the cluster"))
        #expect(screen.contains("◆ proposed from the cluster: IngressClass traefik (spec.controller"))
        try tmux.press("Enter")
        screen = try tmux.waitFor("Controller options")
        #expect(screen.contains("◆ proposed from the cluster: IngressClass traefik"))
        try tmux.press("Enter")
        screen = try tmux.waitFor("▸ Ingress IPs or LB name")
        #expect(screen.contains("192.0.2.10"))
        #expect(screen.contains("◆ proposed from the cluster: Service kube-system/traefik (LoadBalancer), load balancer"))
        // Typing over the proposal makes it the operator's: the mark goes, the cluster's answer stays offered.
        try tmux.press("C-u")
        try tmux.type("203.0.113.9")
        screen = try tmux.waitFor("◇ the cluster shows 192.0.2.10")
        #expect(!screen.contains("◆ proposed from the cluster"))
        #expect(server.requests.allSatisfy { $0.hasPrefix("GET ") })
    }

    @Test func theOperatorPicksBetweenTwoControllers() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let server = try StandInAPIServer(scenario: "two-controllers", in: dir)
        defer { server.stop() }
        let tmux = try Tmux(width: 99, height: 40, in: dir, environment: server.environment)
        defer { tmux.kill() }
        try tmux.waitFor("several controllers: ingress-nginx, traefik")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Main domain")
        try tmux.type("nap.acme.com")
        try tmux.press("Enter")
        // Nothing guessed: both are marked, and the operator picks.
        var screen = try tmux.waitFor("◇ the cluster shows 2: ingress-nginx, Traefik v3 · Ctrl-N")
        #expect(screen.components(separatedBy: "◆ found in the cluster").count == 3)
        #expect(screen.contains("from the cluster: several controllers found (ingress-nginx, traefik)"))
        try tmux.press("C-n")
        try tmux.waitFor("◆ proposed from the cluster: IngressClass nginx")
        try tmux.press("C-n")
        screen = try tmux.waitFor("◆ proposed from the cluster: IngressClass traefik")
        try tmux.press("Enter")
        try tmux.waitFor("Controller options")
        try tmux.press("Enter")
        screen = try tmux.waitFor("▸ Ingress IPs or LB name")
        #expect(screen.contains("◆ proposed from the cluster: Service kube-system/traefik (LoadBalancer), load balancer"))
    }

    @Test func aSecretFindingShowsOnTheCertificatesStepAndInTheReview() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let pem = try DiscoverTests().certificate(["nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"], days: 30)
        try (DiscoverTests.externalValues + "INGRESS_CONTROLLER=traefik\nTLS_SOURCE=existing\n")
            .write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let server = try StandInAPIServer(scenario: "k3s-traefik", certificates: ["nap-tls-cert": pem], in: dir)
        defer { server.stop() }
        let tmux = try Tmux(width: 99, height: 40, in: dir, environment: server.environment)
        defer { tmux.kill() }
        // The entry values.env leaves empty comes from the cluster: discovery has answered.
        try tmux.waitFor("Entry         192.0.2.10")
        try tmux.press("Enter")
        for title in ["▸ Main domain", "▸ Ingress controller", "Controller options", "▸ Ingress IPs or LB name"] {
            try tmux.waitFor(title)
            try tmux.press("Enter")
        }
        var screen = try tmux.waitFor("From the cluster (read through kubectl):")
        #expect(screen.contains("Secret nap/nap-tls-cert:"))
        #expect(screen.contains("does not cover files.nap.acme.com"))
        try tmux.press("C-s")
        screen = try tmux.waitFor("they do not block writing")
        #expect(screen.contains("Certificates › Secret nap/nap-tls-cert:"))
        // Not an answer's error: the review still writes.
        #expect(screen.contains("Enter writes"))
    }

    @Test func withoutAClusterTheWizardIsAsBefore() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let server = try StandInAPIServer(scenario: "k3s-traefik", in: dir)
        defer { server.stop() }
        var environment = server.environment
        environment["KUBECONFIG"] = dir.appendingPathComponent("no-kubeconfig").path
        let tmux = try Tmux(width: 99, height: 40, in: dir, environment: environment)
        defer { tmux.kill() }
        try tmux.goToMainDomain()
        try tmux.type("nap.acme.com")
        try tmux.press("Enter")
        var screen = try tmux.waitFor("▸ Ingress controller")
        #expect(!screen.contains("from the cluster") && !screen.contains("◆"))
        try tmux.press("Enter")
        try tmux.waitFor("Controller options")
        try tmux.press("Enter")
        screen = try tmux.waitFor("▸ Ingress IPs or LB name")
        #expect(!screen.contains("from the cluster") && !screen.contains("◆") && !screen.contains("◇"))
        #expect(server.requests.isEmpty)
    }
}
