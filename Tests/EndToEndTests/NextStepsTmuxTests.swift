import Foundation
import Testing
import TestSupport

/// The NEXT-STEPS.md viewer as a person uses it: the real binary in tmux, keys through curses.
@Suite struct NextStepsTmuxTests {
    @Test func theReviewShowsNextStepsWholeAndEscComesBack() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let values = dir.appendingPathComponent("values.env")
        try SampleValues.external.write(to: values, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: values)
        let tmux = try Tmux(width: 80, height: 24, in: dir)
        defer { tmux.kill() }
        try tmux.waitFor("external mode on nap.acme.com")
        try tmux.press("C-s")
        try tmux.waitFor("n next steps")
        try tmux.press("n")
        try tmux.waitFor("NEXT-STEPS.md, as Enter will write it · rows 1-19 of")
        try tmux.waitFor("# Next steps: nap.acme.com behind Contour")
        try tmux.press("End")
        try tmux.waitFor("nap-ingress configure --mode nodeport")
        try tmux.press("Escape")
        try tmux.waitFor("Nothing is written until you press")
        // Ctrl-N opens it as well, and a window below the form's minimum still shows it.
        try tmux.press("C-n")
        try tmux.waitFor("NEXT-STEPS.md, as Enter will write it")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("↪ ")
        try tmux.press("Escape")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Nothing is written until you press")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try Data(contentsOf: values) == before, "reading NEXT-STEPS.md writes nothing")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress").path))
    }
}
