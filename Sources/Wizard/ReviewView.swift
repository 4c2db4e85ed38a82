import IngressCore

/// The review: every finding, the files the output folder gets (a few wrapped lines, so the
/// diff starts on the first screen even at 80x24), then the values.env diff.
enum ReviewView {
    /// All the review's lines, from the top (the caller scrolls).
    static func lines(_ state: WizardState, width: Int) -> [StyledLine] {
        guard let review = state.review else { return [] }
        var out: [StyledLine] = []
        let diagnostics = review.allDiagnostics
        let errors = diagnostics.errors, warnings = diagnostics.warnings
        if review.writable != nil {
            out += StyledLine("Enter writes \(state.workspace.valuesPath) and \(state.outFolder)/. Nothing is written until you press it.", .ok)
                .wrapped(width, indent: 0)
        } else if review.updated != nil && review.output == nil {
            out.append(StyledLine("Rendering the output folder…", .dim))
        } else {
            out.append(StyledLine("Nothing can be written: \(errors.count) error(s). Esc goes back to fix them.", .error))
        }
        out.append(StyledLine())
        // The answers in plain words first, so the findings and files below read against them.
        out.append(StyledLine("Answers", .title))
        out += DoneView.packed(answers(state.config), width: width)
        // The step list: a digit opens the step (its number in the title bar), Esc comes back here.
        let steps = WizardState.jumpTargets(for: state.config.mode).map { "\($0.number) \($0.step.title)" }
        out += [StyledLine("  Change an answer: press its step's number", .dim)] + DoneView.packed(steps, width: width).map { StyledLine($0.plain, .dim) }
        out.append(StyledLine())
        if !diagnostics.isEmpty {
            // Every count the list below holds: notes too, so the items under it add up.
            let notes = diagnostics.count - errors.count - warnings.count
            out.append(StyledLine("Findings: \(errors.count) error(s), \(warnings.count) warning(s), \(notes) note(s)", .title))
            let words = FindingWords(state)
            for d in grouped(diagnostics) {
                let (mark, role): (String, Role) = switch d.severity {
                case .error: ("✗", .error)
                case .warning: ("!", .warning)
                case .note: ("·", .dim)
                }
                // "Certificates › Issuer …: message": the step and the field's label, never a flag.
                let step = d.subject.fieldKey.flatMap(Step.owning)
                let place = step.map { step in d.subject.keys.contains { words.label($0) == step.title } ? "" : "\(step.title) › " } ?? ""
                out += StyledLine("  \(mark) \(place)\(words.line(d))", role).wrapped(width, indent: 4)
                // The hint is what to do about it (trust the new CA, which port to open); on its own line.
                if let hint = d.hint {
                    out += StyledLine("      " + words.hint(hint, under: nil), .dim).wrapped(width, indent: 2)
                }
            }
            out.append(StyledLine())
        }
        out += ClusterView.reviewLines(state, width: width)
        guard review.updated != nil else { return out }
        if let summary = review.output?.summary {
            out.append(StyledLine("\(state.outFolder)/", .title))
            for (label, names, role) in [("write ", summary.written, Role.ok), ("same  ", summary.unchanged, .dim), ("remove", summary.removed, .warning)]
            where !names.isEmpty {
                out += StyledLine("  \(label)  " + names.joined(separator: ", "), role).wrapped(width, indent: 8)
            }
            out.append(StyledLine())
        }
        // Removing a file does not remove its objects: the ones to delete by hand after applying.
        if let retired = review.output?.retired, !retired.objects.isEmpty {
            out += retiredLines(retired, width: width)
            out.append(StyledLine())
        }
        // A .bak is made only when the file changes: no promise of one on an unchanged re-run.
        let kept = !state.workspace.exists ? " (new file)" : review.diff.isEmpty ? "" : " (previous version kept as .bak)"
        out.append(StyledLine("\(state.workspace.valuesPath)" + kept, .title))
        if review.diff.isEmpty {
            out.append(StyledLine("  already holds these answers; unchanged", .dim))
        } else {
            for line in review.diff.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                let role: Role = line.hasPrefix("+++") || line.hasPrefix("---") ? .dim
                    : line.hasPrefix("+") ? .ok : line.hasPrefix("-") ? .error : line.hasPrefix("@@") ? .dim : .normal
                // Wrapped, not cut: a hidden tail of a changed line would be a surprise; each
                // piece keeps the line's +/- so it still reads as added or removed.
                out += diffLines(expandingTabs(line), role: role, width: width)
            }
        }
        return out
    }

    /// The objects the previous render created that this one no longer does, and the
    /// commands that delete them (as NEXT-STEPS.md and `render` say).
    static func retiredLines(_ retired: RetiredObjects, width: Int) -> [StyledLine] {
        var out = [StyledLine("Objects to remove from the cluster", .title)]
        out += StyledLine("  The previous render created them and this one does not; kubectl apply -k will not delete them. After applying:", .dim)
            .wrapped(width, indent: 2)
        out += retired.objects.map { StyledLine("  remove  \($0.displayName)", .warning) }.flatMap { $0.wrapped(width, indent: 10) }
        out += retired.deleteByName.flatMap { StyledLine("  \($0)").wrapped(width, indent: 4) }
        return out
    }

    /// The answers as the operator gave them: mode, domain (its Unicode form too), controller,
    /// entry, TLS and TURN (NodePort mode: the three ports).
    static func answers(_ config: Config) -> [String] {
        guard config.mode == .external else {
            return ["mode \(config[.ingressMode])", "NodePorts \(config[.tosNodePort]), \(config[.browserNodePort]), \(config[.sandboxNodePort])",
                    "TURN " + config[.turnExposure]]
        }
        let host = config[.tosHost]
        let domain = DomainName.analyze(host).0?.displayed ?? host
        return ["mode external",
                "domain " + (domain.isEmpty ? "(not set)" : domain),
                "controller " + (config.controller?.displayName ?? config[.controller]),
                "entry " + (config[.entry].isEmpty ? "(not set)" : config[.entry]),
                "TLS " + config[.tlsSource] + (config[.sandboxTLSSource].isEmpty ? "" : " / sandbox " + config[.sandboxTLSSource]),
                "TURN " + config[.turnExposure]]
    }

    /// One diff line wrapped to `width` columns (at spaces; a long value is split), every piece led by the line's marker.
    static func diffLines(_ line: String, role: Role, width: Int) -> [StyledLine] {
        let marker = line.hasPrefix("+++") || line.hasPrefix("---") || line.hasPrefix("@@") ? "" : String(line.prefix(1))
        let body = marker.isEmpty ? line : String(line.dropFirst())
        let room = max(8, width - 2 - marker.count)
        guard DisplayWidth.of(body) > room else { return [StyledLine("  " + line, role)] }
        let pieces = DisplayWidth.wrap(body, width: room)
        return pieces.map { StyledLine("  " + marker + $0, role) }
    }

    /// The findings grouped by the step that asks for their field (in the steps' order; files,
    /// Secrets and the output folder last), errors first within a step.
    static func grouped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func rank(_ d: Diagnostic) -> Int {
            d.subject.fieldKey.flatMap(Step.owning).flatMap { Step.allCases.firstIndex(of: $0) } ?? Step.allCases.count
        }
        return diagnostics.enumerated().sorted {
            (rank($0.element), $0.element.severity, $0.offset) < (rank($1.element), $1.element.severity, $1.offset)
        }.map(\.element)
    }

    /// A diff line with its tabs as spaces (to the next multiple of 8 after the +/-/space
    /// marker), as the file shows in an editor, instead of an unprintable character.
    static func expandingTabs(_ line: Substring) -> String {
        guard line.contains("\t") else { return String(line) }
        var out = String(line.prefix(1)), column = 0
        for c in line.dropFirst() {
            if c == "\t" {
                let spaces = 8 - column % 8
                out += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                out.append(c)
                column += DisplayWidth.of(c)
            }
        }
        return out
    }

    /// The lines from the review's scroll position; scrolling stops where the last line shows.
    static func scrolled(_ state: WizardState, width: Int, height: Int) -> [StyledLine] {
        let all = lines(state, width: width)
        let first = (state.review?.scroll ?? .top(0)).offset(count: all.count, height: height)
        return Array(all.dropFirst(first))
    }
}
