import Foundation
import IngressCore
import Testing
import TestSupport

/// The built binary's wizard in a real terminal (tmux), driven key by key.
@Suite(.enabled(if: Tmux.available, "tmux is not installed: the wizard's terminal tests are skipped (apt-get install tmux)"))
struct WizardTmuxTests {
    @Test func firstInstallTypedByHandToWrittenFiles() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let tmux = try Tmux(width: 100, height: 30, in: dir)
        defer { tmux.kill() }
        try tmux.goToMainDomain()
        var typed = ""
        for c in "bücher.de" {
            try tmux.type(String(c))
            typed.append(c)
            let (name, findings) = DomainName.analyze(typed)
            let field = "    " + typed
            if let name, !findings.hasErrors {
                try tmux.waitFor("field \(typed) with the preview for \(name.ascii)") {
                    $0.contains(field) && $0.contains("Domain        \(name.ascii)") && $0.contains("*.sandbox.\(name.ascii)")
                }
            } else {
                try tmux.waitFor("field \(typed) with its finding") { $0.contains(field) && ($0.contains("✗") || $0.contains("not valid yet")) }
            }
        }
        let screen = try tmux.waitFor("Unicode       bücher.de")
        #expect(screen.contains("xn--bcher-kva.de"))
        // Edit: remove "bücher.de" and type the real domain.
        try tmux.press("C-u")
        try tmux.type("nap.acme.com")
        try tmux.waitFor("*.sandbox.nap.acme.com")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Ingress controller")
        try tmux.press("Enter")
        try tmux.waitFor("Controller options")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Ingress IPs or LB name")
        try tmux.type("203.0.113.10")
        try tmux.waitFor("*.sandbox.nap.acme.com  A     203.0.113.10")
        try tmux.press("Enter")
        try tmux.waitFor("▸ nap-tls-cert source")
        try tmux.press("Enter")
        try tmux.waitFor("▸ TURN exposure")
        try tmux.press("Enter")
        // The review opens with the answers in plain words; the diff follows below them.
        try tmux.waitFor("mode external · domain nap.acme.com · controller Contour (HTTPProxy) · entry 203.0.113.10")
        try tmux.press("End")
        try tmux.waitFor("+INGRESS_ENTRY=203.0.113.10")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path), "nothing before confirm")
        try tmux.press("Enter")
        try tmux.waitFor("Export the DNS sheet")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalIsSane())

        let values = try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8)
        #expect(values.contains("INGRESS_MODE=external"))
        #expect(values.contains("TOS_HOST=nap.acme.com\n"))
        #expect(values.contains("INGRESS_ENTRY=203.0.113.10\n"))
        for file in ["contour-httpproxy.yaml", "kustomization.yaml", "dns-records.md", "NEXT-STEPS.md"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress/\(file)").path), "\(file)")
        }
        let yaml = try String(contentsOf: dir.appendingPathComponent("ingress/contour-httpproxy.yaml"), encoding: .utf8)
        #expect(yaml.contains("*.sandbox.nap.acme.com"))
    }

    /// A new user's first install with cert-manager and no issuer, and no ingress entry: every
    /// finding names its field by label, and no screen shows a command-line flag.
    @Test func findingsNameFieldsByLabelNeverByFlag() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let tmux = try Tmux(width: 100, height: 30, in: dir)
        defer { tmux.kill() }
        let flags = KeyRegistry.all.compactMap(\.flag).map { "--" + $0 }
        func noFlag(_ screen: String, _ where_: String) {
            for flag in flags { #expect(!screen.contains(flag + " ") && !screen.contains(flag + "."), "\(where_) shows \(flag):\n\(screen)") }
        }
        try tmux.goToMainDomain()
        try tmux.type("nap.acme.com")
        try tmux.waitFor("*.sandbox.nap.acme.com")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Ingress controller")
        try tmux.press("Enter")
        try tmux.waitFor("Controller options")
        try tmux.press("Enter")
        noFlag(try tmux.waitFor("▸ Ingress IPs or LB name"), "the entry step")
        try tmux.press("Enter")
        try tmux.waitFor("▸ nap-tls-cert source")
        try tmux.press("Down")
        try tmux.press("Down")
        try tmux.waitFor("Issuer ClusterIssuer/NAME")
        try tmux.press("Enter")
        // Waits for the whole two-row status line (a capture can land between its rows).
        let refused = try tmux.waitFor("the refusal with its hint") {
            $0.contains("Can't go on: Issuer ClusterIssuer/NAME: cert-manager needs an issuer.") && $0.contains("letsencrypt-dns.")
        }
        #expect(refused.replacingOccurrences(of: "\n ", with: " ").contains("Hint: e.g. ClusterIssuer/letsencrypt-dns."), "the status line's hint names no flag")
        #expect(!refused.contains("e.g. “Issuer ClusterIssuer/NAME”"), "a field's own hint does not repeat its label")
        noFlag(refused, "the certificates step")
        try tmux.press("C-s")
        // Waits for the whole findings list, not its first line (a capture can land mid-draw).
        let review = try tmux.waitFor("the review's findings") { $0.contains("Findings:") && $0.contains("Certificates ›") }
        #expect(review.contains("Ingress entry and DNS › Ingress IPs or LB name: no ingress entry is set"), "\(review)")
        #expect(review.contains("Certificates › Issuer ClusterIssuer/NAME: cert-manager needs an issuer."), "\(review)")
        #expect(!review.contains("TOS_HOST (") && !review.contains("INGRESS_ENTRY ("), "the review names fields by label")
        noFlag(review, "the review")
        try tmux.press("q")
    }

    @Test func reRunSwitchesToNodePortAndBack() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let values = dir.appendingPathComponent("values.env")
        try SampleValues.external.write(to: values, atomically: true, encoding: .utf8)

        let first = try Tmux(width: 80, height: 24, in: dir)
        defer { first.kill() }
        try first.waitFor("external mode on nap.acme.com")
        try first.press("Down")
        try first.waitFor("(•) Use NodePorts")
        try first.press("Enter")
        try first.waitFor("nap-cp NodePort")
        try first.press("Enter")
        // TURN is asked on the NodePort path too.
        try first.waitFor("TURN is UDP: in NodePort mode too")
        try first.press("Enter")
        try first.waitFor("Nothing is written until you press")
        try first.press("End")  // the diff's end: the review scrolls at this size
        try first.waitFor("+INGRESS_MODE=nodeport")
        try first.press("Enter")
        try first.waitFor("Written")
        try first.press("q")
        #expect(try first.exitStatus() == 0)
        let nodeport = try String(contentsOf: values, encoding: .utf8)
        #expect(nodeport.contains("INGRESS_MODE=nodeport"))
        #expect(nodeport.contains("MY_OWN_KEY=kept"))
        #expect(nodeport.contains("TOS_HOST=nap.acme.com"))

        let second = try Tmux(width: 80, height: 24, in: dir)
        defer { second.kill() }
        try second.waitFor("in nodeport mode")
        try second.press("Up")
        try second.waitFor("(•) Use my ingress controller")
        try second.press("Enter")
        try second.waitFor("▸ Main domain")
        try second.press("C-s")
        try second.waitFor("Nothing is written until you press")
        try second.press("End")  // the diff's end: the review scrolls at this size
        try second.waitFor("+INGRESS_MODE=external")
        try second.press("Enter")
        try second.waitFor("Written")
        try second.press("q")
        #expect(try second.exitStatus() == 0)
        let external = try String(contentsOf: values, encoding: .utf8)
        #expect(external.contains("INGRESS_MODE=external"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress/contour-httpproxy.yaml").path))
    }

    @Test func escapeSequencesTheTerminfoDoesNotKnowNeverTypeText() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let tmux = try Tmux(width: 100, height: 30, in: dir)
        defer { tmux.kill() }
        try tmux.goToMainDomain()
        try tmux.type("nap.acme.com")
        try tmux.waitFor("*.sandbox.nap.acme.com")
        try tmux.press("Enter")
        try tmux.waitFor("▸ Ingress controller")
        // xterm's terminfo knows End as ESC O F; ESC [ 4 ~ (what tmux and screen send) is mapped too.
        try tmux.send(bytes: [0x1B, 0x5B, 0x34, 0x7E])
        try tmux.waitFor("(•) Generic Kubernetes Ingress")
        // An unknown sequence and an Alt+key are swallowed: no step back, no text typed.
        try tmux.send(bytes: [0x1B, 0x5B, 0x32, 0x39, 0x7E])
        try tmux.send(bytes: [0x1B, 0x78])
        try tmux.press("Home")
        let screen = try tmux.waitFor("(•) Contour (HTTPProxy)")
        #expect(screen.contains("▸ Ingress controller"), "still on the controller step")
        try tmux.press("Escape")
        try tmux.waitFor("back on the domain") { $0.contains("▸ Main domain") }
        let field = try tmux.waitFor("    nap.acme.com")
        #expect(!field.contains("~") && !field.contains("nap.acme.comx"))
    }

    @Test func withoutAUTF8LocaleUnicodeIsStillTypedAndDrawn() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let tmux = try Tmux(width: 100, height: 30, in: dir, locale: nil)
        defer { tmux.kill() }
        try tmux.goToMainDomain()
        try tmux.type("bü")
        try tmux.type("cher.de")
        let screen = try tmux.waitFor("Unicode       bücher.de")
        #expect(screen.contains("xn--bcher-kva.de"))
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
    }

    @Test func resizeRedrawsAtOnce() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let tmux = try Tmux(width: 120, height: 40, in: dir)
        defer { tmux.kill() }
        try tmux.waitFor("What do you want to do?")
        try tmux.press("Enter")
        try tmux.type("nap.acme.com")
        try tmux.waitFor("side-by-side preview") { $0.contains("│ Preview") && $0.contains("*.sandbox.nap.acme.com") }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("stacked preview") { $0.contains("── Preview") && !$0.contains("│ Preview") }
        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("Make the window larger")
        // While the form is hidden, typing is not editing.
        try tmux.type("zz")
        try tmux.resize(width: 100, height: 30)
        let screen = try tmux.waitFor("side-by-side again") { $0.contains("│ Preview") && $0.contains("    nap.acme.com") }
        #expect(!screen.contains("larger"))
        #expect(!screen.contains("zz"), "keys typed into the small window went nowhere")
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
    }

    @Test func ctrlCChangesNothingAndRestoresTheTerminal() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let values = dir.appendingPathComponent("values.env")
        try SampleValues.external.write(to: values, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: values)
        let tmux = try Tmux(width: 80, height: 24, in: dir)
        defer { tmux.kill() }
        try tmux.goToMainDomain()
        try tmux.press("C-u")
        try tmux.type("other.example.org")
        try tmux.waitFor("*.sandbox.other.example.org")
        // One rule: Ctrl-C quits at once with 130, answers or not, and writes nothing.
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
        #expect(try tmux.terminalIsSane())
        #expect(try Data(contentsOf: values) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env.bak").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress").path))
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let tmux = try Tmux(width: 80, height: 24, in: dir)
        defer { tmux.kill() }
        try tmux.waitFor("What do you want to do?")
        let pid = try #require(try tmux.wizardPID())
        kill(pid, SIGTERM)
        #expect(try tmux.exitStatus() == 143)
        #expect(try tmux.terminalIsSane())
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path))
    }
}

/// The wizard refuses to start without a terminal, pointing at `configure`.
@Suite struct WizardWithoutTerminalTests {
    @Test func notATerminalExits64() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run([], in: dir)
        #expect(result.status == 64)
        #expect(result.stderr.contains("nap-ingress configure"))
        #expect(result.stdout.isEmpty, "no escape codes on a non-terminal")
    }

    @Test func dumbTerminalExits64() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run(["wizard"], in: dir, environment: ["TERM": "dumb"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("configure"))
    }
}
