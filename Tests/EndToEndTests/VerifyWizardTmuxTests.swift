import Foundation
import Testing
import TestSupport

/// Whether the tests may make a network namespace of their own (`unshare -rn`).
enum NetworkNamespace {
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rn", "true"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}

/// The wizard's Verify screen in a real terminal. The wizard runs in a network namespace of the
/// test's own with no interface up, so no probe can leave it: every name fails to resolve at once,
/// which is enough to see the screen open, fill in, show a fix, and go back.
@Suite(.enabled(if: Tmux.available && NetworkNamespace.available, "needs tmux and unshare -rn"))
struct VerifyWizardTmuxTests {
    @Test func verifyFromTheStartScreenFillsInAndEscGoesBack() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        try SampleValues.external.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 80, height: 24, in: dir, arguments: ["--values", "values.env", "--out", "ingress"],
                            wrapper: ["unshare", "-rn"])
        defer { tmux.kill() }
        try tmux.waitFor("Verify the live install")
        try tmux.press("v")
        // Every slot answers (the names cannot resolve here), then the summary and the first problem's fix.
        let screen = try tmux.waitFor("failed,")
        #expect(screen.contains("host") && screen.contains("WebSocket") && screen.contains("nap.acme.com"))
        #expect(screen.contains("long-lived hold: run `nap-ingress verify` for it"))
        #expect(screen.contains("Problem 1 of") && screen.contains("fix:"))
        try tmux.press("Escape")
        try tmux.waitFor("What do you want to do?")
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=")
        #expect(try tmux.exitStatus() == 130)
    }
}
