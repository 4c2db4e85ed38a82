import IngressCore

/// The Verify screen: the matrix filling in live (a spinner per pending slot), what the wizard's
/// run leaves out, and the details of one problem with its fix.
enum VerifyView {
    static let columnWidth = 10
    static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func lines(_ run: VerifyRun, width: Int) -> [StyledLine] {
        var out = [StyledLine("Verify the live install", .title)]
        out += StyledLine("WebSockets without the long-lived hold: run `nap-ingress verify` for it.", .dim).wrapped(width, indent: 0)
        if let note = run.note { out += StyledLine("! " + note, .warning).wrapped(width, indent: 2) }
        out.append(StyledLine())
        guard let targets = run.targets else {
            out.append(StyledLine("\(spinner[run.frame % spinner.count]) starting…", .dim))
            return out
        }
        out += grid(run, targets: targets, width: width)
        out.append(StyledLine())
        let slots = targets.slots
        let known = slots.filter { run.cells[$0] != nil }.count
        if run.finished {
            out.append(StyledLine(VerifyMatrix.summary(VerifyReport(checks: run.allCells)), run.problems.contains { $0.status == .failed } ? .error : .ok))
        } else {
            out.append(StyledLine("\(spinner[run.frame % spinner.count]) \(known) of \(slots.count) checks answered…", .dim))
        }
        out += details(run, width: width)
        return out
    }

    /// One row per host name (as the targets list them), one column per check.
    static func grid(_ run: VerifyRun, targets: VerifyTargets, width: Int) -> [StyledLine] {
        let longest = targets.rows.map { DisplayWidth.of($0.host) }.max() ?? 4
        let hostWidth = max(12, min(longest, width - VerifyMatrix.columns.count * columnWidth - 2)) + 2
        func pad(_ text: String, _ count: Int) -> String { text + String(repeating: " ", count: max(0, count - DisplayWidth.of(text))) }
        var out = [StyledLine(pad("host", hostWidth) + VerifyMatrix.columns.map { pad($0.1, columnWidth) }.joined(), .title)]
        for row in targets.rows {
            var spans: [(text: String, role: Role)] = [(pad(DisplayWidth.truncate(row.host, to: hostWidth - 2), hostWidth), .normal)]
            for (check, _) in VerifyMatrix.columns {
                if !row.checks.contains(check) {
                    spans.append((pad("", columnWidth), .normal))
                } else if let found = run.cells[VerifySlot(host: row.host, check: check)] {
                    let status = VerifyMatrix.worst(found)
                    spans.append((pad(VerifyMatrix.label(status), columnWidth), role(status)))
                } else {
                    spans.append((pad(run.finished ? "-" : spinner[run.frame % spinner.count], columnWidth), .dim))
                }
            }
            out.append(StyledLine(spans: spans))
        }
        return out
    }

    /// The chosen problem (↑↓ choose): what was seen, at which address, and the fix.
    static func details(_ run: VerifyRun, width: Int) -> [StyledLine] {
        let problems = run.problems
        guard !problems.isEmpty else {
            return run.finished ? [StyledLine("Every check that ran passed.", .ok)] : []
        }
        let index = min(run.selected, problems.count - 1)
        let cell = problems[index]
        var out = [StyledLine(), StyledLine("Problem \(index + 1) of \(problems.count)" + (problems.count > 1 ? " (↑↓ for the others)" : ""), .title)]
        out += StyledLine(VerifyMatrix.line(cell), role(cell.status)).wrapped(width, indent: 2)
        if let fix = cell.fix { out += StyledLine("fix: " + fix).wrapped(width, indent: 5) }
        return out
    }

    static func role(_ status: VerifyCell.Status) -> Role {
        switch status {
        case .ok: .ok
        case .warning: .warning
        case .failed: .error
        case .skipped: .dim
        }
    }
}
