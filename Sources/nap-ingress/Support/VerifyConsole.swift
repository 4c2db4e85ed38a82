import ArgumentParser
import Foundation
import IngressCore
import Synchronization

/// Shows a `verify` run: on a terminal, the matrix redrawn in place as slots fill in (plain ANSI,
/// spinners in pending slots); otherwise one line per cell as it arrives; with json, one object at the end.
enum VerifyConsole {
    /// Runs the probes (again, with `wait`, until nothing fails or the time is up) and prints; returns the last report.
    /// Stops with exit 1 when the probe cannot run at all.
    static func run(_ request: ProbeRequest, targets: VerifyTargets, format: VerifyFormat, wait: Duration) throws -> VerifyReport {
        let live = format == .text && isatty(STDOUT_FILENO) == 1
        let clock = ContinuousClock(), end = clock.now + wait
        var round = 1
        while true {
            let report = try once(request, targets: targets, format: format, live: live)
            let left = end - clock.now
            guard report.hasFailures, left > .zero else {
                if format == .json { Console.out(json(report, targets: targets)) }
                return report
            }
            let failing = report.checks.filter { $0.status == .failed }
            if format == .text {
                Console.out("still failing (\(failing.count)) after round \(round); checking again, \(Int(left.components.seconds)) s left.\n\n")
            } else {
                Console.err("still failing: " + failing.map { "\($0.host) \($0.check.rawValue) \($0.code)" }.joined(separator: ", "))
            }
            // In slices, so a signal is answered within one of them.
            let until = clock.now + min(.seconds(5), left + .milliseconds(500))
            while clock.now < until {
                if let signo = VerifyInterrupt.pending { stop(signo, answered: targets.slots.count, of: targets.slots.count, live: false) }
                Thread.sleep(forTimeInterval: 0.1)
            }
            round += 1
        }
    }

    /// One round: the probe executable runs on a thread of its own while this one turns the spinners.
    static func once(_ request: ProbeRequest, targets: VerifyTargets, format: VerifyFormat, live: Bool) throws -> VerifyReport {
        let state = Shared<[VerifySlot: [VerifyCell]]>([:])
        let drawn = Shared(0)
        func draw(frame: Int) {
            let width = terminalColumns()
            let lines = state.withLock { VerifyMatrix.grid(targets, cells: $0, frame: frame, width: width) }
            drawn.withLock { count in
                let up = count > 0 ? "\u{1B}[\(count)A" : ""
                Console.out(up + lines.map { "\r\u{1B}[2K" + $0 }.joined(separator: "\n") + "\n")
                count = lines.count
            }
        }
        let done = DispatchSemaphore(value: 0)
        let result = Shared<ProbeRun.Outcome>(.report(VerifyReport(), died: nil))
        if live { draw(frame: 0) }
        Thread.detachNewThread {
            let outcome = ProbeRun.run(request, targets: targets) { slot, cells in
                state.withLock { $0[slot] = cells }
                if format == .text && !live {
                    // Under the drawing lock: a signal's exit never cuts a line in half.
                    drawn.withLock { _ in
                        for cell in cells { Console.out(VerifyMatrix.line(cell) + "\n") }
                    }
                }
            }
            result.withLock { $0 = outcome }
            done.signal()
        }
        var frame = 0
        while done.wait(timeout: .now() + .milliseconds(120)) == .timedOut {
            if let signo = VerifyInterrupt.pending {
                let answered = state.withLock { $0.count }
                drawn.withLock { _ in stop(signo, answered: answered, of: targets.slots.count, live: live) }
            }
            frame += 1
            if live { draw(frame: frame) }
        }
        // Ctrl-C reaches the probe too (it is in the terminal's foreground process group) and may
        // end it before this loop saw the signal: the signal, not the probe's death, is the news.
        if let signo = VerifyInterrupt.pending {
            let answered = state.withLock { $0.count }
            drawn.withLock { _ in stop(signo, answered: answered, of: targets.slots.count, live: live) }
        }
        let report: VerifyReport
        switch result.withLock({ $0 }) {
        case .failed(let message):
            if live { Console.out("\n") }
            Console.err("error: \(message)")
            throw ExitCode(1)
        case .report(let got, let died):
            if let died { Console.err("error: \(died)") }
            report = got
        }
        if format == .text {
            if live { draw(frame: frame) }
            let details = VerifyMatrix.details(report.checks)
            Console.out((details.isEmpty ? "" : "\n" + details.joined(separator: "\n") + "\n") + "\n" + VerifyMatrix.summary(report) + "\n")
        }
        return report
    }

    /// Leaves at once on a signal, without waiting for probes that may hang up to `--timeout`:
    /// one line on stderr (on a terminal over the "^C" the terminal echoed), no partial JSON, and
    /// 128 + the signal's number. `_exit`: the probe threads are still running, and exit's
    /// clean-up would run under them.
    static func stop(_ signo: Int32, answered: Int, of total: Int, live: Bool) -> Never {
        if live { Console.out("\r\u{1B}[2K") }
        Console.err(VerifyInterrupt.message(signo, answered: answered, of: total))
        _exit(128 + signo)
    }

    /// The terminal's width, asked at every frame (it may be resized); unknown is no limit.
    static func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return .max }
        return Int(size.ws_col)
    }

    /// `{"checks": [...], "previewName": ...}`.
    static func json(_ report: VerifyReport, targets: VerifyTargets) -> String {
        struct Output: Encodable {
            var checks: [VerifyCell]
            var previewName: String
            var failed: Bool
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Output(checks: report.checks, previewName: targets.previewName, failed: report.hasFailures))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A value the probe tasks and the drawing loop share, behind a lock.
private final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<R>(_ body: (inout Value) -> R) -> R { mutex.withLock { body(&$0) } }
}
