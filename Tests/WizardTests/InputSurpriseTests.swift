import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15, "input must never surprise": keys do what the screen says, on every step.
@Suite struct InputSurpriseTests {
    /// A first install on the domain step with `nap.acme.com` typed.
    func onDomain() throws -> Driver {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        return d
    }

    @Test func backspaceInAnEmptyFieldEditsAndNeverLeavesTheStep() throws {
        var d = try onDomain()
        d.press(.enter)
        #expect(d.state.step == .controller)
        d.press(.backspace)
        #expect(d.state.step == .controller, "Backspace on a choice does not go back")
        d.press(.escape, .control("u"), .backspace, .backspace)
        #expect(d.state.step == .domain)
        #expect(d.state.message?.text == "The field is empty; Esc goes back a step.")
        #expect(d.screen(80, 24).contains("The field is empty; Esc goes back a step."))
        d.press(.escape)
        #expect(d.state.step == .start)
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"))
        #expect(d.state.step == .review)
        d.press(.backspace)
        #expect(d.state.step == .review, "Backspace on the review does not go back")
        d.press(.escape)
        d.press(.backspace)
        #expect(d.state.step == .domain)
        #expect(d.state.config[.tosHost] == "nap.acme.co", "Backspace deleted one character of the field on screen")
    }

    @Test func keysWhileTheWindowIsTooSmallTypeNothing() throws {
        var d = try Driver()
        d.send(.resized(Size(width: 100, height: 30)))
        d.press(.enter)
        d.send(.resized(Size(width: 50, height: 12)))
        #expect(d.screen(50, 12).contains("Make the window"))
        d.type("zz")
        d.press(.backspace, .escape, .enter, .control("s"))
        d.send(.resized(Size(width: 100, height: 30)))
        #expect(d.state.step == .domain)
        #expect(d.state.text(of: .key(.tosHost)).text == "")
        #expect(!d.screen(100, 30).contains("zz"))
        d.send(.resized(Size(width: 60, height: 20)))
        d.press(.control("c"))
        #expect(d.quitStatus == 130, "Ctrl-C, which the small screen offers, still quits")
    }

    @Test func ctrlSOnTheStartReviewsTheModeOnScreen() throws {
        var d = try Driver()
        #expect(d.state.startAction == .external)
        for (w, h) in [(80, 24), (100, 30)] {
            #expect(d.screen(w, h).contains("Mode          external"), "the start preview agrees with the choice")
        }
        d.press(.control("s"))
        #expect(d.state.step == .review)
        #expect(d.state.config.mode == .external)
        // External needs a main domain: the review says so (a nodeport review would have nothing to say).
        #expect(d.state.review?.allDiagnostics.contains { $0.severity == .error && $0.subject.isAbout(.tosHost) } == true)

        var n = try Driver()
        n.press(.down)
        #expect(n.screen(80, 24).contains("Mode          nodeport"))
        n.press(.control("s"))
        #expect(n.state.config.mode == .nodeport)
        #expect(n.state.review?.allDiagnostics.contains { $0.subject.isAbout(.tosHost) } == false)
    }

    @Test func returningToAStepPutsTheCursorAtTheEndOfTheField() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("büher.de")
        d.press(.left, .left, .left, .left, .left, .left)
        d.type("c")
        #expect(d.state.text(of: .key(.tosHost)).text == "bücher.de")
        d.press(.enter, .escape)
        #expect(d.state.step == .domain)
        d.press(.control("u"))
        d.type("nap.acme.com")
        #expect(d.state.text(of: .key(.tosHost)).text == "nap.acme.com", "Ctrl-U after returning clears the whole field")
    }

    @Test func ctrlCQuitsAtOnceAndQAsksFirst() throws {
        var d = try onDomain()
        d.press(.control("c"))
        #expect(d.quitStatus == 130, "Ctrl-C quits at once, answers or not")

        // `q` types into a text field; on the review it asks, since answers changed.
        var q = try onDomain()
        q.press(.control("s"))
        #expect(q.state.step == .review)
        q.press(.character("q"))
        #expect(q.quitStatus == nil)
        #expect(q.state.confirmQuit != nil)
        #expect(q.screen(80, 24).contains("Discard your answers and quit? y = quit, n = stay"))
        q.press(.control("c"))
        #expect(q.quitStatus == 130, "Ctrl-C at the prompt is Ctrl-C: 130, as everywhere")

        var y = try onDomain()
        y.press(.control("s"), .character("q"), .character("y"))
        #expect(y.quitStatus == 0)
    }

    @Test func aHomeRelativePEMPathIsTheOperatorsHome() {
        #expect(HomePath.expand("~/cert.pem", home: "/home/op") == "/home/op/cert.pem")
        #expect(HomePath.expand("~/tls/cert.pem", home: "/home/op/") == "/home/op/tls/cert.pem")
        #expect(HomePath.expand("~other/cert.pem", home: "/home/op") == "~other/cert.pem")
        #expect(HomePath.expand("/etc/cert.pem", home: "/home/op") == "/etc/cert.pem")
        #expect(HomePath.expand("a/~/cert.pem", home: "/home/op") == "a/~/cert.pem")
        #expect(HomePath.expand("~/cert.pem", home: nil) == "~/cert.pem")
        #expect(HomePath.expand("~/cert.pem", home: "relative") == "~/cert.pem")
    }

    @Test func switchingControllersSetsAsideAClassMeantForTheOldOne() throws {
        var d = try onDomain()
        d.press(.enter)
        d.press(.character("6"))
        #expect(d.state.config.controller == .gatewayAPI)
        d.press(.enter)
        d.press(.tab)
        #expect(d.state.items[d.state.focus].label == "GatewayClass")
        d.type("eg")
        d.press(.escape)
        d.press(.character("1"))
        #expect(d.state.config.controller == .contour)
        #expect(d.state.config[.ingressClass] == "", "GatewayClass eg is not Contour's ingress class")
        let said = "GatewayClass “eg” was for Gateway API (Gateway + HTTPRoute): cleared, Contour (HTTPProxy) uses its default ingress class unless you give one."
        #expect(d.state.message?.text == said)
        #expect(d.screen(100, 30).replacingOccurrences(of: "\n ", with: " ").contains("GatewayClass “eg” was for Gateway API (Gateway + HTTPRoute): cleared"))
        d.press(.enter)
        #expect(d.state.text(of: .key(.ingressClass)).text == "", "the options step shows no stale class")
        d.press(.escape, .character("6"))
        #expect(d.state.config[.ingressClass] == "eg", "back to Gateway API, its class comes back")
        #expect(d.state.message?.text == "GatewayClass “eg” for Gateway API (Gateway + HTTPRoute) is back.")
    }
}
