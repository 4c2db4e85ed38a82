import Foundation
import IngressCore
import Testing
@testable import Wizard

/// Back, help, quit and the keys every step shares.
@Suite struct NavigationTests {
    @Test func backFromTheReviewReturnsToTheFieldLeft() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        while d.state.step != .turn { d.press(.enter) }
        d.press(.tab, .tab)
        #expect(d.state.items[d.state.focus].label == "Relay ports MIN-MAX (udp)")
        d.press(.enter)
        #expect(d.state.step == .review)
        d.press(.escape)
        #expect(d.state.step == .turn)
        #expect(d.state.items[d.state.focus].label == "Relay ports MIN-MAX (udp)")
    }

    @Test func tabIntoAFieldPutsTheCursorAtItsEndSoCtrlUClearsIt() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.home)
        #expect(d.state.text(of: .key(.tosHost)).cursor == 0)
        while d.state.step != .turn { d.press(.enter) }
        d.press(.tab)
        d.press(.left, .left, .backTab, .tab)
        d.press(.control("u"))
        #expect(d.state.text(of: .key(.turnPort)).text == "", "nothing left behind the cursor")
    }

    @Test func escGoesBackAndBackspaceNever() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.enter)
        #expect(d.state.step == .controller)
        d.press(.escape)
        #expect(d.state.step == .domain)
        #expect(d.state.text(of: .key(.tosHost)).text == "nap.acme.com", "answers survive going back")
        d.press(.control("u"))
        d.press(.backspace)
        #expect(d.state.step == .domain, "Backspace edits; only Esc goes back")
        d.press(.escape)
        #expect(d.state.step == .start)
        d.press(.escape)
        #expect(d.state.step == .start)
        #expect(d.state.message?.text.contains("first step") == true)
        d.snapshot("start-back-at-first-step")
    }

    @Test func helpOpensOnQuestionMarkAndF1AndAnyKeyCloses() throws {
        var d = try Driver()
        d.press(.character("?"))
        #expect(d.state.showHelp)
        #expect(d.screen(80, 24).contains("Help: Start"))
        d.press(.character("x"))
        #expect(!d.state.showHelp)
        d.press(.enter, .help)
        #expect(d.state.showHelp)
        d.snapshot("domain-help")
        d.press(.escape)
        #expect(!d.state.showHelp && d.state.step == .domain, "closing help does not also go back")
        // `?` is never part of a domain: in the domain field it opens help too.
        d.press(.character("?"))
        #expect(d.state.showHelp)
    }

    @Test func quitWithoutChangesLeavesAtOnce() throws {
        var d = try Driver()
        d.press(.character("q"))
        #expect(d.quitStatus == 0)
    }

    @Test func quitWithChangesAsksFirst() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"), .character("q"))
        #expect(d.quitStatus == nil)
        #expect(d.state.confirmQuit == 0)
        #expect(d.screen(80, 24).contains("Discard your answers and quit? y = quit, n = stay"))
        d.snapshot("review-confirm-quit")
        d.press(.character("n"))
        #expect(d.state.confirmQuit == nil)
        #expect(d.state.step == .review)
        d.press(.escape)
        #expect(d.state.text(of: .key(.tosHost)).text == "nap.acme.com", "n keeps the answers; it types nothing")
        d.press(.control("s"), .character("q"), .character("y"))
        #expect(d.quitStatus == 0)
    }

    @Test func qTypesIntoTextFields() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("q")
        #expect(d.quitStatus == nil)
        #expect(d.state.text(of: .key(.tosHost)).text == "q")
    }

    @Test func ctrlSJumpsToReviewAndEscReturns() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"))
        #expect(d.state.step == .review)
        #expect(d.state.review?.updated != nil)
        d.press(.escape)
        #expect(d.state.step == .domain)
        #expect(d.state.review == nil)
    }

    @Test func reviewWithErrorsRefusesToWrite() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("bad_domain")
        d.press(.control("s"))
        #expect(d.state.step == .review)
        #expect(d.state.review?.updated == nil)
        #expect(d.screen(80, 24).contains("Nothing can be written"))
        d.snapshot("review-blocked")
        d.press(.enter)
        #expect(d.state.message?.role == .error)
        #expect(!d.effects.contains { if case .write = $0 { true } else { false } })
    }

    @Test func theReviewJumpsToAStepAndComesBack() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"))
        #expect(d.state.step == .review)
        let screen = d.screen(80, 24)
        #expect(screen.contains("Change an answer: press its step's number"))
        #expect(screen.contains("6 Certificates"))
        #expect(screen.split(separator: "\n").last?.contains("2-7 step") == true)
        d.press(.character("6"))
        #expect(d.state.step == .certificates)
        #expect(d.screen(100, 30).contains("Certificates (6/9)"))
        d.press(.end)
        #expect(d.state.config.tlsSource == .selfSigned)
        d.press(.escape)
        #expect(d.state.step == .review, "Esc returns to the review")
        #expect(ReviewView.lines(d.state, width: 76).map(\.plain).joined(separator: " ").contains("TLS self-signed"), "reviewed as changed")
        d.press(.character("1"), .character("9"))
        #expect(d.state.step == .review, "only question steps are targets")
        d.press(.character("2"), .control("s"))
        #expect(d.state.step == .review, "Ctrl-S returns too")
        #expect(d.state.review?.writable != nil || d.state.review?.updated != nil)
    }

    @Test func tabAndArrowsMoveBetweenInputs() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.enter, .enter, .enter, .enter, .enter)
        #expect(d.state.step == .turn)
        #expect(d.state.focus == 0)
        d.press(.tab)
        #expect(d.state.focus == 1)
        d.press(.down)
        #expect(d.state.focus == 2, "down moves on from a text field")
        d.press(.backTab, .backTab)
        #expect(d.state.focus == 0)
        d.press(.down)
        #expect(d.state.config.turnExposure == .nodeport, "down chooses in a list")
    }
}
