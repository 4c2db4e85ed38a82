import Foundation
import IngressCore
import Testing
@testable import Wizard

/// The controller, entry, certificate and TURN steps: what each choice shows and what blocks Next.
@Suite struct StepTests {
    /// A driver on `step` after the domain was typed (see Driver.at).
    func at(_ step: Step, domain: String = "nap.acme.com") throws -> Driver { try Driver.at(step, domain: domain) }

    @Test func traefikOptionsAskForTheVersion() throws {
        var d = try at(.controller)
        d.press(.down, .down, .down)
        #expect(d.state.config.controller == .traefik)
        d.press(.enter)
        #expect(d.state.items.map(\.label).contains("Traefik version (e.g. 3.7)"))
        d.snapshot("controller-options-traefik")
    }

    @Test func istioOptionsAskForTheGatewayNamespace() throws {
        var d = try at(.controller)
        d.press(.character("5"))
        #expect(d.state.config.controller == .istio)
        d.press(.enter)
        #expect(d.state.items.map(\.label).contains("Istio gateway namespace"))
        #expect(d.screen(120, 40).contains("istio-system"))
    }

    @Test func invalidIngressClassBlocksNext() throws {
        var d = try at(.controllerOptions)
        d.press(.tab)
        d.type("Not_Valid")
        #expect(d.screen(80, 24).contains("✗ \"Not_Valid\" is not a valid class name."))
        d.press(.enter)
        #expect(d.state.step == .controllerOptions)
    }

    @Test func loadBalancerHostNameAtApexNeedsAlias() throws {
        var d = try at(.entry, domain: "acme.com")
        d.type("lb-1.elb.example.net")
        let screen = d.screen(120, 40)
        #expect(screen.contains("  acme.com            ALIAS lb-1.elb.example.net"))
        #expect(screen.contains("  files.acme.com      CNAME lb-1.elb.example.net"))
        #expect(screen.contains("zone apex"))
        d.snapshot("entry-apex-hostname")
    }

    @Test func wildcardAsCNAME() throws {
        var d = try at(.entry)
        d.type("203.0.113.10")
        d.press(.tab, .down)
        #expect(d.state.config.wildcardRecord == .cname)
        #expect(d.screen(120, 40).contains("*.sandbox.nap.acme.com  CNAME sandbox.nap.acme.com"))
    }

    @Test func mixedEntryIsAnError() throws {
        var d = try at(.entry)
        d.type("203.0.113.10,lb.example.net")
        d.press(.enter)
        #expect(d.state.step == .entry)
        #expect(d.screen(80, 24).contains("✗ mixes addresses and a host name."))
    }

    @Test func certificatesFromFilesNeedPaths() throws {
        var d = try at(.certificates)
        d.press(.down)
        #expect(d.state.config.tlsSource == .files)
        #expect(d.state.items.map(\.label).contains("Certificate file (PEM)"))
        let screen = d.screen(120, 40)
        #expect(screen.contains("the files source needs this PEM file."))
        #expect(screen.contains("set the PEM file's path, e.g. /etc/nap/tls.crt."), "under its own field a hint names no flag")
        #expect(!screen.contains("--tls-cert"))
        #expect(screen.contains("must cover (SANs):"))
        #expect(screen.contains("must be a wildcard certificate for:"))
        d.snapshot("certificates-files-missing")
        d.press(.enter)
        #expect(d.state.step == .certificates)
        d.press(.tab, .tab)
        d.type("/etc/nap/tls.crt")
        d.press(.tab)
        d.type("/etc/nap/tls.key")
        d.press(.enter)
        #expect(d.state.step == .certificates, "the wildcard (same source: files) needs its own files")
        d.press(.tab)
        d.type("/etc/nap/wildcard.crt")
        d.press(.tab)
        d.type("/etc/nap/wildcard.key")
        d.press(.enter)
        #expect(d.state.config[.tlsCertFile] == "/etc/nap/tls.crt")
        // All four paths are given; Enter then reads them, and these do not exist.
        #expect(d.state.step == .certificates)
        #expect(d.state.message?.text.hasPrefix("Can't go on: file /etc/nap/tls.crt: the certificate file does not exist") == true)
        #expect(d.screen(80, 24).contains("under their fields)"), "a long message wraps onto a second row instead of losing its end")
    }

    @Test func certManagerAsksForTheIssuer() throws {
        var d = try at(.certificates)
        d.press(.down, .down)
        #expect(d.state.config.tlsSource == .certManager)
        #expect(d.state.items.last?.label == "Issuer ClusterIssuer/NAME")
        #expect(d.screen(120, 40).contains("ACME issues wildcards only through DNS-01"))
        d.press(.enter)
        #expect(d.state.step == .certificates, "cert-manager without an issuer is an error")
    }

    @Test func turnLoadBalancerExplainsThePortEntries() throws {
        var d = try at(.turn)
        d.press(.down, .down)
        #expect(d.state.config.turnExposure == .loadbalancer)
        #expect(d.screen(120, 40).contains("103 port entries"))
        d.snapshot("turn-loadbalancer")
    }

    @Test func turnNodePortSaysWhetherThePortsFitTheNodePortRange() throws {
        var d = try at(.turn)
        d.press(.down)
        #expect(d.state.config.turnExposure == .nodeport)
        #expect(d.screen(120, 40).contains("outside the NodePort range"))
        d.press(.tab, .control("u"))
        d.type("31000")
        d.press(.tab, .control("u"))
        d.type("31001-31100")
        let screen = d.screen(120, 40)
        #expect(screen.contains("inside the NodePort range"))
        #expect(screen.contains("31001-31100/udp"))
    }

    @Test func controllerPreviewListsTheManifestsItRenders() throws {
        var d = try at(.controller)
        d.press(.character("6"))
        #expect(d.state.config.controller == .gatewayAPI)
        d.press(.enter)
        d.press(.tab)
        d.type("eg")
        let screen = d.screen(120, 40)
        #expect(screen.contains("gateway-api-gateway.yaml") && screen.contains("gateway-api-httproute.yaml"))
        d.press(.tab)
        d.type("shared")
        #expect(!d.screen(120, 40).contains("gateway-api-gateway.yaml"), "routes attached to an existing Gateway render no Gateway")
    }

    @Test func optionsLeftByAnotherControllerCanBeCleared() throws {
        var d = try at(.controller)
        d.press(.character("6"), .enter)
        d.press(.tab)
        d.type("eg")
        d.press(.tab)
        d.type("shared")
        #expect(d.state.config[.gatewayName] == "shared")
        d.press(.escape, .character("1"), .enter)
        #expect(d.state.config.controller == .contour)
        #expect(d.state.items.map(\.label) == ["Platform namespace", "Ingress class", "Existing Gateway name"])
        #expect(d.screen(120, 40).contains("is only used by the Gateway API controller."))
        d.press(.backTab)
        d.press(.control("u"))
        #expect(d.state.config[.gatewayName] == "")
        #expect(d.state.items.map(\.label) == ["Platform namespace", "Ingress class"])
        #expect(d.state.focus == 1)
    }

    @Test func aValueBashWouldExpandIsRefusedOnItsOwnStep() throws {
        var d = try at(.controller)
        d.press(.end, .enter)
        #expect(d.state.step == .controllerOptions)
        d.press(.tab, .tab)
        d.type("x=$(id)")
        d.press(.enter)
        #expect(d.state.step == .controllerOptions, "refused here, not only on the review")
        #expect(d.state.message?.text.contains("cannot be written to values.env safely") == true)
        #expect(d.screen(120, 40).contains("✗ cannot be written to values.env safely"))
    }

    @Test func udpRouteAsksForItsGatewayClassOnTheTURNStep() throws {
        var d = try at(.turn)
        d.press(.down, .down, .down)
        #expect(d.state.config.turnExposure == .udproute)
        #expect(d.state.items.map(\.label).contains("TURN GatewayClass"))
        d.press(.enter)
        #expect(d.state.step == .turn, "the missing class blocks this step, not only the review")
        #expect(d.state.message?.text.contains("GatewayClass") == true)
        d.press(.tab, .tab, .tab, .tab)
        #expect(d.state.items[d.state.focus].label == "TURN GatewayClass")
        d.type("eg")
        d.press(.enter)
        #expect(d.state.step == .review)
        #expect(d.state.review?.writable != nil)
    }

    @Test func loadBalancerAsksForProviderAndAddress() throws {
        var d = try at(.turn)
        d.press(.down, .down)
        let labels = d.state.items.map(\.label)
        #expect(labels.contains("Load balancer provider") && labels.contains("Fixed LB address"))
        d.press(.tab, .tab, .tab, .tab, .down)
        #expect(d.state.config[.turnLBProvider] == "metallb")
        d.snapshot("turn-loadbalancer-metallb")
    }

    @Test func turnPortInsideRelayRangeBlocksNext() throws {
        var d = try at(.turn)
        d.press(.tab, .control("u"))
        d.type("49200")
        d.press(.enter)
        #expect(d.state.step == .turn)
        #expect(d.state.message?.text.contains("inside the relay range") == true)
        d.snapshot("turn-port-in-relay")
    }

    @Test func aClippedPreviewSaysSoAndCtrlPShowsAll() throws {
        var d = try at(.controller)
        let narrow = d.screen(80, 24)
        #expect(narrow.contains("more line(s): ^P shows them"))
        #expect(!narrow.contains("*.sandbox.nap.acme.com"))
        d.press(.control("p"))
        #expect(d.screen(80, 24).contains("*.sandbox.nap.acme.com"))
        d.press(.character("x"))
        #expect(d.state.config.controller == .contour, "the closing key chooses nothing")
    }

    @Test func previewFullScreenOnNarrowTerminals() throws {
        var d = try at(.turn)
        d.press(.control("p"))
        #expect(d.state.showPreview)
        #expect(d.screen(80, 24).contains("Ports to open"))
        d.press(.character("x"))
        #expect(!d.state.showPreview)
        #expect(d.state.text(of: .key(.turnPort)).text == "3478", "the closing key types nothing")
    }
}
