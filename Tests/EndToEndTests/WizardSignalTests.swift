import Foundation
import Testing

/// Every signal whose default action ends a process gives the terminal back (echo, line mode,
/// cursor, main screen), ends with 128 + its number and says in one line what happened:
/// checked in tmux, as a person's terminal would see it.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"))
struct WizardSignalTests {
    @Test(arguments: [(SIGQUIT, "SIGQUIT"), (SIGPIPE, "SIGPIPE"), (SIGUSR1, "SIGUSR1"), (SIGUSR2, "SIGUSR2"),
                      (SIGALRM, "SIGALRM"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")])
    func aSignalRestoresTheTerminalAndSaysSo(_ signo: Int32, _ name: String) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try Tmux(width: 100, height: 30, in: dir)
        defer { tmux.kill() }
        try tmux.waitFor("What do you want to do?")
        let pid = try #require(try tmux.wizardPID())
        kill(pid, signo)
        #expect(try tmux.exitStatus() == 128 + Int(signo))
        #expect(try tmux.terminalIsSane(), "echo and icanon after \(name)")
        let screen = tmux.screen()
        #expect(screen.contains("nap-ingress: stopped by \(name); nothing was written."), "\(screen)")
        // No crash report or leftover wizard frame on the restored screen.
        for leftover in ["Crash", "crash", "Backtrace", "Fatal", "What do you want to do?"] {
            #expect(!screen.contains(leftover), "\(name): \(screen)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path))
    }
}
