import Foundation
@testable import IngressCore
import Testing

/// The rules that turn what a probe saw into a cell, without a network.
struct VerifyJudgementTests {
    static func plan(_ controller: String = "ingress-nginx") throws -> Plan {
        var config = Config()
        config[.ingressMode] = "external"
        config[.tosHost] = "nap.acme.com"
        config[.sandboxDomain] = "sandbox.nap.acme.com"
        config[.controller] = controller
        config[.entry] = "203.0.113.10"
        return try #require(Plan.make(config).0)
    }

    @Test func aBadGatewayNamesTheRoutesService() throws {
        let plan = try Self.plan()
        let route = plan.routes.first { $0.name == .browsers }
        let seen = HTTPObservation(host: "browsers.nap.acme.com", address: "203.0.113.10",
                                   http: .status(308, location: "https://browsers.nap.acme.com/"), https: .status(502, location: nil),
                                   httpPort: 80, httpsPort: 443)
        let cell = HTTPJudgement.cell(seen, route: route)
        #expect(cell.status == .failed)
        #expect(cell.code == "http.backend-unreachable")
        #expect(cell.message.contains("cannot reach nap-browser:3005"))
    }

    @Test func aRedirectToHTTPSIsOkAndAnythingElseAWarning() {
        func cell(_ http: HTTPObservation.Answer) -> VerifyCell {
            HTTPJudgement.cell(HTTPObservation(host: "nap.acme.com", address: "a", http: http, https: .status(200, location: nil),
                                               httpPort: 80, httpsPort: 443), route: nil)
        }
        #expect(cell(.status(301, location: "https://nap.acme.com/")).status == .ok)
        #expect(cell(.status(200, location: nil)).code == "http.no-redirect")
        #expect(cell(.status(302, location: "http://elsewhere/")).status == .warning)
        #expect(cell(.refused).status == .warning)
    }

    @Test func aCutWebSocketSaysHowLongItLastedAndTheControllersFix() throws {
        let plan = try Self.plan()
        let facts = ControllerVerifyFacts.of(plan)
        let cell = WebSocketJudgement.cell(WebSocketObservation(host: "nap.acme.com", address: "a", path: "/", outcome: .cut(lasted: .milliseconds(60_200))),
                                           route: plan.routes.first, facts: facts)
        #expect(cell.code == "websocket.cut-idle")
        #expect(cell.message.contains("closed after 60.2 s idle"))
        #expect(cell.fix?.contains("nginx.ingress.kubernetes.io/proxy-read-timeout") == true)
        let contour = WebSocketJudgement.cell(WebSocketObservation(host: "nap.acme.com", address: "a", path: "/", outcome: .cut(lasted: .seconds(15))),
                                              route: nil, facts: ControllerVerifyFacts.of(try Self.plan("contour")))
        #expect(contour.fix?.contains("timeoutPolicy") == true)
    }

    @Test func theDefaultHoldIsJustPastTheIdleTimeout() throws {
        #expect(ControllerVerifyFacts.of(try Self.plan()).defaultIdleTimeout == .seconds(60))
    }

    @Test func aRefusedHandshakeIsFailedWithTheAddress() async throws {
        let seen = TLSObservation(host: "nap.acme.com", address: "203.0.113.10", port: 443, outcome: .refused)
        let cell = await TLSJudgement.cell(seen, requirement: nil, facts: ControllerVerifyFacts.of(try Self.plan()),
                                           trust: .init(), configured: nil, now: Date())
        #expect(cell.code == "tls.refused")
        #expect(cell.address == "203.0.113.10")
    }

    @Test func aRefusedHandshakeSaysHowTheControllerRefuses() async throws {
        let seen = TLSObservation(host: "nap.acme.com", address: "203.0.113.10", port: 443,
                                  outcome: .handshakeFailed("TLS alert unrecognized_name"))
        let plan = try Self.plan("nginx-inc")
        let cell = await TLSJudgement.cell(seen, requirement: plan.tls.first, facts: ControllerVerifyFacts.of(plan),
                                           trust: .init(), configured: nil, now: Date())
        #expect(cell.code == "tls.handshake-failed")
        #expect(cell.fix?.contains("F5 NGINX Ingress Controller refuses the handshake") == true, "\(cell.fix ?? "")")
        #expect(cell.fix?.contains("nap-tls-cert exists in namespace nap") == true, "\(cell.fix ?? "")")
        let contour = await TLSJudgement.cell(seen, requirement: nil, facts: ControllerVerifyFacts.of(try Self.plan("contour")),
                                              trust: .init(), configured: nil, now: Date())
        #expect(contour.fix?.contains("refuses the handshake") == false)
    }

    @Test func theMatrixHasARowPerNameAndTheWildcardOnlyForDNS() throws {
        let targets = VerifyTargets(plan: try Self.plan(), previewName: "nap-verify-x-3000.sandbox.nap.acme.com")
        #expect(targets.rows.map(\.host) == ["nap.acme.com", "files.nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com",
                                              "*.sandbox.nap.acme.com", "nap-verify-x-3000.sandbox.nap.acme.com", "turn"])
        #expect(targets.rows[1].checks == [.dns, .tls, .http])
        #expect(targets.rows[4].checks == [.dns])
        #expect(targets.rows[5].checks == [.dns, .tls, .http, .websocket])
        var generator = SystemRandomNumberGenerator()
        let a = VerifyTargets.randomPreviewName(sandbox: "sandbox.nap.acme.com", using: &generator)
        let b = VerifyTargets.randomPreviewName(sandbox: "sandbox.nap.acme.com", using: &generator)
        #expect(a != b && a.hasSuffix("-3000.sandbox.nap.acme.com"))
        #expect(HostNameMatch.covers("*.sandbox.nap.acme.com", a))
    }

    @Test func durationsAsOperatorsTypeThem() {
        #expect(DurationText.parse("65s") == .seconds(65))
        #expect(DurationText.parse("500ms") == .milliseconds(500))
        #expect(DurationText.parse("2m") == .seconds(120))
        #expect(DurationText.parse("1.5") == .milliseconds(1500))
        #expect(DurationText.parse("0") == .zero)
        #expect(DurationText.parse("-1s") == nil)
        #expect(DurationText.parse("soon") == nil)
        #expect(DurationText.parse("") == nil)
    }

    @Test func thePendingSlotsSpinAndAFinishedSlotShowsItsWorstCell() throws {
        let targets = VerifyTargets(plan: try Self.plan(), previewName: "p.sandbox.nap.acme.com")
        let main = "nap.acme.com"
        let cells: [VerifySlot: [VerifyCell]] = [
            VerifySlot(host: main, check: .tls): [
                VerifyCell(host: main, check: .tls, status: .ok, code: "tls.ok", message: "", address: "a"),
                VerifyCell(host: main, check: .tls, status: .failed, code: "tls.expired", message: "", address: "b"),
            ],
        ]
        let grid = VerifyMatrix.grid(targets, cells: cells, frame: 1)
        #expect(grid[0].hasPrefix("host"))
        let row = try #require(grid.first { $0.hasPrefix(main + " ") })
        #expect(row.contains("FAILED"))
        #expect(row.contains("/"))
    }

    @Test func theGridNeverWrapsOnAnEightyColumnTerminal() throws {
        let preview = "nap-verify-wxveg181l8-3000.sandbox.nap.acme.com"
        let targets = VerifyTargets(plan: try Self.plan(), previewName: preview)
        let turn = VerifySlot(host: "turn", check: .turn)
        let cells = [turn: [VerifyCell(host: "turn", check: .turn, status: .skipped, code: "turn.no-address", message: "")]]
        let grid = VerifyMatrix.grid(targets, cells: cells, frame: 0, width: 80)
        #expect(grid.allSatisfy { $0.count <= 79 }, "\(grid.joined(separator: "\n"))")
        // The long preview name is shortened; the TURN column is still there.
        #expect(grid.contains { $0.hasPrefix("nap-verify-") && $0.contains("…") })
        #expect(grid.first?.hasSuffix("TURN") == true)
        #expect(grid.last?.hasSuffix("skipped") == true)
        // Without a width (not a terminal) nothing is shortened.
        #expect(VerifyMatrix.grid(targets, cells: cells, frame: 0).contains { $0.hasPrefix(preview + " ") })
    }
}

/// verify cannot read the cluster, so where a second object serving a host is the likely cause
/// of what it saw, the cell says so in the configured controller's words.
struct SecondObjectCauseTests {
    func http(_ status: Int, host: String = "nap.acme.com", controller: String) throws -> VerifyCell {
        let plan = try VerifyJudgementTests.plan(controller)
        let route = plan.routes.first { $0.host == host }
        let seen = HTTPObservation(host: host, address: "203.0.113.10", http: .status(308, location: "https://\(host)/"),
                                   https: .status(status, location: nil), httpPort: 80, httpsPort: 443)
        return HTTPJudgement.cell(seen, route: route, facts: ControllerVerifyFacts.of(plan))
    }

    @Test func a404OnTheMainHostNamesASecondIngressUnderIngressNginx() throws {
        let cell = try http(404, controller: "ingress-nginx")
        #expect(cell.status == .warning)
        #expect(cell.code == "http.not-found")
        #expect(cell.fix?.contains("a second Ingress for this host is a common cause") == true)
        #expect(cell.fix?.contains("`nap-ingress discover` lists the objects that serve each host") == true)
    }

    @Test func a503NamesTheSecondObjectToo() throws {
        let cell = try http(503, host: "browsers.nap.acme.com", controller: "traefik")
        #expect(cell.code == "http.backend-unreachable")
        #expect(cell.fix?.contains("Traefik tries the longer rule first") == true)
    }

    @Test func contourShowsItInTheRefusedHandshakeNotInHTTP() async throws {
        let plan = try VerifyJudgementTests.plan("contour")
        #expect(try http(404, controller: "contour").fix?.contains("second") != true)
        let seen = TLSObservation(host: "nap.acme.com", address: "203.0.113.10", port: 443, outcome: .handshakeFailed("alert 40"))
        let cell = await TLSJudgement.cell(seen, requirement: plan.tls.first, facts: ControllerVerifyFacts.of(plan),
                                           trust: .init(), configured: nil, now: Date())
        #expect(cell.code == "tls.handshake-failed")
        #expect(cell.fix?.contains("a second root HTTPProxy for this fqdn is a common cause") == true)
    }

    @Test func aPreviewHostAnswering404IsNotBlamedOnAnything() throws {
        let cell = try http(404, host: "*.sandbox.nap.acme.com", controller: "ingress-nginx")
        #expect(cell.code != "http.not-found")
    }
}
