import Foundation
import Testing

/// The wizard's background discovery in a real terminal, against the stand-in API server.
@Suite(.enabled(if: Tmux.available && DiscoverTests.kubectlInstalled, "needs tmux and kubectl"))
struct DiscoverWizardTmuxTests {
    @Test func theWizardProposesWhatTheClusterShows() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let server = try StandInAPIServer(scenario: "k3s-traefik", in: dir)
        defer { server.stop() }
        let tmux = try Tmux(width: 120, height: 30, in: dir, environment: server.environment)
        defer { tmux.kill() }
        // The first frame comes at once; the proposal arrives when kubectl has answered.
        try tmux.waitFor("What do you want to do?")
        try tmux.waitFor("cluster: traefik (IngressClass traefik) · entry 192.0.2.10 (Service kube-system/traefik)")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Main domain")
        try tmux.type("nap.acme.com")
        try tmux.waitFor("*.sandbox.nap.acme.com")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Ingress controller")
        try tmux.press("Enter")
        try tmux.waitFor("Controller options")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("▸ Ingress IPs or LB name")
        #expect(screen.contains("192.0.2.10"))
        #expect(server.requests.allSatisfy { $0.hasPrefix("GET ") })
    }
}
