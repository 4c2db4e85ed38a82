import Foundation
import IngressCore
import Wizard

/// The Verify screen's probes, run by the probe executable off the terminal loop: each slot is
/// queued as an event when it is known, and the loop hands the queue to the wizard on its ticks.
final class BackgroundVerify: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    private var done = false
    private var cancelled = false
    private var process: ProbeProcess?

    /// Starts the run for `plan` (the answers in `valuesPath`, which the probe reads), the way
    /// `nap-ingress verify` does but without the long-lived hold (the screen must finish in
    /// seconds); the first event says which rows it checks.
    static func start(plan: Plan, valuesPath: String, folder: String) -> BackgroundVerify {
        let job = BackgroundVerify()
        var generator = SystemRandomNumberGenerator()
        let targets = VerifyTargets(plan: plan, previewName: VerifyTargets.randomPreviewName(sandbox: plan.hosts?.sandbox ?? "", using: &generator))
        // The CA that `render` wrote for self-signed certificates is trusted, as `verify` does (the probe reads it from `folder`);
        // a lab's resolver, CA and ports come from the environment (the wizard takes no such flags).
        var request = ProbeRequest(valuesPath: valuesPath, outFolder: folder, previewName: targets.previewName, hold: .zero, timeout: .seconds(5))
        let problems = VerifyEnvironment.apply(to: &request)
        job.push(.verifyStarted(targets, note: problems.isEmpty ? nil : problems.joined(separator: " ")))
        let ready = request
        Thread.detachNewThread {
            let outcome = ProbeRun.run(ready, targets: targets, started: { process in
                // Esc may have come before the probe was running: it is stopped at once.
                let stop = job.lock.withLock {
                    job.process = process
                    return job.cancelled
                }
                if stop { process.terminate() }
            }) { slot, cells in
                job.push(.verified(slot, cells))
            }
            switch outcome {
            case .failed(let why):
                for (slot, cells) in ProbeRun.unrunnable(targets, why: why) { job.push(.verified(slot, cells)) }
            case .report(let report, _):
                // The slots a dying probe never reported get their failed cells, so none spins forever.
                let shown = Set(report.checks.filter { $0.code == VerifyAssembly.unreportedCode }.map { VerifySlot(host: $0.host, check: $0.check) })
                for slot in targets.slots where shown.contains(slot) {
                    job.push(.verified(slot, report.checks.filter { VerifySlot(host: $0.host, check: $0.check) == slot }))
                }
            }
            job.push(.verifyFinished)
            job.lock.withLock { job.done = true }
        }
        return job
    }

    private func push(_ event: Event) {
        lock.withLock {
            if !cancelled { events.append(event) }
        }
    }

    /// The events queued since the last call, and whether the run has ended.
    func take() -> (events: [Event], finished: Bool) {
        lock.withLock {
            defer { events = [] }
            return (events, done)
        }
    }

    /// Ends the probe (Esc on the Verify screen, or the wizard quitting): SIGTERM to the probe
    /// process, which the run's thread then reaps; what it answered last is never shown.
    func cancel() {
        let running = lock.withLock {
            cancelled = true
            events = []
            return process
        }
        running?.terminate()
    }
}
