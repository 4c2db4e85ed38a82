import Foundation
import IngressCore
import Testing
@testable import Wizard

/// The text captures in `Resources/screens` (100x30) that the README shows.
@Suite struct ScreenCaptureTests {
    static let folder = Snapshot.packageRoot.appendingPathComponent("Resources/screens")

    func capture(_ d: Driver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Snapshot.assert(d.screen(100, 30), named: name + ".txt", in: Self.folder, sourceLocation: sourceLocation)
    }

    @Test func everyStepOfAFirstInstall() throws {
        var d = try Driver()
        capture(d, "1-start")
        d.press(.enter)
        d.type("nap.acme.com")
        capture(d, "2-domain")
        d.press(.enter)
        capture(d, "3-controller")
        d.press(.enter)
        capture(d, "4-controller-options")
        d.press(.enter)
        d.type("203.0.113.10")
        capture(d, "5-entry")
        d.press(.enter)
        capture(d, "6-certificates")
        d.press(.enter)
        capture(d, "7-turn")
        // The review and done screens without touching the disk: outcomes are plain data.
        let plan = try #require(Plan.make(d.state.config).0)
        var review = Driver(state: Wizard.update(d.state, .key(.enter)).0)
        let output = PreparedOutput.prepare(plan, folder: "/nonexistent-nap-ingress")
        review.send(.finished(.outputPrepared(output)))
        capture(review, "8-review")
        // NEXT-STEPS.md as Enter will write it, read from the review.
        review.press(.character("n"))
        capture(review, "8-review-next-steps")
        review.press(.escape)
        let summary = try #require(output.summary)
        review.send(.finished(.written(WriteReport(valuesPath: "./values.env", valuesChanged: true, created: true, backupPath: nil,
                                                  output: summary, folder: "./ingress"))))
        capture(review, "9-done")
    }

    @Test func turnOnTheNodePortPath() throws {
        var d = try Driver()
        d.press(.down, .enter, .enter)
        capture(d, "nodeport-turn")
    }

    @Test func idnDomainAndError() throws {
        var d = try Driver()
        d.press(.enter, .text("bücher.de"))
        capture(d, "domain-unicode")
        d.press(.control("u"))
        d.type("nap..acme.com")
        capture(d, "domain-invalid")
    }
}
