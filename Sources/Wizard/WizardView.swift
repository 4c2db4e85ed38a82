import IngressCore

/// Draws a state: title bar, form and preview (side by side from 100 columns, stacked
/// below), a status line and the key legend.
enum WizardView {
    static func render(_ state: WizardState, _ size: Size) -> Screen {
        var screen = Screen(size: size)
        if case .nextSteps(let scroll) = state.overlay, size.width >= Wizard.nextStepsMinimum.width, size.height >= Wizard.nextStepsMinimum.height {
            titleBar(state, &screen)
            NextStepsView.draw(state, scroll: scroll, into: &screen)
            statusLine(state, &screen)
            legend(state, &screen)
            return screen
        }
        guard Wizard.fits(size) else {
            tooSmall(&screen)
            return screen
        }
        let w = size.width, h = size.height
        titleBar(state, &screen)
        let bodyTop = 2, bodyHeight = h - 4
        if state.showHelp {
            let lines = [StyledLine("Help: \(state.step.title)", .title), StyledLine()]
                + state.step.help.flatMap { [StyledLine($0), StyledLine()] }.flatMap { $0.wrapped(w - 4, indent: 0) }
                + StyledLine(Self.keysHelp, .dim).wrapped(w - 4, indent: 0)
                + [StyledLine(), StyledLine("Press any key to close this help.", .dim)]
            screen.put(lines, top: bodyTop, left: 2, width: w - 4, height: bodyHeight)
        } else if state.overlay == .verifying, let run = state.verify {
            screen.put(VerifyView.lines(run, width: w - 4), top: bodyTop, left: 2, width: w - 4, height: bodyHeight, more: "make the window taller")
        } else if state.step == .review {
            screen.put(ReviewView.scrolled(state, width: w - 4, height: bodyHeight), top: bodyTop, left: 2, width: w - 4, height: bodyHeight,
                       more: "↓ or PgDn")
        } else if state.step == .done {
            let used = screen.put(DoneView.lines(state, width: w - 4), top: bodyTop, left: 2, width: w - 4, height: bodyHeight)
            FormView.draw(state, into: &screen, top: bodyTop + used + 1, left: 2, width: min(w - 4, 70), height: bodyHeight - used - 1)
        } else if state.showPreview {
            screen.put(Preview.lines(state, width: w - 4), top: bodyTop, left: 2, width: w - 4, height: bodyHeight, more: "make the window taller")
        } else if w >= Wizard.sideBySideWidth {
            let formWidth = min(60, max(46, (w - 3) * 45 / 100))
            FormView.draw(state, into: &screen, top: bodyTop, left: 2, width: formWidth, height: bodyHeight)
            let divider = formWidth + 3
            for row in bodyTop..<(bodyTop + bodyHeight) { screen.put("│", row: row, column: divider, role: .dim) }
            screen.put(Preview.lines(state, width: w - divider - 3), top: bodyTop, left: divider + 2, width: w - divider - 3, height: bodyHeight,
                       more: "^P shows the preview full screen")
        } else {
            // The last row is kept for the preview's divider, or for saying that it does not fit.
            let used = FormView.draw(state, into: &screen, top: bodyTop, left: 2, width: w - 4, height: bodyHeight - 1)
            let top = bodyTop + used + 1
            if top >= bodyTop + bodyHeight - 1 {
                // No room below the form: say so rather than let the preview vanish.
                let row = bodyTop + bodyHeight - 1
                screen.put(String(repeating: "─", count: w), row: row, column: 0, role: .dim)
                screen.put(" The preview does not fit: ^P shows it full screen ", row: row, column: 2, role: .title)
            } else {
                screen.put(String(repeating: "─", count: w), row: top - 1, column: 0, role: .dim)
                screen.put(" Preview (^P full screen) ", row: top - 1, column: 2, role: .title)
                screen.put(Preview.lines(state, width: w - 4, compact: true), top: top, left: 2, width: w - 4, height: bodyTop + bodyHeight - top,
                           more: "^P shows them")
            }
        }
        statusLine(state, &screen)
        legend(state, &screen)
        return screen
    }

    /// The keys every step shares, under each step's help.
    static let keysHelp = "Esc goes back a step (Backspace only edits a field); Ctrl-S jumps to the review; Ctrl-C quits at once and writes nothing; q (outside text fields) asks first when answers changed."

    static func tooSmall(_ screen: inout Screen) {
        let size = screen.size
        guard size.width > 0, size.height > 0 else { return }
        let text = "Make the window larger: the wizard needs \(Wizard.minimumSize.width)x\(Wizard.minimumSize.height), this one is \(size.width)x\(size.height). Ctrl-C quits."
        let lines = DisplayWidth.wrap(text, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            screen.put(line, row: top + i, column: max(0, (size.width - DisplayWidth.of(line)) / 2), role: .warning)
        }
    }

    static func titleBar(_ state: WizardState, _ screen: inout Screen) {
        screen.fill(row: 0, role: .title)
        let flow = Step.flow(for: state.step == .start ? (state.startAction == .nodeport ? .nodeport : .external) : state.config.mode)
        let position = flow.firstIndex(of: state.step).map { " (\($0 + 1)/\(flow.count))" } ?? ""
        let right = state.workspace.valuesPath + " → " + state.outFolder + " "
        let left = " nap-ingress · \(state.step.title)\(position)"
        screen.put(left, row: 0, column: 0, role: .title)
        // The paths keep their end (the file names) when the bar is too narrow for all of them.
        let room = screen.size.width - DisplayWidth.of(left) - 3
        var shown = right
        if DisplayWidth.of(shown) > room {
            while !shown.isEmpty, DisplayWidth.of(shown) > room - 1 { shown.removeFirst() }
            shown = "…" + shown
        }
        if room > 8 { screen.put(shown, row: 0, column: screen.size.width - DisplayWidth.of(shown), role: .title) }
    }

    static func statusLine(_ state: WizardState, _ screen: inout Screen) {
        let row = screen.size.height - 2
        if state.confirmQuit != nil {
            screen.fill(row: row, role: .warning)
            screen.put(" Discard your answers and quit? y = quit, n = stay", row: row, column: 0, role: .warning)
        } else if let message = state.message {
            // A long message takes the row above too rather than losing its end.
            let lines = DisplayWidth.wrap(message.text, width: screen.size.width - 2)
            if lines.count > 1 {
                screen.fill(row: row - 1, role: .normal)
                screen.put(lines[0], row: row - 1, column: 1, role: message.role)
                screen.put(DisplayWidth.truncate(lines.dropFirst().joined(separator: " "), to: screen.size.width - 2), row: row, column: 1, role: message.role)
            } else {
                screen.put(message.text, row: row, column: 1, role: message.role)
            }
        } else if let line = state.discoveryLine {
            screen.put(DisplayWidth.truncate(line, to: screen.size.width - 2), row: row, column: 1, role: .dim)
        }
    }

    /// The review's step-list keys, e.g. "2-7 step" (one step: "2 step").
    static func jumpKeys(_ state: WizardState) -> String {
        let numbers = WizardState.jumpTargets(for: state.config.mode).map(\.number)
        guard let first = numbers.first, let last = numbers.last else { return "" }
        return (first == last ? "\(first)" : "\(first)-\(last)") + " step"
    }

    static func legend(_ state: WizardState, _ screen: inout Screen) {
        let item = state.items.indices.contains(state.focus) ? state.items[state.focus] : nil
        var keys: [String]
        if state.showHelp {
            keys = ["any key: close help"]
        } else if state.showPreview {
            keys = ["any key: back to the form"]
        } else if state.confirmQuit != nil {
            keys = ["y quit", "n stay"]
        } else if state.readingNextSteps {
            keys = ["↑↓ PgUp/PgDn Home/End scroll", "Esc back", "^C quit"]
        } else if let run = state.verify, state.overlay == .verifying {
            keys = (run.problems.count > 1 ? ["↑↓ problem"] : []) + [run.finished ? "Esc back" : "Esc cancel", "^C quit"]
        } else {
            switch state.step {
            case .review:
                // Enter is offered only when it would write.
                // Home/End scroll too (help and README say so): the legend keeps room for n at 80 columns.
                keys = (state.review?.writable != nil ? ["Enter write"] : []) + ["↑↓ PgUp/PgDn scroll", jumpKeys(state)]
                    + (state.canViewNextSteps ? ["n next steps"] : []) + ["Esc back", "? help", "q quit"]
            case .done:
                keys = item == nil ? ["q quit"] : item?.isText == true ? ["Tab move", "Enter export", "F1 help", "^C quit"]
                    : ["Tab move", "↑↓ format", "Enter export", "? help", "q quit"]
                // Verify is offered once something live can be checked (Ctrl-V while a field takes letters).
                if state.canVerify { keys.insert(item?.isText == true ? "^V verify" : "v verify", at: item == nil ? 0 : 2) }
                if state.canViewNextSteps { keys.insert(item?.isText == true ? "^N next steps" : "n next steps", at: item == nil ? 0 : 2) }
            case .start: keys = ["↑↓ choose", "Enter go on", "^S review", "^P preview", "? help", "q quit"]
            default:
                if item?.isText == true {
                    keys = ["Tab/↑↓ move", "Enter next", "Esc back", item?.takesQuestionMark == true ? "F1 help" : "? help", "^S review", "^P preview", "^C quit"]
                } else {
                    keys = ["Tab move", "↑↓ choose", "Enter next", "Esc back", "? help", "^S review", "^P preview", "q quit"]
                }
            }
        }
        let row = screen.size.height - 1
        screen.fill(row: row, role: .dim)
        // Two spaces between keys when they fit, one when the window is narrow.
        let wide = " " + keys.joined(separator: "  ")
        screen.put(DisplayWidth.of(wide) <= screen.size.width ? wide : keys.joined(separator: " "), row: row, column: 0, role: .dim)
    }
}
