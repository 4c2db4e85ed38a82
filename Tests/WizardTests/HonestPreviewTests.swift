import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15, "the preview must never lie": no silent defaults, no silently cut values or labels.
@Suite struct HonestPreviewTests {
    /// A driver on `step` after the domain was typed (see Driver.at).
    func at(_ step: Step, domain: String = "nap.acme.com") throws -> Driver { try Driver.at(step, domain: domain) }

    /// The screen with wrapped lines joined, so a sentence can be found whatever the width.
    func joined(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func aTURNPortWithAnErrorIsNotPreviewedAsTheDefaultSilently() throws {
        var d = try at(.turn)
        d.press(.down)
        #expect(d.state.config.turnExposure == .nodeport)
        d.press(.tab, .control("u"))
        d.type("99999")
        #expect(d.state.analysis.partial)
        #expect(d.screen(100, 30).contains("! Not your answers yet"))
        // At 80x24 the preview has no room under this form: it says so, or shows the notice first.
        let small = joined(d.screen(80, 24))
        #expect(small.contains("The preview does not fit") || small.contains("! Not your answers yet"))
        d.press(.control("p"))
        let full = joined(d.screen(80, 24))
        #expect(full.contains("Preview ! Not your answers yet: fix the error(s) on this step. Shown with defaults for"), "the full-screen preview leads with it")
        #expect(full.contains("TURN port (tcp+udp) 3478"), "naming the default it shows")
    }

    @Test func aNodePortWithAnErrorIsMarked() throws {
        var d = try Driver()
        d.press(.down, .enter)
        #expect(d.state.step == .nodePorts)
        d.press(.control("u"))
        d.type("8080")
        let text = joined(d.screen(100, 30))
        #expect(text.contains("✗"), "the field has its error")
        #expect(text.contains("! Not your answers yet"), "the :30300 beside it is marked as the default")
    }

    @Test func dnsValuesAreNeverCutSilently() throws {
        var d = try at(.entry)
        let address = "2001:db8:1234:5678:9abc:def0:1234:5678"
        d.type(address)
        for (w, h) in [(100, 30), (80, 24)] {
            let screen = d.screen(w, h)
            #expect(screen.contains(address), "\(w)x\(h): the AAAA value whole")
            #expect(!screen.contains("AAAA  2001:db8:1234:\n"))
        }
    }

    @Test func choiceLabelsAndNotesAreNotCutMidWord() throws {
        let dir = try Scratch.folder("honest-choice")
        try SampleValues.external.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        let d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        let screen = d.screen(100, 30)
        #expect(screen.contains("Use my ingress controller (external)"))
        #expect(screen.range(of: #"\bcurrent\b"#, options: .regularExpression) != nil, "the note whole, not `cu`")
        #expect(!screen.contains("  cu\n") && !screen.contains("  cu "))
    }

    @Test func choiceNotesStartInOneColumn() throws {
        var d = try at(.turn)
        d.press(.home)
        let rows = d.screen(100, 30).split(separator: "\n").map(String.init)
        let columns = ["ports on the coturn node", "NodePort Service", "L4 load balancer", "Gateway API UDPRoute"].map { note in
            rows.first { $0.contains(note) }.map { DisplayWidth.of($0[..<$0.range(of: note)!.lowerBound]) }
        }
        #expect(columns.allSatisfy { $0 != nil && $0 == columns[0] }, "\(columns)")
    }

    @Test func aPreviewThatDoesNotFitSaysSoAndTheLegendNamesCtrlP() throws {
        var d = try at(.turn)
        d.press(.down, .down)
        #expect(d.state.config.turnExposure == .loadbalancer)
        let screen = d.screen(80, 24)
        #expect(screen.contains("The preview does not fit: ^P shows it full screen"))
        #expect(screen.split(separator: "\n").last?.contains("^P preview") == true)
        d.snapshot("turn-loadbalancer-no-room")
        d.press(.control("p"))
        #expect(d.screen(80, 24).contains("Ports to open"))
    }

    @Test func aLineTooWideForItsPaneEndsInAnEllipsis() {
        var screen = Screen(size: Size(width: 20, height: 2))
        screen.put([StyledLine(spans: [("abc ", .normal), ("a-very-long-value-here", .normal)])], top: 0, left: 0, width: 20, height: 2)
        #expect(screen.text.hasPrefix("abc a-very-long-val…"))
    }
}
