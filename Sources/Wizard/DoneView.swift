import IngressCore

/// What was written and what to do next.
enum DoneView {
    static func lines(_ state: WizardState, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        if let report = state.report {
            out.append(StyledLine("Written", .title))
            if report.valuesChanged {
                let what = report.created ? "created" : "updated"
                out += StyledLine("  \(what) \(report.valuesPath)" + (report.backupPath.map { " (previous version in \($0))" } ?? ""), .ok)
                    .wrapped(width, indent: 2)
            } else {
                out += StyledLine("  \(report.valuesPath) already held these answers", .dim).wrapped(width, indent: 2)
            }
            let o = report.output
            out += StyledLine("  \(report.folder)/: \(o.written.count) written, \(o.unchanged.count) unchanged, \(o.removed.count) removed", .ok)
                .wrapped(width, indent: 2)
            // Removing a manifest file does not remove what it created (after a controller switch:
            // the old Gateway and routes): name the objects and the command, since `kubectl apply -k` will not.
            if let retired = state.review?.output?.retired, !retired.objects.isEmpty {
                // The command names each object; the export below must keep its room at 80x24.
                out += StyledLine("  ! Still in the cluster from the previous render; delete after applying (see NEXT-STEPS.md):", .warning)
                    .wrapped(width, indent: 4)
                out += retired.deleteByName.flatMap { StyledLine("    \($0)", .warning).wrapped(width, indent: 6) }
            }
            let removing = removals(state, width: width)
            out += removing
            out.append(StyledLine())
            out += StyledLine("Next steps, as in \(report.folder)/NEXT-STEPS.md" + (state.canViewNextSteps ? " (n reads it whole)" : ""), .title)
                .wrapped(width, indent: 2)
            // The headings of the NEXT-STEPS.md just written, so the screen and the file agree.
            let written = state.review?.output?.files?.first { $0.path == "NEXT-STEPS.md" }
            let headings = written.map { String(decoding: $0.contents, as: UTF8.self) }.map(Self.headings) ?? []
            // Packed a few to a line (the export below must keep its room at 80x24), never split mid-item.
            out += packed(headings, width: width)
            // With records to delete the screen is full: the commands are in the file, which n shows.
            guard removing.isEmpty else { return out + exportNote(state) }
            out.append(StyledLine())
            let then = state.config.mode == .external
                ? "The file has the commands: the TLS Secrets, `kubectl apply -k \(report.folder)`, then the platform's install.sh with \(report.valuesPath)."
                : "The file has the commands: remove the old ingress objects, then run the platform's install.sh with \(report.valuesPath)."
            out += StyledLine(then, .dim).wrapped(width, indent: 0)
        } else {
            out += StyledLine("Nothing was written; values.env and \(state.outFolder)/ are as they were.", .dim).wrapped(width, indent: 0)
            // Export only: the records the sheet will hold, before it is written.
            if state.exportOnly, state.analysis.plan?.domain != nil, !state.analysis.partial {
                out += Preview.dns(state.analysis.plan, width: width).flatMap { $0.wrapped(width) }
                out += removals(state, width: width)
            }
        }
        return out + exportNote(state)
    }

    /// Why there is no export below, when there is none.
    static func exportNote(_ state: WizardState) -> [StyledLine] {
        state.items.isEmpty ? [StyledLine(), StyledLine("There is no valid main domain, so there is no DNS sheet to export.", .dim)] : []
    }

    /// After a domain change: the previous domain's records, to delete from DNS (also in
    /// dns-removals.csv and the Markdown and zone sheets, never in the CSV or JSON sheet).
    static func removals(_ state: WizardState, width: Int) -> [StyledLine] {
        guard let plan = state.analysis.plan, !state.analysis.partial, !plan.dnsRemovals.isEmpty else { return [] }
        let old = DomainName.analyze(state.loaded[.tosHost]).0?.displayed ?? state.loaded[.tosHost]
        var out = StyledLine("  ! Delete from DNS once the new names work, \(old)'s records (\(state.report == nil ? "not in a CSV or JSON sheet" : "also in \(DNSSheetFormat.removalsFileName)")):", .warning)
            .wrapped(width, indent: 4)
        // One line per value they pointed at (usually one), every name in full: this is what to look up in the zone.
        var groups: [(target: String, names: [String])] = []
        for r in plan.dnsRemovals {
            let target = "\(r.needsAlias ? "ALIAS" : r.type.rawValue) \(r.value)"
            if let i = groups.firstIndex(where: { $0.target == target }) { groups[i].names.append(r.name) } else { groups.append((target, [r.name])) }
        }
        for group in groups {
            out += StyledLine("    " + group.names.joined(separator: ", ") + " → " + group.target).wrapped(width, indent: 2)
        }
        return out
    }

    /// Items joined by " · " on as few lines as fit `width`; an item moves whole to the next
    /// line, and only an item wider than a line is wrapped.
    static func packed(_ items: [String], width: Int) -> [StyledLine] {
        var out: [StyledLine] = [], line = ""
        for item in items {
            let candidate = line.isEmpty ? "  " + item : line + " · " + item
            if DisplayWidth.of(candidate) <= width || line.isEmpty {
                line = candidate
            } else {
                out += StyledLine(line).wrapped(width, indent: 2)
                line = "  " + item
            }
        }
        if !line.isEmpty { out += StyledLine(line).wrapped(width, indent: 2) }
        return out
    }

    /// The `## ` headings of a Markdown document.
    static func headings(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    }
}
