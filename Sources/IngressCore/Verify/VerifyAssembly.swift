/// Turns the slots a probe run reported into the report: matrix order, and a `failed` cell for
/// every slot the probe never reported (it crashed or was killed), so a broken run can never look
/// like a passing one.
public enum VerifyAssembly {
    /// Code of a cell whose check never reported: the probe executable ended first.
    public static let unreportedCode = "verify.probe-ended"

    /// Every reported cell in matrix order, plus one failed cell per unreported slot; `ended` says
    /// how the probe ended (e.g. "was killed by signal 9"), nil when it finished normally.
    public static func report(_ targets: VerifyTargets, reported: [VerifySlot: [VerifyCell]], ended: String?) -> VerifyReport {
        var cells: [VerifyCell] = []
        for slot in targets.slots {
            if let mine = reported[slot] {
                cells += mine
            } else {
                cells.append(unreported(slot, ended: ended))
            }
        }
        return VerifyReport(checks: cells)
    }

    /// The failed cell that stands for a slot the probe never reported.
    public static func unreported(_ slot: VerifySlot, ended: String?) -> VerifyCell {
        VerifyCell(host: slot.host, check: slot.check, status: .failed, code: unreportedCode,
                   message: "not checked: the probe process \(ended ?? "ended") before it reported this check.",
                   fix: "run nap-ingress verify again; if the probe keeps ending early, report it with what it printed on standard error.")
    }

    /// Matrix order: rows as the targets list them, columns left to right; cells of one slot keep their order.
    public static func order(_ cells: [VerifyCell], targets: VerifyTargets) -> [VerifyCell] {
        let slots = targets.slots
        func rank(_ cell: VerifyCell) -> Int {
            slots.firstIndex(of: VerifySlot(host: cell.host, check: cell.check)) ?? slots.count
        }
        return cells.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }
}
