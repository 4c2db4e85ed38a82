import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Re-running on an existing values.env: what the start screen says, mode switches, export only.
@Suite struct ReRunTests {
    func existing(_ name: String) throws -> (Driver, String) {
        let dir = try Scratch.folder(name)
        try SampleValues.external.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        return (try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress"), dir)
    }

    @Test func startSaysWhatIsThereNow() throws {
        let (d, dir) = try existing("rerun-start")
        let screen = d.screen(80, 24)
        #expect(screen.contains("Found \(dir)/values.env: the platform is in"))
        #expect(screen.contains("external mode on nap.acme.com with contour."))
        #expect(screen.contains("Only export the DNS sheet"))
        #expect(screen.contains("(external)  current"))
        #expect(d.state.text(of: .key(.tosHost)).text == "nap.acme.com")
    }

    @Test func startNamesAnIDNInUnicodeAndTheLineOfAFinding() throws {
        let dir = try Scratch.folder("rerun-idn")
        let values = "INGRESS_MODE=external\nTOS_HOST=xn--bcher-kva.de\nSANDBOX_DOMAIN=sandbox.xn--bcher-kva.de\nX=$(date)\n"
        try values.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        let d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        let screen = d.screen(120, 40)
        #expect(screen.contains("Main domain   bücher.de (xn--bcher-kva.de)"))
        #expect(screen.contains("on bücher.de") && screen.contains("(xn--bcher-kva.de) with contour."))
        #expect(screen.contains("values.env line 4"), "the finding names its line")
    }

    @Test func startOffersOnlyWhatItCanDo() throws {
        let dir = try Scratch.folder("rerun-nodeport-start")
        try "INGRESS_MODE=nodeport\n".write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        let d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        let screen = d.screen(120, 40)
        #expect(screen.contains("in nodeport mode"))
        #expect(!screen.contains("export the DNS sheet"), "no export is offered without a domain")
    }

    @Test func reviewShowsTabsAsSpacesAndHomeEndScroll() throws {
        let dir = try Scratch.folder("rerun-tabs")
        try ("\t# tab-indented comment\n" + SampleValues.external).write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.enter, .control("u"))
        d.type("other.example.org")
        d.press(.control("s"))
        let review = d.screen(120, 40)
        #expect(review.contains("           # tab-indented comment"), "the tab as spaces, as an editor shows it")
        #expect(!review.contains("?# tab"))
        d.press(.end)
        #expect(d.state.review?.scroll == .end(0))
        #expect(d.screen(80, 24).contains("+TOS_HOST=other.example.org"))
        d.press(.home)
        #expect(d.state.review?.scroll == .top(0))
    }

    @Test func switchToNodePortAndBack() throws {
        var (d, dir) = try existing("rerun-nodeport")
        d.press(.down, .enter)
        #expect(d.state.step == .nodePorts)
        #expect(d.state.config.mode == .nodeport)
        d.snapshot("nodeports")
        d.press(.enter)
        // TURN is asked on the NodePort path too; its answers are kept as they were.
        #expect(d.state.step == .turn)
        d.press(.enter)
        #expect(d.state.step == .review)
        let review = d.screen(120, 40)
        #expect(review.contains("-INGRESS_MODE=external"))
        #expect(review.contains("+INGRESS_MODE=nodeport"))
        d.press(.enter)
        #expect(d.state.step == .done)
        let text = try String(contentsOfFile: dir + "/values.env", encoding: .utf8)
        #expect(text.contains("INGRESS_MODE=nodeport"))
        #expect(text.contains("MY_OWN_KEY=kept"))
        #expect(text.contains("TOS_HOST=nap.acme.com"), "the domain stays for switching back")
        #expect(FileManager.default.fileExists(atPath: dir + "/values.env.bak"))

        var back = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        #expect(back.state.startAction == .nodeport)
        back.press(.up, .enter, .control("s"))
        #expect(back.state.step == .review)
        back.press(.enter)
        let again = try String(contentsOfFile: dir + "/values.env", encoding: .utf8)
        #expect(again.contains("INGRESS_MODE=external"))
        #expect(FileManager.default.fileExists(atPath: dir + "/ingress/kustomization.yaml"))
    }

    @Test func exportOnlyWritesNothingButTheSheet() throws {
        var (d, dir) = try existing("rerun-export")
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/values.env"))
        d.press(.down, .down, .enter)
        #expect(d.state.step == .done)
        #expect(d.screen(80, 24).contains("Nothing was written"))
        // The records the sheet will hold, before anything is written, at both sizes.
        for (w, h) in [(80, 24), (100, 30)] {
            let screen = d.screen(w, h)
            #expect(screen.contains("DNS records") && screen.contains("*.sandbox.nap.acme.com") && screen.contains("203.0.113.10"), "\(w)x\(h)")
            #expect(screen.contains("Export to file"), "\(w)x\(h): the export stays on screen")
        }
        d.snapshot("export-only")
        d.press(.down, .down, .down)
        #expect(d.state.exportFormat == .json)
        d.press(.tab, .control("u"))
        d.type(dir + "/records.json")
        d.press(.enter)
        let plan = try #require(Plan.make(d.state.config).0)
        #expect(try String(contentsOfFile: dir + "/records.json", encoding: .utf8) == DNSSheetFormat.json.format(plan))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/values.env")) == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/ingress"))
    }

    /// After a controller switch the old HTTPProxies stay in the cluster (kubectl apply -k never
    /// deletes): the review and Done name them with the command that deletes them.
    @Test func afterAControllerSwitchReviewAndDoneNameTheOldObjectsAndTheirDeleteCommand() throws {
        var (d, dir) = try existing("rerun-switch-controller")
        d.press(.control("s"), .enter)
        try #require(d.state.step == .done)
        #expect(FileManager.default.fileExists(atPath: dir + "/ingress/contour-httpproxy.yaml"))
        #expect(!d.screen(100, 30).contains("Still in the cluster"), "a first render retires nothing")
        var again = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        again.press(.enter, .enter, .character("6"), .enter, .tab)
        again.type("eg")
        again.press(.control("s"))
        try #require(again.state.review?.writable != nil, "\(again.state.review?.allDiagnostics.map(\.message) ?? [])")
        let command = "kubectl delete httpproxy.projectcontour.io nap-browser nap-files nap-main nap-sandbox nap-sandbox-preview -n nap --ignore-not-found"
        let review = ReviewView.lines(again.state, width: 100).map { $0.plain.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(review.contains("remove  contour-httpproxy.yaml"), "the file")
        #expect(review.contains("Objects to remove from the cluster") && review.contains("remove  HTTPProxy nap/nap-browser"), "the objects: \(review)")
        #expect(review.contains(command), "the command: \(review)")
        again.press(.enter)
        try #require(again.state.step == .done)
        for (w, h) in [(80, 24), (100, 30)] {
            let text = again.screen(w, h).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(text.contains("Still in the cluster from the previous render; delete after applying"), "\(w)x\(h): \(text)")
            #expect(text.contains(command), "\(w)x\(h): \(text)")
            // (At 80x24 these long scratch paths push the file name below the format list; Tab reaches it.)
            if h >= 30 { #expect(text.contains("Export to file"), "\(w)x\(h): the export keeps its room") }
        }
        let steps = try String(contentsOfFile: dir + "/ingress/NEXT-STEPS.md", encoding: .utf8)
        #expect(steps.contains("## 5. Remove what the previous render created") && steps.contains(command), "NEXT-STEPS.md says the same")
    }

    @Test func unchangedAnswersSayUnchanged() throws {
        var (d, _) = try existing("rerun-unchanged")
        d.press(.control("s"))
        #expect(d.state.step == .review)
        #expect(d.screen(120, 40).contains("already holds these answers; unchanged"))
    }
}
