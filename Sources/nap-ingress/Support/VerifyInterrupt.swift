import Foundation
import Synchronization

/// Ctrl-C, SIGTERM and SIGHUP during `verify`. A probe may hang up to `--timeout`, so the command
/// never waits for one: its drawing loop sees the signal within a tick, says in one line what was
/// stopped and leaves with 128 + the signal's number. verify writes no file, so nothing is left half-done.
enum VerifyInterrupt {
    /// The signal that arrived (0: none); set from the signal handler.
    private static let caught = Atomic<Int32>(0)

    /// The signals caught, with their names.
    static let signals: [(signo: Int32, name: String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")]

    /// Catches the signals. A parent may start us with them blocked (`swift test` does), which
    /// would make them wait until the probes end: they are unblocked before any probe thread starts.
    /// A signal the parent chose to ignore stays ignored (`nohup`, a background job's SIGINT).
    static func install() {
        _ = caught.load(ordering: .relaxed)
        var set = sigset_t()
        sigemptyset(&set)
        for (signo, _) in signals {
            let previous = signal(signo) { signo in VerifyInterrupt.caught.store(signo, ordering: .relaxed) }
            // SIG_IGN is the handler value 1 (the macro does not reach Swift).
            if let previous, unsafeBitCast(previous, to: Int.self) == 1 {
                _ = signal(signo, previous)
                continue
            }
            sigaddset(&set, signo)
        }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal that asked us to stop, if one did.
    static var pending: Int32? {
        let signo = caught.load(ordering: .relaxed)
        return signo == 0 ? nil : signo
    }

    /// The one line said on the way out.
    static func message(_ signo: Int32, answered: Int, of total: Int) -> String {
        let name = signals.first { $0.signo == signo }?.name ?? "signal \(signo)"
        return "nap-ingress: verify stopped by \(name) with \(answered) of \(total) checks answered; nothing was written."
    }
}
