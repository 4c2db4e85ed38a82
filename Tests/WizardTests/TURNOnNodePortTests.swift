import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15: TURN is needed in both modes, so the NodePort path asks for it too.
@Suite struct TURNOnNodePortTests {
    @Test func theNodePortPathAsksForTURNAndWritesIt() throws {
        let dir = try Scratch.folder("turn-nodeport-mode")
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.down, .enter)
        try #require(d.state.step == .nodePorts)
        #expect(d.screen(100, 30).contains("NodePort values (2/5)"))
        d.press(.enter)
        #expect(d.state.step == .turn)
        let labels = try #require(d.state.items.first).kind
        guard case .choice(let choices) = labels else { Issue.record("the exposure is a choice"); return }
        #expect(choices.map(\.value) == ["hostport", "nodeport", "loadbalancer"], "no Gateway carries a UDPRoute in NodePort mode")
        d.press(.down)
        #expect(d.state.config.turnExposure == .nodeport)
        // The default ports lie outside the NodePort range: the hint gives the values to type, as a sentence.
        let outside = try #require(d.state.findings(for: .turn).first { $0.code == "turn.nodeport-range" })
        let hint = FindingWords(d.state).hint(try #require(outside.hint), under: .turnExposure)
        #expect(hint.contains("32666 in “TURN port (tcp+udp)” and 32667-32767 in “Relay ports MIN-MAX (udp)”"), "\(hint)")
        // The NodePort exposure needs the ports inside the NodePort range: remapped, as its hint says.
        d.press(.tab, .control("u"))
        d.type("32666")
        d.press(.tab, .control("u"))
        d.type("32667-32767")
        d.press(.tab)
        d.type("203.0.113.20")
        #expect(d.state.findings(for: .turn).errors.isEmpty, "\(d.state.findings(for: .turn).map(\.message))")
        let screen = d.screen(100, 30)
        #expect(screen.contains("32666/tcp"), "the firewall preview follows the answers")
        #expect(screen.contains("32667-32767/udp"))
        d.snapshot("turn-nodeport-mode")
        d.press(.enter)
        try #require(d.state.step == .review)
        #expect(ReviewView.lines(d.state, width: 96).map(\.plain).joined().contains("TURN nodeport"), "the review's answers name TURN")
        #expect(d.screen(100, 30).contains("2 NodePort values · 3 TURN exposure"), "the step list can jump to TURN")
        d.press(.enter)
        try #require(d.state.step == .done)
        let values = try String(contentsOfFile: dir + "/values.env", encoding: .utf8)
        for line in ["INGRESS_MODE=nodeport", "TURN_EXPOSURE=nodeport", "TURN_PORT=32666", "TURN_RELAY_PORTS=32667-32767", "TURN_EXTERNAL_IP=203.0.113.20"] {
            #expect(values.contains("\n\(line)\n") || values.hasPrefix(line + "\n"), "\(line) in \(values)")
        }
        #expect(FileManager.default.fileExists(atPath: dir + "/ingress/\(TURNRenderer.serviceFile)"), "the TURN Service is rendered in NodePort mode")
        // The round trip: a re-run shows the same answers on the same path.
        var again = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        again.press(.enter, .enter)
        #expect(again.state.step == .turn)
        #expect(again.state.config.turnExposure == .nodeport)
        #expect(again.state.text(of: .key(.turnPort)).text == "32666")
        #expect(again.state.text(of: .key(.turnExternalIP)).text == "203.0.113.20")
        again.press(.control("s"))
        #expect(again.state.review?.diff == "", "nothing changed")
    }

    @Test func aNodePortInstallWithoutADomainOffersNoSheetOnDone() throws {
        let dir = try Scratch.folder("nodeport-no-domain-done")
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.down, .enter, .enter, .enter)
        try #require(d.state.step == .review)
        d.press(.enter)
        try #require(d.state.step == .done)
        let screen = d.screen(80, 24)
        #expect(screen.contains("no DNS sheet to export"), "\(screen)")
        #expect(!screen.contains("Export the DNS sheet"), "no title and no status line pointing at a sheet that cannot exist: \(screen)")
        #expect(screen.contains("Written. q quits."), "\(screen)")
    }

    @Test func theExternalPathIsUnchanged() {
        #expect(Step.flow(for: .external) == [.start, .domain, .controller, .controllerOptions, .entry, .certificates, .turn, .review, .done])
        #expect(Step.flow(for: .nodeport) == [.start, .nodePorts, .turn, .review, .done])
    }

    @Test func udpRouteIsKeptWhenValuesEnvHasIt() throws {
        let dir = try Scratch.folder("turn-nodeport-udproute")
        try "INGRESS_MODE=nodeport\nTURN_EXPOSURE=udproute\n".write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.enter, .enter)
        try #require(d.state.step == .turn)
        guard case .choice(let choices) = try #require(d.state.items.first).kind else { return }
        #expect(choices.map(\.value).contains("udproute"), "an answer on file is never hidden")
    }
}
