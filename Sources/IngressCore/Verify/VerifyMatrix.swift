/// `verify`'s matrix as text: the live grid (one row per host, one column per check, a spinner in
/// each pending slot), the plain line of each cell, and the details of what is not ok.
public enum VerifyMatrix {
    /// The matrix's columns in order, with their headings (the command and the wizard share them).
    public static let columns: [(VerifyCell.Check, String)] = [(.dns, "DNS"), (.tls, "TLS"), (.http, "HTTP"), (.websocket, "WebSocket"), (.turn, "TURN")]
    static let spinner = ["|", "/", "-", "\\"]

    /// The grid; `cells` holds the slots known so far, `frame` turns the spinners. No line is
    /// wider than `width - 1` (the terminal's columns): a line that wrapped would break the
    /// redraw in place, which moves the cursor up one line per grid line. Long host names (the
    /// random preview name first of all) are shortened with "…" so every column stays visible.
    public static func grid(_ targets: VerifyTargets, cells: [VerifySlot: [VerifyCell]], frame: Int, width: Int = .max) -> [String] {
        // The last column needs only its longest label ("skipped", "warning").
        let checksWidth = (columns.count - 1) * 11 + 7
        let longest = max(4, targets.rows.map(\.host.count).max() ?? 4)
        let hostWidth = max(6, min(longest, width - 1 - checksWidth - 2)) + 2
        func pad(_ text: String, _ count: Int) -> String { text + String(repeating: " ", count: max(0, count - text.count)) }
        func fit(_ line: String) -> String { line.count < width ? line : String(line.prefix(max(1, width - 1))) }
        func host(_ name: String) -> String { name.count <= hostWidth - 2 ? name : String(name.prefix(hostWidth - 3)) + "…" }
        var lines = [fit((pad("host", hostWidth) + columns.map { pad($0.1, 11) }.joined()).trimmingTrailingSpaces)]
        for row in targets.rows {
            var line = pad(host(row.host), hostWidth)
            for (check, _) in columns {
                let text: String
                if !row.checks.contains(check) {
                    text = ""
                } else if let found = cells[VerifySlot(host: row.host, check: check)] {
                    text = label(worst(found))
                } else {
                    text = spinner[frame % spinner.count]
                }
                line += pad(text, 11)
            }
            lines.append(fit(line.trimmingTrailingSpaces))
        }
        return lines
    }

    /// The worst status of a slot's cells (several addresses); skipped when it has none.
    public static func worst(_ cells: [VerifyCell]) -> VerifyCell.Status {
        cells.map(\.status).min() ?? .skipped
    }

    /// `ok`, `warning`, `FAILED`, `skipped`.
    public static func label(_ status: VerifyCell.Status) -> String {
        switch status {
        case .ok: "ok"
        case .warning: "warning"
        case .failed: "FAILED"
        case .skipped: "skipped"
        }
    }

    /// One cell as a line of its own (what a non-terminal gets as checks finish).
    public static func line(_ cell: VerifyCell) -> String {
        let at = cell.address.map { " [\($0)]" } ?? ""
        return "\(label(cell.status)) \(cell.check.rawValue) \(cell.host)\(at) \(cell.code): \(cell.message)"
    }

    /// Every failed or warning cell, and skipped ones that say how to fix them, with the fix, worst first
    /// (a cell skipped because its name did not resolve is told by that name's DNS cell).
    public static func details(_ cells: [VerifyCell]) -> [String] {
        cells.filter { $0.status == .failed || $0.status == .warning || ($0.status == .skipped && $0.fix != nil) }.sorted { $0.status < $1.status }.flatMap { cell in
            [line(cell)] + (cell.fix.map { ["  fix: \($0)"] } ?? [])
        }
    }

    /// The last line: how many cells are ok, warn, failed.
    public static func summary(_ report: VerifyReport) -> String {
        let count = { (status: VerifyCell.Status) in report.checks.filter { $0.status == status }.count }
        return "\(count(.ok)) ok, \(count(.warning)) warning\(count(.warning) == 1 ? "" : "s"), \(count(.failed)) failed, \(count(.skipped)) skipped."
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
