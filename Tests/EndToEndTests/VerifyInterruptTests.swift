import Foundation
import Testing
import VerifyRig

/// Stopping `nap-ingress verify` while probes hang (an ingress that accepts and never answers, a
/// silent TURN port, `--timeout 60s`): it is gone at once, not after the timeout, says so in one
/// line, leaves with 128 + the signal, and leaves the terminal and its output whole.
@Suite(.enabled(if: NamedRig.executable != nil, "needs named (.ci/install-packages)"))
struct VerifyInterruptTests {
    /// Polls `condition` until it holds or `seconds` pass (never a fixed wait).
    static func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func ctrlCInATerminalStopsAtOnceAndGivesThePromptBack() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lab = try HangingLab(in: dir)
        defer { lab.stop() }
        let tmux = try Tmux(shellIn: dir, width: 80, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor(Tmux.prompt)
        try tmux.enter((["nap-ingress", "verify", "--timeout", "60s", "--hold", "0"] + lab.verifyArguments).joined(separator: " "))
        // The live matrix: DNS answered, the other cells spinning on the silent ingress.
        try tmux.waitFor("the matrix with the DNS cells in") { $0.contains("nap.acme.com ") && $0.contains("ok") && lab.probing }
        try tmux.press("C-c")
        // Gone within seconds, not after the 60 s timeout: the shell takes the next command line.
        try tmux.waitFor("verify stopped by SIGINT", timeout: 10)
        try tmux.enter("echo \"status=$?\"")
        let screen = try tmux.waitFor("status=130", timeout: 10)
        // The matrix was redrawn in place on an 80-column terminal: one grid, not a trail of them.
        #expect(screen.components(separatedBy: "\n").filter { $0.hasPrefix("host ") }.count == 1, "\(screen)")
        #expect(screen.contains("\nturn "), "\(screen)")
        let stopped = screen.components(separatedBy: "\n").filter { $0.contains("nap-ingress: verify stopped by SIGINT") }
        #expect(stopped.count == 1, "\(screen)")
        #expect(stopped.first?.hasPrefix("nap-ingress: verify stopped by SIGINT with ") == true, "one whole line, not after a ^C: \(screen)")
        #expect(stopped.first?.hasSuffix("checks answered; nothing was written.") == true, "\(screen)")
        // The prompt is usable: a command typed now runs and the line discipline is as the shell left it.
        try tmux.enter("stty -a")
        #expect(try tmux.terminalIsSane())
    }

    @Test(arguments: ["text", "json"])
    func sigtermWithoutATerminalExits143WithWholeLines(_ format: String) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lab = try HangingLab(in: dir)
        defer { lab.stop() }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = NapIngressBinary.url
        process.arguments = ["verify", "--timeout", "60s", "--hold", "0", "--format", format] + lab.verifyArguments
        process.currentDirectoryURL = dir
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // Under way: the probes have reached the silent ingress (and in text, the DNS lines are out).
        let started = Self.eventually(20) {
            lab.probing && (format == "json" || ((try? String(contentsOf: out, encoding: .utf8)) ?? "").components(separatedBy: " dns ").count > 6)
        }
        #expect(started, "verify never reached the rig: \((try? String(contentsOf: err, encoding: .utf8)) ?? "")")
        kill(process.processIdentifier, SIGTERM)
        #expect(Self.eventually(10) { !process.isRunning }, "still running 10 s after SIGTERM (its timeout is 60 s)")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 143)
        let output = try String(contentsOf: out, encoding: .utf8), errors = try String(contentsOf: err, encoding: .utf8)
        if format == "json" {
            #expect(output.isEmpty, "no half JSON object: \(output)")
        } else {
            #expect(output.hasSuffix("\n") && output.contains("ok dns nap.acme.com dns.ok"), "whole lines only: \(output)")
        }
        // After the plan's warnings, one line says what stopped it.
        let stopped = errors.components(separatedBy: "\n").filter { $0.contains("stopped") }
        #expect(stopped.count == 1 && stopped[0].hasPrefix("nap-ingress: verify stopped by SIGTERM with "), "\(errors)")
        #expect(errors.hasSuffix("checks answered; nothing was written.\n"), "\(errors)")
    }

    /// The signal masks of `pid` from /proc (`SigIgn`, `SigCgt`), as bit sets.
    static func dispositions(_ pid: Int32) -> (ignored: UInt64, caught: UInt64) {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        func mask(_ name: String) -> UInt64 {
            let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
            return UInt64(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
        }
        return (mask("SigIgn"), mask("SigCgt"))
    }

    /// The processes whose parent is `pid` (from /proc/PID/status's PPid).
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            let status = (try? String(contentsOfFile: "/proc/\(child)/status", encoding: .utf8)) ?? ""
            return status.split(separator: "\n").contains { $0.hasPrefix("PPid:") && $0.dropFirst(5).trimmingCharacters(in: .whitespaces) == "\(pid)" }
        }
    }

    @Test func aSignalTheParentIgnoresStaysIgnored() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lab = try HangingLab(in: dir)
        defer { lab.stop() }
        // As under `nohup`: SIGHUP ignored by the parent, which then execs verify.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' HUP; exec \"$0\" \"$@\"", NapIngressBinary.url.path,
                             "verify", "--timeout", "60s", "--hold", "0", "--format", "json"] + lab.verifyArguments
        process.currentDirectoryURL = dir
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(Self.eventually(20) { lab.probing }, "verify never reached the rig")
        let (ignored, caught) = Self.dispositions(process.processIdentifier)
        func bit(_ signo: Int32) -> UInt64 { 1 << UInt64(signo - 1) }
        #expect(ignored & bit(SIGHUP) != 0, "SIGHUP stays ignored")
        #expect(caught & bit(SIGINT) != 0 && caught & bit(SIGTERM) != 0, "SIGINT and SIGTERM are caught")
        // The probe it started inherits the choice: a hangup must not kill it behind verify's back.
        var probe: Int32?
        #expect(Self.eventually(10) {
            probe = Self.children(of: process.processIdentifier).first
            return probe != nil
        }, "verify started no probe")
        if let probe {
            let (probeIgnored, _) = Self.dispositions(probe)
            #expect(probeIgnored & bit(SIGHUP) != 0, "the probe ignores SIGHUP as its parent does")
            #expect(probeIgnored & bit(SIGTERM) == 0, "the probe still ends on SIGTERM")
        }
        kill(process.processIdentifier, SIGTERM)
        #expect(Self.eventually(10) { !process.isRunning })
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
    }
}
