import Foundation
import IngressCore

/// One verify round through the probe executable, from finding it to the report: what
/// `nap-ingress verify` and the wizard's Verify screen share.
enum ProbeRun {
    /// How a round ended.
    enum Outcome: Sendable {
        /// Every slot: reported, or failed with `verify.probe-ended` when the probe died first
        /// (`died` then says how, with what it printed on stderr).
        case report(VerifyReport, died: String?)
        /// The probe could not run at all (missing, not startable, or it refused the request).
        case failed(String)
    }

    /// Runs one round, blocking; `started` hears the process (so it can be cancelled) before any slot arrives.
    static func run(_ request: ProbeRequest, targets: VerifyTargets, started: (ProbeProcess) -> Void = { _ in },
                    deliver: (VerifySlot, [VerifyCell]) -> Void) -> Outcome {
        let process: ProbeProcess
        do {
            process = try ProbeProcess.start(ProbeProcess.locate().get(), request: request)
        } catch {
            return .failed(error.message)
        }
        started(process)
        var reported: [VerifySlot: [VerifyCell]] = [:]
        let (end, stderr) = process.collect { slot, cells in
            reported[slot] = cells
            deliver(slot, cells)
        }
        switch end {
        case .finished:
            return .report(VerifyAssembly.report(targets, reported: reported, ended: nil), died: nil)
        case .refused(let message):
            return .failed(message)
        case .died(let how):
            let tail = stderr.split(separator: "\n").suffix(5).joined(separator: "\n")
            let said = tail.isEmpty ? "" : "; it said:\n" + tail
            return .report(VerifyAssembly.report(targets, reported: reported, ended: how),
                           died: "verify's probe \(process.executable) \(how) before it finished\(said)")
        }
    }

    /// The failed cells the wizard shows when the probe could not run at all: one per slot, naming
    /// why (the message's first line) and its hint as the fix.
    static func unrunnable(_ targets: VerifyTargets, why: String) -> [(VerifySlot, [VerifyCell])] {
        let lines = why.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let fix = lines.dropFirst().first.map { $0.hasPrefix("hint: ") ? String($0.dropFirst(6)) : $0 }
        return targets.slots.map { slot in
            (slot, [VerifyCell(host: slot.host, check: slot.check, status: .failed, code: "verify.probe-unavailable",
                               message: "not checked: " + (lines.first ?? why), fix: fix)])
        }
    }
}
