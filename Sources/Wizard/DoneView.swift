import IngressCore

/// What was written and what to do next.
enum DoneView {
    static func lines(_ state: WizardState, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        if let report = state.report {
            out.append(StyledLine("Written", .title))
            if report.valuesChanged {
                out.append(StyledLine("  updated \(report.valuesPath)" + (report.backupPath.map { " (previous version in \($0))" } ?? ""), .ok))
            } else {
                out.append(StyledLine("  \(report.valuesPath) already held these answers", .dim))
            }
            if let error = report.outputError {
                out += StyledLine("  ✗ " + error, .error).wrapped(width, indent: 4)
            } else if let o = report.output {
                out.append(StyledLine("  \(report.folder)/: \(o.written.count) written, \(o.unchanged.count) unchanged, \(o.removed.count) removed", .ok))
            }
            out.append(StyledLine())
            out.append(StyledLine("Next steps", .title))
            let steps: [String]
            if state.config.mode == .external {
                steps = ["1. Read \(report.folder)/NEXT-STEPS.md (TLS Secrets, DNS records, checks).",
                         "2. Hand the DNS sheet to whoever runs your DNS (export below).",
                         "3. kubectl apply -k \(report.folder)",
                         "4. Run the platform's install.sh with \(report.valuesPath)."]
            } else {
                steps = ["1. Read \(report.folder)/NEXT-STEPS.md (the NodePorts, removing old ingress objects).",
                         "2. Run the platform's install.sh with \(report.valuesPath)."]
            }
            out += steps.flatMap { StyledLine("  " + $0).wrapped(width, indent: 5) }
        } else {
            out.append(StyledLine("Nothing was written; values.env and \(state.outFolder)/ are as they were.", .dim))
        }
        if state.items.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine("There is no valid main domain, so there is no DNS sheet to export.", .dim))
        }
        return out
    }
}
