import Foundation
import Testing
import TestSupport

/// The wizard, as an operator uses it in tmux, while someone else edits values.env in another
/// terminal: their edit is never reverted, the same key changed on both sides stops the write,
/// the operator's own files in the output folder are never replaced, a FIFO never blanks the screen.
@Suite(.enabled(if: Tmux.available, "needs tmux"))
struct WizardFileSafetyTests {
    /// Starts the wizard on the external sample and switches to NodePorts, up to the review.
    static func atTheReview(_ dir: URL, showing: String = "Nothing is written until you press") throws -> Tmux {
        try SampleValues.external.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 80, height: 24, in: dir)
        try tmux.waitFor("external mode on nap.acme.com")
        try tmux.press("Down")
        try tmux.waitFor("(•) Use NodePorts")
        try tmux.press("Enter")
        try tmux.waitFor("nap-cp NodePort")
        try tmux.press("Enter")
        try tmux.waitFor("TURN is UDP: in NodePort mode too")
        try tmux.press("Enter")
        try tmux.waitFor(showing)
        return tmux
    }

    @Test func anEditMadeWhileTheReviewIsOpenIsKept() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let values = dir.appendingPathComponent("values.env")
        let tmux = try Self.atTheReview(dir)
        defer { tmux.kill() }
        // Another terminal: a rotated password and a changed key of the operator's own.
        let theirs = SampleValues.external.replacingOccurrences(of: "MY_OWN_KEY=kept", with: "MY_OWN_KEY=edited") + "ADMIN_PASSWORD=rotated\n"
        try theirs.write(to: values, atomically: true, encoding: .utf8)
        try tmux.press("Enter")
        try tmux.waitFor("Written")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        let written = try String(contentsOf: values, encoding: .utf8)
        #expect(written.contains("INGRESS_MODE=nodeport"), "the wizard's answer: \(written)")
        #expect(written.contains("MY_OWN_KEY=edited") && written.contains("ADMIN_PASSWORD=rotated"), "their edit: \(written)")
        #expect(try String(contentsOf: dir.appendingPathComponent("values.env.bak"), encoding: .utf8) == theirs, "the backup holds the fresh file")
    }

    @Test func theSameKeyChangedMeanwhileStopsTheWrite() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let values = dir.appendingPathComponent("values.env")
        let tmux = try Self.atTheReview(dir)
        defer { tmux.kill() }
        let theirs = SampleValues.external.replacingOccurrences(of: "INGRESS_MODE=external", with: "INGRESS_MODE=other")
        try theirs.write(to: values, atomically: true, encoding: .utf8)
        try tmux.press("Enter")
        let screen = try tmux.waitFor("Nothing written")
        #expect(screen.contains("INGRESS_MODE"), "the screen names the key: \(screen)")
        #expect(try String(contentsOf: values, encoding: .utf8) == theirs)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env.bak").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress").path), "the output folder is not written either")
    }

    @Test func theReviewRefusesToReplaceTheOperatorsOwnFiles() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let out = dir.appendingPathComponent("ingress")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "my own notes\n".write(to: out.appendingPathComponent("NEXT-STEPS.md"), atomically: true, encoding: .utf8)
        let tmux = try Self.atTheReview(dir, showing: "Nothing can be written")
        defer { tmux.kill() }
        let screen = try tmux.waitFor("did not write")
        #expect(screen.contains("Nothing can be written"), "\(screen)")
        try tmux.press("Enter")
        try tmux.waitFor("Can't write")
        // Ctrl-C quits at once (130), asking nothing; the operator's files stay as they were.
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
        #expect(try String(contentsOf: out.appendingPathComponent("NEXT-STEPS.md"), encoding: .utf8) == "my own notes\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8) == SampleValues.external)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["NEXT-STEPS.md"])
    }

    @Test func aFIFOAsValuesShowsAnErrorNotABlankScreen() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        #expect(mkfifo(dir.appendingPathComponent("values.env").path, 0o644) == 0)
        let tmux = try Tmux(width: 80, height: 24, in: dir)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("values.env is a named pipe (FIFO)"), "\(screen)")
        #expect(try tmux.exitStatus() == 1)
    }
}
