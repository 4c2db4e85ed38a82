import Foundation
import IngressCore
import Probes
import Wizard

/// The Verify screen's probes on the concurrency runtime, off the terminal loop: each slot is queued
/// as an event when it is known, and the loop hands the queue to the wizard on its ticks.
final class BackgroundVerify: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    private var done = false
    private var task: Task<Void, Never>?

    /// Starts the run for `plan`, the way `nap-ingress verify` does but without the long-lived hold
    /// (the screen must finish in seconds); the first event says which rows it checks.
    static func start(plan: Plan, folder: String) -> BackgroundVerify {
        let job = BackgroundVerify()
        var settings = VerifySettings(hold: .zero, timeout: .seconds(5))
        // The CA that `render` wrote for self-signed certificates is trusted, as `verify` does; a
        // lab's resolver, CA and ports come from the environment (the wizard takes no such flags).
        let problems = VerifyEnvironment.apply(to: &settings, plan: plan, outFolder: folder)
        let note = problems.isEmpty ? nil : problems.joined(separator: " ")
        var generator = SystemRandomNumberGenerator()
        let targets = VerifyTargets(plan: plan, previewName: VerifyTargets.randomPreviewName(sandbox: plan.hosts?.sandbox ?? "", using: &generator))
        job.push(.verifyStarted(targets, note: note))
        let ready = settings
        job.task = Task.detached {
            _ = await VerifyRunner.run(plan, targets: targets, settings: ready) { slot, cells in
                job.push(.verified(slot, cells))
            }
            job.push(.verifyFinished)
            job.lock.withLock { job.done = true }
        }
        return job
    }

    private func push(_ event: Event) { lock.withLock { events.append(event) } }

    /// The events queued since the last call, and whether the run has ended.
    func take() -> (events: [Event], finished: Bool) {
        lock.withLock {
            defer { events = [] }
            return (events, done)
        }
    }

    /// Ends every probe (Esc on the Verify screen); what they answer later is never shown.
    func cancel() { task?.cancel() }
}
