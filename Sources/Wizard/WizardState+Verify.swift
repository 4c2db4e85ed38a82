import IngressCore

/// The Verify screen's run: the rows the shell checks and the slots known so far. The shell runs
/// the probes in the background; the wizard only records what arrives and shows it.
public struct VerifyRun: Equatable, Sendable {
    /// The matrix's rows; nil until the shell has started the run.
    public var targets: VerifyTargets?
    /// Each slot's cells as they arrive (one per address checked).
    public var cells: [VerifySlot: [VerifyCell]] = [:]
    /// Turns the spinners of pending slots.
    public var frame = 0
    public var finished = false
    /// What the shell could not set up for the run (shown above the grid).
    public var note: String?
    /// Which problem the details pane shows (index into `problems`).
    public var selected = 0

    /// Every cell known, in matrix order.
    public var allCells: [VerifyCell] {
        (targets?.slots ?? []).flatMap { cells[$0] ?? [] }
    }

    /// The cells that need the operator: failed first, then warnings, then skipped ones with a fix
    /// (a cell skipped because its name did not resolve is told by that name's DNS cell).
    public var problems: [VerifyCell] {
        let all = allCells.filter { $0.status == .failed || $0.status == .warning || ($0.status == .skipped && $0.fix != nil) }
        return all.enumerated().sorted { ($0.element.status, $0.offset) < ($1.element.status, $1.offset) }.map(\.element)
    }
}

extension WizardState {
    /// Whether "Verify the live install" is offered: on the done screen of an external install
    /// with a valid plan, and on a re-run's start screen when values.env is one.
    var canVerify: Bool {
        switch step {
        case .start: return canExportOnly
        case .done: return (report != nil || exportOnly) && config.mode == .external && analysis.plan?.domain != nil && !analysis.partial
        default: return false
        }
    }

    /// Opens the Verify screen and asks the shell to start the run; nothing is probed before this.
    mutating func openVerify() -> [Effect] {
        // From the start screen the install checked is values.env's; after a write it is what was written.
        let checked = step == .start ? original : config
        guard let plan = Plan.make(checked).0, plan.domain != nil else { return [] }
        verify = VerifyRun()
        overlay = .verifying
        return [.startVerify(plan: plan, folder: outFolder)]
    }

    /// Keys on the Verify screen: Esc leaves (cancelling a run still going), ↑/↓/Enter choose the
    /// problem the details pane shows, Ctrl-C quits.
    mutating func handleVerify(_ key: Key) -> [Effect] {
        guard var run = verify else {
            overlay = .none
            return []
        }
        let count = run.problems.count
        switch key {
        case .control("c"):
            return [.quit(status: 130)]
        case .escape, .character("q"):
            verify = nil
            overlay = .none
            return run.finished ? [] : [.cancelVerify]
        case .down, .enter, .tab:
            if count > 0 { run.selected = (run.selected + 1) % count }
        case .up, .backTab:
            if count > 0 { run.selected = (run.selected - 1 + count) % count }
        default:
            break
        }
        verify = run
        return []
    }

    /// Records what the shell's run delivered; answers for a screen already left are dropped.
    mutating func applyVerify(_ event: Event) {
        guard overlay == .verifying, var run = verify else { return }
        switch event {
        case .verifyStarted(let targets, let note):
            run.targets = targets
            run.note = note
        case .verified(let slot, let cells):
            run.cells[slot] = cells
        case .verifyFinished:
            run.finished = true
        default:
            return
        }
        run.selected = min(run.selected, max(0, run.problems.count - 1))
        verify = run
    }

    /// Turns the pending slots' spinners.
    mutating func tickVerify() {
        if var run = verify, !run.finished {
            run.frame += 1
            verify = run
        }
    }
}
