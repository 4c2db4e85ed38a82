import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15: NEXT-STEPS.md readable inside the wizard, from the review (what Enter writes) and
/// from Done (what was written), whole, scrollable, with no command cut.
@Suite struct NextStepsViewerTests {
    /// A first install on the review, its output folder rendered (nothing written yet).
    func review(_ name: String) throws -> (Driver, String) {
        let dir = try Scratch.folder(name)
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.enter, .enter, .enter)
        d.type("203.0.113.10")
        d.press(.control("s"))
        try #require(d.state.step == .review)
        try #require(d.state.review?.output?.files != nil, "the review rendered the output folder")
        return (d, dir)
    }

    /// The rows on screen between the viewer's header and the status line, marks and all.
    func body(_ d: Driver, _ w: Int, _ h: Int) -> [String] {
        Array(d.screen(w, h).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).prefix(h - 5)).map { String($0.dropFirst(2)) }
    }

    @Test func theReviewOpensTheDocumentEnterWillWrite() throws {
        var (d, dir) = try review("next-steps-review")
        #expect(d.screen(80, 24).contains("n next steps"), "the review's legend offers it")
        d.press(.character("n"))
        #expect(d.state.readingNextSteps)
        let screen = d.screen(80, 24)
        #expect(screen.contains("NEXT-STEPS.md, as Enter will write it · rows 1-19 of"))
        #expect(screen.contains("\(dir)/ingress"), "the title bar names the folder")
        #expect(screen.contains("# Next steps: nap.acme.com behind Contour"))
        #expect(screen.contains("Esc back"))
        // One source: the viewer's text is the file the write puts on disk.
        let document = try #require(NextStepsView.document(d.state))
        let plan = try #require(Plan.make(d.state.config).0)
        let rendered = try #require(RenderBundle.files(for: plan).first { $0.path == "NEXT-STEPS.md" })
        #expect(document == String(decoding: rendered.contents, as: UTF8.self))
        d.press(.escape)
        #expect(!d.state.readingNextSteps)
        #expect(d.state.step == .review, "Esc goes back to the review, not a step back")
        #expect(!FileManager.default.fileExists(atPath: dir + "/ingress"), "reading writes nothing")
    }

    @Test func everyKeyScrollsAndTheEndShowsTheLastLine() throws {
        var (d, _) = try review("next-steps-scroll")
        d.send(.resized(Size(width: 80, height: 24)))
        d.press(.control("n"))
        let document = try #require(NextStepsView.document(d.state))
        let rows = NextStepsView.rows(document, width: 76)
        let last = NextStepsView.maxScroll(d.state, size: Size(width: 80, height: 24))
        #expect(last > 19, "the document is longer than two screens at 80x24")
        d.press(.down, .down)
        #expect(d.state.overlay == .nextSteps(scroll: 2))
        #expect(body(d, 80, 24).first == rows[2].plain)
        d.press(.up)
        #expect(d.state.overlay == .nextSteps(scroll: 1))
        d.press(.pageDown)
        #expect(d.state.overlay == .nextSteps(scroll: 19), "a page is the visible rows less one kept for context")
        d.press(.pageUp)
        #expect(d.state.overlay == .nextSteps(scroll: 1))
        d.press(.end)
        #expect(d.state.overlay == .nextSteps(scroll: last))
        let lastLine = try #require(document.split(separator: "\n").last)
        #expect(d.screen(80, 24).contains(lastLine), "End shows the document's last line")
        d.press(.down)
        #expect(d.state.overlay == .nextSteps(scroll: last), "scrolling stops at the end")
        d.press(.home)
        #expect(d.state.overlay == .nextSteps(scroll: 0))
        d.press(.up)
        #expect(d.state.overlay == .nextSteps(scroll: 0))
    }

    @Test func longLinesWrapWithAMarkAndLoseNothing() throws {
        var (d, _) = try review("next-steps-wrap")
        let document = try #require(NextStepsView.document(d.state))
        for width in [56, 76] {
            let rows = NextStepsView.rows(document, width: width)
            #expect(rows.allSatisfy { DisplayWidth.of($0.plain) <= width }, "no row is wider than \(width)")
            #expect(rows.contains { $0.plain.hasPrefix(NextStepsView.continuation) }, "some line is longer than \(width)")
            // Dropping the marks and joining the continued rows gives the document back.
            var lines: [String] = []
            for row in rows {
                if row.spans.first?.text == NextStepsView.continuation {
                    lines[lines.count - 1] += row.spans.dropFirst().map(\.text).joined()
                } else {
                    lines.append(row.plain)
                }
            }
            #expect(lines.joined(separator: "\n") + "\n" == document, "width \(width)")
        }
        // The kubectl delete line of the manual's "undo" is longer than 56 columns: it shows whole.
        // Opened at 80x24, then the window shrinks below the form's minimum: the text stays readable and scrolls.
        d.send(.resized(Size(width: 80, height: 24)))
        d.press(.character("n"))
        d.send(.resized(Size(width: 60, height: 20)))
        d.press(.end)
        #expect(d.state.overlay == .nextSteps(scroll: NextStepsView.maxScroll(d.state, size: Size(width: 60, height: 20))))
        let screen = d.screen(60, 20)
        #expect(screen.contains("↪ "), "a continued row is marked at 60x20")
        #expect(!screen.contains("Make the window larger"), "the viewer is readable below the form's minimum size")
        Snapshot.assert(screen, named: "next-steps-end-60x20.txt")
        d.press(.home)
        Snapshot.assert(d.screen(80, 24), named: "next-steps-top-80x24.txt")
    }

    @Test func doneOpensTheDocumentJustWritten() throws {
        var (d, dir) = try review("next-steps-done")
        d.press(.enter)
        try #require(d.state.step == .done)
        let written = try String(contentsOfFile: dir + "/ingress/NEXT-STEPS.md", encoding: .utf8)
        #expect(d.screen(80, 24).contains("n next steps"))
        #expect(d.screen(120, 40).contains("(n reads it whole)"))
        d.press(.character("n"))
        #expect(d.state.readingNextSteps)
        #expect(NextStepsView.document(d.state) == written)
        #expect(d.screen(100, 30).contains("NEXT-STEPS.md, as written · rows 1-"))
        d.press(.escape)
        #expect(d.state.step == .done && !d.state.readingNextSteps)
        // In the file-name field n is a letter; Ctrl-N still opens the file.
        d.press(.tab)
        d.type("n")
        #expect(!d.state.readingNextSteps)
        #expect(d.state.text(of: .exportPath).text.hasSuffix("n"))
        d.press(.control("n"))
        #expect(d.state.readingNextSteps)
    }
}
