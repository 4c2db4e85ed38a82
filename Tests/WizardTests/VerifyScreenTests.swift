import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// The Verify screen: offered on a valid install, filled in live by the shell's events, Esc cancels.
@Suite struct VerifyScreenTests {
    static let preview = "nap-verify-abcdefghij-3000.sandbox.nap.acme.com"

    /// A re-run on the sample external install (nap.acme.com, Contour).
    func existing(_ name: String) throws -> Driver {
        let dir = try Scratch.folder(name)
        try SampleValues.external.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        return try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
    }

    /// The plan the wizard asked the shell to verify, and its rows (as the shell makes them).
    func started(_ d: Driver) throws -> (Plan, VerifyTargets) {
        let plans = d.effects.compactMap { effect -> Plan? in
            if case .startVerify(let plan, _) = effect { return plan }
            return nil
        }
        #expect(plans.count == 1, "one run per request")
        let plan = try #require(plans.last)
        return (plan, VerifyTargets(plan: plan, previewName: Self.preview))
    }

    /// Opens the Verify screen from the start screen and feeds the shell's first answer.
    func opened(_ name: String) throws -> (Driver, VerifyTargets) {
        var d = try existing(name)
        d.press(.down, .down, .down)
        #expect(d.state.startAction == .verify)
        d.press(.enter)
        let (_, targets) = try started(d)
        d.send(.verifyStarted(targets, note: nil))
        return (d, targets)
    }

    @Test func startOffersVerifyAndNothingRunsBeforeItIsAsked() throws {
        var d = try existing("verify-offer")
        #expect(d.screen(80, 24).contains("Verify the live install"))
        d.press(.down, .down, .down)
        #expect(!d.effects.contains { if case .startVerify = $0 { true } else { false } }, "choosing is not asking")
        d.press(.enter)
        let (plan, targets) = try started(d)
        #expect(plan.hosts?.main == "nap.acme.com")
        #expect(targets.rows.map(\.host).contains("files.nap.acme.com"))
        #expect(d.state.overlay == .verifying)
    }

    @Test func pendingCellsSpinAndFillInLive() throws {
        var (d, targets) = try opened("verify-live")
        for (w, h) in [(80, 24), (100, 30)] {
            let screen = d.screen(w, h)
            #expect(screen.contains("host") && screen.contains("WebSocket") && screen.contains("TURN"), "\(w)x\(h)")
            #expect(screen.contains("nap.acme.com") && screen.contains("turn"), "\(w)x\(h)")
            #expect(screen.contains("⠋"), "\(w)x\(h): pending slots spin")
            #expect(screen.contains("0 of \(targets.slots.count) checks answered"), "\(w)x\(h)")
            #expect(screen.contains("long-lived hold: run `nap-ingress verify` for it"), "\(w)x\(h)")
        }
        d.send(.tick)
        #expect(d.screen(80, 24).contains("⠙") && !d.screen(80, 24).contains("⠋"), "the spinner turns on a tick")
        let main = VerifySlot(host: "nap.acme.com", check: .dns)
        d.send(.verified(main, [VerifyCell(host: "nap.acme.com", check: .dns, status: .ok, code: "dns.ok", message: "resolves to 203.0.113.10")]))
        let row = try #require(d.screen(80, 24).split(separator: "\n").first { $0.hasPrefix("  nap.acme.com ") })
        #expect(row.contains("ok") && row.contains("⠙"), "its DNS is ok, TLS still pending: \(row)")
        #expect(d.screen(80, 24).contains("1 of \(targets.slots.count) checks answered"))
    }

    @Test func aFailedCellShowsItsFixAndArrowsChooseTheProblem() throws {
        var (d, targets) = try opened("verify-failed")
        let tls = VerifyCell(host: "files.nap.acme.com", check: .tls, status: .failed, code: "tls.name-not-covered",
                             message: "the certificate served covers nap.acme.com only", fix: "add files.nap.acme.com to the certificate in Secret nap-files-tls",
                             address: "203.0.113.10")
        let http = VerifyCell(host: "nap.acme.com", check: .http, status: .warning, code: "http.no-redirect",
                              message: "http:// answers 200 instead of redirecting", fix: "turn on Contour's HTTPS redirect")
        d.send(.verified(VerifySlot(host: tls.host, check: .tls), [tls]))
        d.send(.verified(VerifySlot(host: http.host, check: .http), [http]))
        for (w, h) in [(80, 24), (100, 30)] {
            let screen = d.screen(w, h)
            #expect(screen.contains("FAILED") && screen.contains("warning"), "\(w)x\(h)")
            #expect(screen.contains("Problem 1 of 2"), "\(w)x\(h): the failure first")
            #expect(screen.contains("tls.name-not-covered") && screen.contains("fix: add files.nap.acme.com"), "\(w)x\(h)")
        }
        d.press(.down)
        #expect(d.screen(80, 24).contains("Problem 2 of 2") && d.screen(80, 24).contains("fix: turn on Contour's HTTPS redirect"))
        for slot in targets.slots where d.state.verify?.cells[slot] == nil {
            d.send(.verified(slot, [VerifyCell(host: slot.host, check: slot.check, status: .ok, code: "\(slot.check.rawValue).ok", message: "fine")]))
        }
        d.send(.verifyFinished)
        let screen = d.screen(80, 24)
        #expect(screen.contains("1 warning, 1 failed, 0 skipped."))
        #expect(screen.contains("Esc back") && !screen.contains("Esc cancel"))
        d.snapshot("verify-finished")
    }

    @Test func escCancelsTheRunAndLateAnswersAreDropped() throws {
        var (d, _) = try opened("verify-cancel")
        #expect(d.screen(80, 24).contains("Esc cancel"))
        d.press(.escape)
        #expect(d.effects.last.map { if case .cancelVerify = $0 { true } else { false } } == true, "the run is cancelled")
        #expect(d.state.overlay == .none && d.state.verify == nil && d.state.step == .start)
        d.send(.verified(VerifySlot(host: "nap.acme.com", check: .dns), [VerifyCell(host: "nap.acme.com", check: .dns, status: .failed, code: "dns.nxdomain", message: "late")]))
        #expect(d.state.verify == nil)
        #expect(!d.screen(80, 24).contains("late"))
        // A finished run is left without cancelling anything.
        d.press(.character("v"))
        d.send(.verifyFinished)
        let before = d.effects.count
        d.press(.escape)
        #expect(d.effects.count == before && d.state.overlay == .none)
    }

    @Test func theDoneScreenOffersVerify() throws {
        var d = try existing("verify-done")
        d.press(.down, .down, .enter)
        #expect(d.state.step == .done)
        #expect(d.screen(80, 24).contains("v verify"))
        d.press(.tab)
        #expect(d.screen(80, 24).contains("^V verify"), "a text field takes v")
        d.press(.control("v"))
        let (_, targets) = try started(d)
        d.send(.verifyStarted(targets, note: nil))
        d.snapshot("verify-running")
        Snapshot.assert(d.screen(100, 30), named: "verify-running-100x30.txt")
        d.press(.escape)
        #expect(d.state.step == .done)
    }

    @Test func aNodePortInstallIsNotOffered() throws {
        let dir = try Scratch.folder("verify-nodeport")
        try "INGRESS_MODE=nodeport\n".write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        #expect(!d.screen(120, 40).contains("Verify the live install"))
        d.press(.character("v"))
        #expect(d.state.overlay == .none && d.effects.isEmpty)
    }
}
