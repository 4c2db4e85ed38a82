import IngressCore

/// Moving between steps: on (refused with the reason while the step has errors), back, to the review.
extension WizardState {
    mutating func move(to next: Step) {
        lastFocus[step] = focus
        history.append(step)
        step = next
        focus = 0
        if overlay == .help { overlay = .none }
        cursorsToEnd()
    }

    /// A step returned to shows each field with the cursor at its end, so Ctrl-U clears it all.
    mutating func cursorsToEnd() {
        for item in items where item.isText {
            if var field = fields[item.id] {
                field.end()
                fields[item.id] = field
            }
        }
    }

    /// The start screen's choice as the answers' mode (Enter and Ctrl-S both go by what is on screen).
    mutating func applyStartMode() {
        let mode: IngressMode
        switch startAction {
        case .external: mode = .external
        case .nodeport: mode = .nodeport
        case .exportDNS, .verify: return
        }
        if config.mode != mode {
            config[.ingressMode] = mode.rawValue
            analyze()
        }
    }

    mutating func goBack() -> [Effect] {
        guard step != .done || report == nil else {
            message = StatusMessage(text: "Everything is written; q quits.", role: .dim)
            return []
        }
        guard let previous = history.popLast() else {
            message = StatusMessage(text: "This is the first step; q quits.", role: .dim)
            return []
        }
        // A step opened from the review's step list returns to a review of the answers as they are now.
        if previous == .review { return goToReview() }
        step = previous
        // Back where the operator left the step, e.g. on the field the review sent them to fix.
        focus = min(lastFocus[previous] ?? 0, max(0, items.count - 1))
        review = nil
        cursorsToEnd()
        return []
    }

    /// Enter: choose and go on, unless this step's errors refuse it.
    mutating func goOn() -> [Effect] {
        switch step {
        case .start:
            switch startAction {
            case .external, .nodeport:
                applyStartMode()
                move(to: startAction == .external ? .domain : .nodePorts)
            case .exportDNS:
                exportOnly = true
                move(to: .done)
            case .verify:
                return openVerify()
            }
            return []
        case .review:
            return confirm()
        case .done:
            return export()
        default:
            let errors = findings(for: step).errors
            if let first = errors.first {
                // The field is named by its label; the hint then needs no name for it.
                let words = FindingWords(self)
                message = StatusMessage(text: "Can't go on: \(words.line(first))"
                                        + (first.hint.map { " Hint: " + words.hint($0, under: first.subject.fieldKey) } ?? ""), role: .error)
                return []
            }
            // PEM files are read by the shell: the step is left once they have been checked.
            if step == .certificates, config.tlsSource == .files || config.sandboxTLSSource == .files,
               let plan = analysis.plan, !analysis.partial {
                return [.checkCertificates(plan: plan)]
            }
            return advance()
        }
    }

    /// The next step of the flow (the review is computed on arrival).
    mutating func advance() -> [Effect] {
        let flow = Step.flow(for: config.mode)
        guard let index = flow.firstIndex(of: step), index + 1 < flow.count else { return [] }
        if flow[index + 1] == .review { return goToReview() }
        move(to: flow[index + 1])
        return []
    }

    /// Ctrl-S or the last question: the diff and the files, computed by the core; nothing written.
    mutating func goToReview() -> [Effect] {
        move(to: .review)
        switch workspace.updatedFile(with: config) {
        case .failure(let failure):
            review = Review(diff: "", updated: nil, diagnostics: failure.diagnostics.bySeverity)
            return []
        case .success(let updated):
            review = Review(diff: workspace.diff(to: updated), updated: updated, diagnostics: analysis.diagnostics)
            guard let plan = Plan.make(config).0.map(withRemovals) else { return [] }
            return [.prepareOutput(plan: plan, folder: outFolder)]
        }
    }
}
