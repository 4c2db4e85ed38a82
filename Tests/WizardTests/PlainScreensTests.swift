import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15, "screens that say what they mean": the review, done, help and status line.
@Suite struct PlainScreensTests {
    func existing(_ name: String) throws -> (Driver, String) {
        let dir = try Scratch.folder(name)
        try SampleValues.external.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        return (try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress"), dir)
    }

    @Test func anUnchangedReRunPromisesNoBackup() throws {
        var (d, _) = try existing("plain-unchanged")
        d.press(.control("s"))
        #expect(d.state.step == .review)
        #expect(d.state.review?.diff == "")
        let text = ReviewView.lines(d.state, width: 96).map(\.plain).joined(separator: "\n")
        #expect(text.contains("already holds these answers; unchanged"))
        #expect(!text.contains(".bak"), "no .bak is made when nothing changes")
    }

    @Test func theFindingsCountAddsUpAndWarningsKeepTheirHint() throws {
        var (d, _) = try existing("plain-counts")
        d.press(.control("s"))
        let review = try #require(d.state.review)
        let all = review.allDiagnostics
        let lines = ReviewView.lines(d.state, width: 96).map(\.plain)
        let notes = all.count - all.errors.count - all.warnings.count
        #expect(lines.contains("Findings: \(all.errors.count) error(s), \(all.warnings.count) warning(s), \(notes) note(s)"))
        let words = FindingWords(d.state)
        for w in all.warnings where w.hint != nil {
            let hint = words.hint(w.hint!, under: nil)
            #expect(lines.joined(separator: " ").replacingOccurrences(of: "  ", with: " ").contains(String(hint.prefix(30))), "the warning's hint: \(hint)")
        }
        try #require(all.warnings.contains { $0.hint != nil }, "the sample draws a warning with a hint")
    }

    @Test func wrappedDiffLinesKeepTheirMarker() {
        let line = "+TOS_HOST=a-very-long-label-for-testing-the-wrapped-diff-lines.nap.acme.com"
        let pieces = ReviewView.diffLines(line, role: .ok, width: 40).map(\.plain)
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.hasPrefix("  +") }, "\(pieces)")
        #expect(pieces.map { String($0.dropFirst(3)) }.joined() == String(line.dropFirst()), "nothing lost")
        #expect(ReviewView.diffLines("-A=1", role: .error, width: 40).map(\.plain) == ["  -A=1"])
    }

    @Test func enterWriteIsOfferedOnlyWhenItWrites() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("bad_domain")
        d.press(.control("s"))
        for (w, h) in [(80, 24), (100, 30)] {
            let legend = d.screen(w, h).split(separator: "\n").last ?? ""
            #expect(!legend.contains("Enter write"), "\(w)x\(h): \(legend)")
        }
        var ok = try Driver()
        ok.press(.enter)
        ok.type("nap.acme.com")
        ok.press(.control("s"))
        #expect(ok.screen(80, 24).split(separator: "\n").last?.contains("Enter write") == true)
    }

    @Test func pageDownMovesByAPage() throws {
        var d = try Driver()
        d.send(.resized(Size(width: 80, height: 24)))
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"))
        d.press(.pageDown)
        #expect(d.state.review?.scroll == .top(19), "a page of 20 rows, one kept")
        d.send(.resized(Size(width: 100, height: 30)))
        d.press(.pageUp, .pageDown)
        #expect(d.state.review?.scroll == .top(25))
    }

    @Test func pageDownPastTheEndKeepsTheLastPageAndUpAnswersAtOnce() throws {
        var d = try Driver()
        d.send(.resized(Size(width: 80, height: 24)))
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.control("s"))
        d.press(.end)
        let last = d.screen(80, 24)
        d.press(.home)
        for _ in 0..<40 { d.press(.pageDown) }
        let body = { (screen: String) in screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).dropLast(2) }
        #expect(body(d.screen(80, 24)) == body(last), "forty PgDn past the end still show the last page, not a blank one")
        #expect(body(last).contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        d.press(.end, .up)
        #expect(d.screen(80, 24) != last, "↑ after End moves at once")
        d.press(.home)
        #expect(d.screen(80, 24).contains("Answers"))
    }

    @Test func nextStepsAreNeverSplitMidItem() {
        let items = ["1. TLS Secrets", "2. Apply the manifests", "3. DNS records", "4. Firewall", "5. Install the platform", "6. Check it worked"]
        let lines = DoneView.packed(items, width: 40).map(\.plain)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.of(line) <= 40)
            let pieces = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " · ")
            #expect(pieces.allSatisfy(items.contains), "\(line)")
        }
    }

    @Test func theReviewSummarisesTheAnswersFirst() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("bücher.de")
        d.press(.control("s"))
        let lines = ReviewView.lines(d.state, width: 76).map(\.plain)
        let answers = try #require(lines.firstIndex(of: "Answers"))
        let findings = try #require(lines.firstIndex { $0.hasPrefix("Findings:") })
        #expect(answers < findings)
        let text = lines[answers...findings].joined(separator: " ")
        for part in ["mode external", "domain bücher.de (xn--bcher-kva.de)", "controller Contour (HTTPProxy)", "entry (not set)", "TLS existing", "TURN hostport"] {
            #expect(text.contains(part), "\(part) in \(text)")
        }
        #expect(d.screen(80, 24).contains("Answers"))
    }

    @Test func theStartSaysWhyExportOnlyIsMissing() throws {
        let dir = try Scratch.folder("plain-no-export")
        try "INGRESS_MODE=nodeport\n".write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        let d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        let text = d.screen(100, 30).split(separator: "\n").map { $0.prefix(48).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("Only exporting the DNS sheet is not offered: the platform is not in external mode."), "\(text)")
        let (e, _) = try existing("plain-export-offered")
        #expect(!e.screen(100, 30).contains("is not offered"))
    }

    @Test func turnHelpExplainsTheFields() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap.acme.com")
        while d.state.step != .turn { d.press(.enter) }
        d.press(.help)
        let text = d.screen(100, 30)
        for field in ["TURN port:", "Relay ports:", "External IP for clients:"] { #expect(text.contains(field)) }
        #expect(text.contains("Esc goes back a step (Backspace only edits a field)"))
    }
}
