import Foundation
import Testing
import VerifyRig

/// The wizard's Verify screen against the real rig (named, nginx with its echo backend, coturn),
/// as an operator reaches it: from a re-run's start screen and from Done after writing. The lab's
/// resolver, ports, CA and TURN secret reach the wizard through the NAP_INGRESS_* environment.
@Suite(.enabled(if: Tmux.available && NginxRig.binary != nil && NamedRig.executable != nil && TurnRig.executable != nil,
                "needs tmux, nginx, named and turnserver (.ci/install-packages)"))
struct VerifyWizardRigTests {
    /// The row of `host` in the grid, as its words: the host, then one status per column.
    static func row(_ host: String, _ screen: String) -> [String] {
        let line = screen.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(host + " ") } ?? ""
        return line.split(separator: " ").map(String.init)
    }

    /// Opens the Verify screen with `v` and waits for the run's summary.
    static func verify(_ tmux: Tmux) throws -> String {
        try tmux.press("v")
        return try tmux.waitFor("the finished matrix", timeout: 30) { $0.contains(" failed, ") && $0.contains(" skipped.") }
    }

    static let h = NginxRig.hosts

    @Test func aHealthyInstallIsAllOkFromTheStartScreenAndFromDone() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // nginx serves the certificates `render` wrote: the wizard trusts render's CA by itself.
        let lab = try VerifyLab(.healthy, selfSigned: true, in: dir) { folder in
            let render = try NapIngressBinary.run(["render"], in: folder)
            if render.status != 0 { throw RigFailure(description: "render: \(render.stderr)") }
        }
        defer { lab.stop() }
        let tmux = try Tmux(width: 100, height: 32, in: dir, arguments: ["--values", "values.env", "--out", "ingress"],
                            environment: lab.wizardEnvironment)
        defer { tmux.kill() }

        try tmux.waitFor("Verify the live install")
        var screen = try Self.verify(tmux)
        Self.expectAllOk(screen)

        // Back, write (nothing changed), and verify again from Done.
        try tmux.press("Escape")
        try tmux.waitFor("What do you want to do?")
        try tmux.press("C-s")
        try tmux.waitFor("Nothing is written until you press")
        try tmux.press("Enter")
        try tmux.waitFor("v verify")
        screen = try Self.verify(tmux)
        Self.expectAllOk(screen)
        try tmux.press("Escape")
        try tmux.waitFor("v verify")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }

    static func expectAllOk(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Four routed names (DNS, TLS, HTTP, WebSocket for the long-lived ones), the wildcard and a preview name, and TURN.
        #expect(screen.contains("0 warnings, 0 failed, 0 skipped."), "\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains("Every check that ran passed."), "\(screen)", sourceLocation: sourceLocation)
        for host in [h.main, h.browsers, h.sandbox] {
            #expect(row(host, screen) == [host, "ok", "ok", "ok", "ok"], "\(screen)", sourceLocation: sourceLocation)
        }
        #expect(row(h.files, screen) == [h.files, "ok", "ok", "ok"], "\(screen)", sourceLocation: sourceLocation)
        #expect(row("turn", screen) == ["turn", "ok"], "\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains("!"), "no note above the grid: \(screen)", sourceLocation: sourceLocation)
    }

    @Test func aCertificateMissingANameFailsThatCellAndShowsItsFix() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The rig's own CA this time, given as NAP_INGRESS_CA_FILE.
        let lab = try VerifyLab(.missingName(Self.h.browsers), in: dir)
        defer { lab.stop() }
        let tmux = try Tmux(width: 100, height: 32, in: dir, arguments: ["--values", "values.env", "--out", "ingress"],
                            environment: lab.wizardEnvironment)
        defer { tmux.kill() }
        try tmux.waitFor("Verify the live install")
        let screen = try Self.verify(tmux)
        #expect(screen.contains("0 warnings, 1 failed, 0 skipped."), "\(screen)")
        #expect(Self.row(Self.h.browsers, screen) == [Self.h.browsers, "ok", "FAILED", "ok", "ok"], "\(screen)")
        for host in [Self.h.main, Self.h.sandbox] {
            #expect(Self.row(host, screen) == [host, "ok", "ok", "ok", "ok"], "\(screen)")
        }
        // The one problem, under the grid: what was seen and the fix.
        #expect(screen.contains("Problem 1 of 1"), "\(screen)")
        #expect(screen.contains("tls.name-not-covered"), "\(screen)")
        #expect(screen.contains("fix: re-issue nap-tls-cert"), "\(screen)")
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
    }

    @Test func settingsTheWizardCannotUseAreNamedAboveTheMatrix() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Probes that hang: the screen is read while they run, and Esc cancels them.
        let lab = try HangingLab(in: dir)
        defer { lab.stop() }
        let tmux = try Tmux(width: 100, height: 32, in: dir, arguments: ["--values", "values.env", "--out", "ingress"],
                            environment: ["NAP_INGRESS_RESOLVER": lab.named.resolver, "NAP_INGRESS_HTTPS_PORT": "44x3",
                                          "NAP_INGRESS_HTTP_PORT": "\(lab.http.port)", "NAP_INGRESS_CA_FILE": dir.appendingPathComponent("absent.pem").path])
        defer { tmux.kill() }
        try tmux.waitFor("Verify the live install")
        try tmux.press("v")
        let screen = try tmux.waitFor("checks answered")
        #expect(screen.contains("NAP_INGRESS_HTTPS_PORT=44x3 is not a port between 1 and 65535; 443 is checked."), "\(screen)")
        #expect(screen.contains("NAP_INGRESS_CA_FILE"), "\(screen)")
        #expect(screen.contains("absent.pem") && screen.contains("cannot be read."), "\(screen)")
        try tmux.press("Escape")
        try tmux.waitFor("What do you want to do?")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
