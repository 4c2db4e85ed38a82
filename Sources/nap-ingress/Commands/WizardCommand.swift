import ArgumentParser
import Foundation
import IngressCore
import Wizard

/// `wizard` (the default): the interactive wizard; needs a terminal.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wizard", abstract: "The interactive wizard (the default command).")
    @OptionGroup var values: ValuesOption
    @OptionGroup var out: OutOption

    func run() throws {
        try Self.run(valuesPath: values.values, outFolder: out.out)
    }

    /// The wizard for these paths; `main` calls it directly when `WizardArguments` recognise
    /// the command line, so the usual start skips ArgumentParser's reflection.
    static func run(valuesPath: String, outFolder: String) throws {
        // getenv, not ProcessInfo: the environment dictionary costs a measurable part of the start.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, !term.isEmpty, term != "dumb" else {
            Console.err("error: the wizard needs an interactive terminal (stdin and stdout a terminal, TERM not dumb).\n  hint: use `nap-ingress configure --mode external --domain nap.acme.com ...` and `nap-ingress render` instead; see `nap-ingress configure --help`.")
            throw ExitCode(64)
        }
        let workspace = try Console.workspace(valuesPath, mustExist: false)
        var terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start()
        } catch {
            Console.err("error: \(error.message)\n  hint: use `nap-ingress configure` instead.")
            throw ExitCode(64)
        }
        var state = WizardState(workspace: workspace, outFolder: outFolder)
        let status = loop(&state, &terminal)
        terminal.stop()
        if let report = state.report {
            Console.out((report.valuesChanged ? "\(report.created ? "created" : "updated") \(report.valuesPath)\n" : "")
                        + RenderSummary.text(report.output, folder: report.folder, retired: state.review?.output?.retired ?? .none))
        }
        // The sheets exported on the done screen belong to what the run wrote.
        for path in state.exported { Console.out("exported the DNS sheet to \(path)\n") }
        if status == inputClosed { Console.err("error: the terminal's input closed; nothing more was written.") }
        if let signo = CursesTerminal.stoppingSignal { Console.err(CursesTerminal.stopMessage(signo, wroteFiles: state.report != nil)) }
        if status != 0 { throw ExitCode(status) }
    }

    /// The exit status when the terminal's input goes away mid-run.
    static let inputClosed: Int32 = 1

    /// How often the spinner turns (and a finished discovery is picked up) while discovery runs.
    static let tickMilliseconds: Int32 = 120

    /// Reads keys, updates, runs effects and draws until the wizard or a signal says to stop.
    static func loop(_ state: inout WizardState, _ terminal: inout CursesTerminal) -> Int32 {
        state = Wizard.update(state, .resized(terminal.size)).0
        var discovery: BackgroundDiscovery?
        // The Verify screen's run, from the operator's key until its last answer (or Esc).
        var verify: BackgroundVerify?
        var firstFrame = true
        while true {
            terminal.draw(Wizard.view(state, terminal.size))
            // Started only once the first frame is on the screen, so it never delays it.
            if firstFrame {
                firstFrame = false
                discovery = BackgroundDiscovery.start(config: state.config)
                if discovery != nil { state.startDiscovery() }
            }
            var pending: [Event]
            switch terminal.read(tick: discovery == nil && verify == nil ? nil : tickMilliseconds) {
            case .key(let key): pending = [.key(key)]
            case .resized: pending = [.resized(terminal.size)]
            case .signal(let signo): return 128 + signo
            case .closed: return inputClosed
            case .tick:
                pending = [.tick]
                if let done = discovery?.take() {
                    discovery = nil
                    pending = [done]
                }
                if let (events, finished) = verify?.take() {
                    if finished { verify = nil }
                    pending += events
                }
            }
            while !pending.isEmpty {
                let (next, effects) = Wizard.update(state, pending.removeFirst())
                state = next
                for effect in effects {
                    switch effect {
                    case .quit(let status):
                        verify?.cancel()
                        return status
                    case .startVerify(let plan, let folder):
                        verify?.cancel()
                        verify = BackgroundVerify.start(plan: plan, valuesPath: state.workspace.valuesPath, folder: folder)
                        // The rows are known at once: the first frame after the key shows the grid.
                        pending += verify?.take().events ?? []
                    case .cancelVerify:
                        verify?.cancel()
                        verify = nil
                    default: break
                    }
                    if let event = EffectRunner.run(effect) { pending.append(event) }
                }
            }
        }
    }
}
