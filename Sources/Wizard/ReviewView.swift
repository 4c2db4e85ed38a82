import IngressCore

/// The review: the values.env diff, the files the output folder gets, every finding.
enum ReviewView {
    static func lines(_ state: WizardState, width: Int) -> [StyledLine] {
        guard let review = state.review else { return [] }
        var out: [StyledLine] = []
        let errors = review.diagnostics.errors, warnings = review.diagnostics.warnings
        if review.updated == nil {
            out.append(StyledLine("Nothing can be written: \(errors.count) error(s). Esc goes back to fix them.", .error))
        } else {
            out.append(StyledLine("Enter writes \(state.workspace.valuesPath) and \(state.outFolder)/; nothing is written before.", .ok))
        }
        out.append(StyledLine())
        if !review.diagnostics.isEmpty {
            out.append(StyledLine("Findings: \(errors.count) error(s), \(warnings.count) warning(s)", .title))
            for d in review.diagnostics where d.severity != .note {
                out += StyledLine("  \(d.severity == .error ? "✗" : "!") \(d.field): \(d.message)", d.severity == .error ? .error : .warning).wrapped(width, indent: 4)
            }
            out.append(StyledLine())
        }
        if review.updated != nil {
            out.append(StyledLine("\(state.outFolder)/", .title))
            if let summary = review.output {
                out += summary.written.map { StyledLine("  write    \($0)", .ok) }
                out += summary.unchanged.map { StyledLine("  same     \($0)", .dim) }
                out += summary.removed.map { StyledLine("  remove   \($0)", .warning) }
            } else {
                out += review.files.map { StyledLine("  write    \($0.path)") }
            }
            out.append(StyledLine())
            out.append(StyledLine("\(state.workspace.valuesPath)" + (state.workspace.exists ? " (previous version kept as .bak)" : " (new file)"), .title))
            if review.diff.isEmpty {
                out.append(StyledLine("  already holds these answers; unchanged", .dim))
            } else {
                for line in review.diff.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                    let role: Role = line.hasPrefix("+++") || line.hasPrefix("---") ? .dim
                        : line.hasPrefix("+") ? .ok : line.hasPrefix("-") ? .error : line.hasPrefix("@@") ? .dim : .normal
                    out.append(StyledLine("  " + line, role))
                }
            }
        }
        let scroll = min(review.scroll, max(0, out.count - 1))
        return Array(out.dropFirst(scroll))
    }
}
