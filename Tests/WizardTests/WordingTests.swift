import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15's two wordings, as they reach the screen.
@Suite struct WordingTests {
    @Test func aReservedNameSaysWhatIsWrong() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("localhost")
        let finding = try #require(d.state.analysis.diagnostics.first { $0.code == "domain.reserved" })
        #expect(finding.message == "\"localhost\" is a reserved special-use name: not a domain you can publish on the public internet.")
        #expect(!finding.message.contains("under localhost"))
        d.press(.control("u"))
        d.type("nap.test")
        let under = try #require(d.state.analysis.diagnostics.first { $0.code == "domain.reserved" })
        #expect(under.message.hasPrefix("\"nap.test\" is under test, a reserved special-use name"))
        #expect(d.screen(100, 30).contains("a real domain you own for production"), "the hint under the field")
    }

    @Test func aHintNamingAnotherFieldReadsAsASentence() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"))
        let text = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(text.contains("set the public address of a node that runs coturn, e.g. 203.0.113.20 in “External IP for clients”."), "\(text)")
        #expect(!text.contains("e.g. “"), "no hint starts an example with a label")
        // The command line keeps its shape: the flag, then the value.
        let hint = FindingHint.set(.turnExternalIP, example: "203.0.113.20", what: "the public address of a node that runs coturn")
        #expect(hint.commandLine(about: nil) == "set the public address of a node that runs coturn, e.g. --turn-external-ip 203.0.113.20.")
    }
}
