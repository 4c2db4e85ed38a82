import IngressCore

/// The wizard as a pure state machine: `update` reacts to an event, `view` draws a state.
public enum Wizard {
    /// Below this size the wizard asks for a larger window.
    public static let minimumSize = Size(width: 80, height: 24)
    /// From this width the preview sits beside the form.
    public static let sideBySideWidth = 100

    /// The next state and the effects the shell must run (in order).
    public static func update(_ state: WizardState, _ event: Event) -> (WizardState, [Effect]) {
        var s = state
        let effects: [Effect]
        switch event {
        case .resized:
            effects = []
        case .finished(let outcome):
            effects = s.finish(outcome)
        case .key(let key):
            effects = s.handle(key)
        }
        return (s, effects)
    }

    /// The screen for `state` at `size`.
    public static func view(_ state: WizardState, _ size: Size) -> Screen {
        WizardView.render(state, size)
    }
}

extension WizardState {
    mutating func handle(_ key: Key) -> [Effect] {
        if let status = confirmQuit {
            switch key {
            case .character("y"), .character("Y"): return [.quit(status: status)]
            case .character("n"), .character("N"), .escape: confirmQuit = nil
            case .control("c"): return [.quit(status: status)]
            default: break
            }
            return []
        }
        if showHelp || showPreview {
            showHelp = false
            showPreview = false
            return []
        }
        if writing { return [] }
        message = nil
        if key != .enter { confirmReplace = nil }
        let item = items.indices.contains(focus) ? items[focus] : nil
        switch key {
        case .control("c"): return requestQuit(status: report == nil ? 130 : 0)
        case .help:
            showHelp = true
            return []
        case .control("p"):
            showPreview = ![.review, .done].contains(step)
            return []
        case .control("s"):
            return step == .review || step == .done ? [] : goToReview()
        case .tab:
            moveFocus(+1)
            return []
        case .down where item?.isText == true:
            moveFocus(+1)
            return []
        case .backTab:
            moveFocus(-1)
            return []
        case .up where item?.isText == true:
            moveFocus(-1)
            return []
        case .enter:
            return goOn()
        case .escape:
            goBack()
            return []
        default: break
        }
        guard let item else { return handleWithoutItem(key) }
        if item.isText {
            return edit(item, key)
        }
        return choose(item, key)
    }

    /// Keys on a screen without inputs (review, a done screen without export).
    private mutating func handleWithoutItem(_ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return requestQuit(status: 0)
        case .character("?"): showHelp = true
        case .backspace: goBack()
        case .down: scroll(by: 1)
        case .up: scroll(by: -1)
        case .pageDown: scroll(by: 10)
        case .pageUp: scroll(by: -10)
        case .home: scroll(by: -Int.max / 2)
        case .end: scroll(by: Int.max / 2)
        default: break
        }
        return []
    }

    private mutating func scroll(by lines: Int) {
        guard var review else { return }
        // Bounded by the review's length (at 80 columns) so that ↑ answers at once after many ↓.
        let length = ReviewView.lines(self, width: Wizard.minimumSize.width - 4).count
        review.scroll = min(max(0, review.scroll + lines), max(0, length - 1))
        self.review = review
    }

    private mutating func edit(_ item: FormItem, _ key: Key) -> [Effect] {
        var field = text(of: item.id)
        switch key {
        case .character("?") where !item.takesQuestionMark:
            showHelp = true
            return []
        case .character(let c): field.insert(String(c))
        case .text(let t): field.insert(t)
        case .backspace:
            if field.isEmpty {
                goBack()
                return []
            }
            field.backspace()
        case .delete: field.deleteForward()
        case .left: field.moveLeft()
        case .right: field.moveRight()
        case .home, .control("a"): field.home()
        case .end, .control("e"): field.end()
        case .control("u"): field.deleteToStart()
        default: return []
        }
        let changed = field.text != text(of: item.id).text
        fields[item.id] = field
        if changed { setText(field.text, for: item.id) }
        return []
    }

    /// An edited text goes into the answers at once, so the preview follows every keystroke.
    private mutating func setText(_ text: String, for id: FieldID) {
        switch id {
        case .key(.tosHost): config.setMainDomain(text)
        case .key(let key): config[key] = text
        case .exportPath, .startAction, .exportFormat: return
        }
        analyze()
        // A field shown only for its finding goes once cleared; keep the focus on the form.
        focus = min(focus, max(0, items.count - 1))
    }

    private mutating func choose(_ item: FormItem, _ key: Key) -> [Effect] {
        guard case .choice(let choices) = item.kind else { return [] }
        let current = choices.firstIndex { $0.value == selectedValue(item.id) } ?? 0
        switch key {
        case .up, .left: select(choices[max(0, current - 1)].value, for: item.id)
        case .down, .right: select(choices[min(choices.count - 1, current + 1)].value, for: item.id)
        case .home: select(choices[0].value, for: item.id)
        case .end: select(choices[choices.count - 1].value, for: item.id)
        case .character(let c) where c.isNumber:
            if let n = c.wholeNumberValue, (1...choices.count).contains(n) { select(choices[n - 1].value, for: item.id) }
        case .character("q"): return requestQuit(status: 0)
        case .character("?"): showHelp = true
        case .backspace: goBack()
        default: break
        }
        return []
    }

    private mutating func select(_ value: String, for id: FieldID) {
        guard selectedValue(id) != value else { return }
        switch id {
        case .key(let key):
            config[key] = value
            analyze()
        case .startAction: startAction = StartAction(rawValue: value) ?? .external
        case .exportFormat:
            let previous = exportFormat
            exportFormat = DNSSheetFormat(rawValue: value) ?? .markdown
            // Follow the format while the operator has not named the file themselves.
            if text(of: .exportPath).text == previous.fileName { fields[.exportPath] = TextField(exportFormat.fileName) }
        case .exportPath: break
        }
    }

    private mutating func moveFocus(_ delta: Int) {
        let count = items.count
        guard count > 0 else { return }
        focus = (focus + delta + count) % count
        // A field entered with Tab starts with the cursor at its end, so Ctrl-U clears it all.
        let id = items[focus].id
        if items[focus].isText, var field = fields[id] {
            field.end()
            fields[id] = field
        }
    }

    private mutating func requestQuit(status: Int32) -> [Effect] {
        if hasChanges && report == nil {
            confirmQuit = status
            return []
        }
        return [.quit(status: status)]
    }

    private mutating func move(to next: Step) {
        lastFocus[step] = focus
        history.append(step)
        step = next
        focus = 0
        showHelp = false
    }

    private mutating func goBack() {
        guard step != .done || report == nil else {
            message = StatusMessage(text: "Everything is written; q quits.", role: .dim)
            return
        }
        guard let previous = history.popLast() else {
            message = StatusMessage(text: "This is the first step; q quits.", role: .dim)
            return
        }
        step = previous
        // Back where the operator left the step, e.g. on the field the review sent them to fix.
        focus = min(lastFocus[previous] ?? 0, max(0, items.count - 1))
        review = nil
    }

    /// Enter: choose and go on, unless this step's errors refuse it.
    private mutating func goOn() -> [Effect] {
        switch step {
        case .start:
            switch startAction {
            case .external, .nodeport:
                let mode: IngressMode = startAction == .external ? .external : .nodeport
                if config.mode != mode {
                    config[.ingressMode] = mode.rawValue
                    analyze()
                }
                move(to: mode == .external ? .domain : .nodePorts)
            case .exportDNS:
                exportOnly = true
                move(to: .done)
            }
            return []
        case .review:
            return confirm()
        case .done:
            return export()
        default:
            let errors = findings(for: step).errors
            if let first = errors.first {
                message = StatusMessage(text: "Can't go on: \(first.message)" + (first.hint.map { " Hint: \($0)" } ?? ""), role: .error)
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
    private mutating func advance() -> [Effect] {
        let flow = Step.flow(for: config.mode)
        guard let index = flow.firstIndex(of: step), index + 1 < flow.count else { return [] }
        if flow[index + 1] == .review { return goToReview() }
        move(to: flow[index + 1])
        return []
    }

    /// Ctrl-S or the last question: the diff and the files, computed by the core; nothing written.
    private mutating func goToReview() -> [Effect] {
        move(to: .review)
        switch workspace.updatedFile(with: config) {
        case .failure(let failure):
            review = Review(diff: "", updated: nil, diagnostics: failure.diagnostics.sorted { $0.severity < $1.severity })
            return []
        case .success(let updated):
            review = Review(diff: workspace.diff(to: updated), updated: updated, diagnostics: analysis.diagnostics)
            guard let plan = Plan.make(config).0 else { return [] }
            return [.prepareOutput(plan: plan, folder: outFolder)]
        }
    }

    private mutating func confirm() -> [Effect] {
        guard let (updated, files) = review?.writable else {
            message = StatusMessage(text: "Can't write: fix the errors listed above first (Esc goes back).", role: .error)
            return []
        }
        writing = true
        message = StatusMessage(text: "Writing…", role: .dim)
        return [.write(WriteRequest(workspace: workspace, updated: updated, files: files, folder: outFolder))]
    }

    private mutating func export() -> [Effect] {
        guard let plan = analysis.plan, plan.domain != nil, !analysis.partial else {
            message = StatusMessage(text: "There is no valid main domain, so there is no DNS sheet to export.", role: .error)
            return []
        }
        let path = text(of: .exportPath).text.trimmingSpaces
        guard !path.isEmpty else {
            message = StatusMessage(text: "Type a file name for the DNS sheet first.", role: .error)
            return []
        }
        // A second Enter on the same name, right after being asked, replaces the file.
        let replace = confirmReplace == path
        confirmReplace = nil
        return [.exportSheet(SheetExport(path: path, contents: exportFormat.format(plan), replace: replace,
                                         valuesPath: workspace.valuesPath, outFolder: outFolder))]
    }

    mutating func finish(_ outcome: EffectOutcome) -> [Effect] {
        switch outcome {
        case .outputPrepared(let output):
            review?.output = output
        case .certificatesChecked(let findings):
            certificateFindings = findings
            if let first = findings.errors.first {
                let more = findings.errors.count > 1 ? " (and \(findings.errors.count - 1) more, listed above)" : ""
                message = StatusMessage(text: "Can't go on: \(first.field): \(first.message)\(more)", role: .error)
                // Put the operator on the file that needs fixing (its findings show under it).
                if let index = items.firstIndex(where: { item in
                    if case .key(let key) = item.id { return first.field.hasPrefix(key.rawValue + "=") }
                    return false
                }) { focus = index }
                return []
            }
            if step == .certificates { return advance() }
        case .written(let written):
            writing = false
            report = written
            original = config
            history = []
            step = .done
            focus = 0
            message = StatusMessage(text: "Written. Export the DNS sheet below, or q to quit.", role: .ok)
        case .writeFailed(let reason):
            writing = false
            message = StatusMessage(text: "Nothing written: \(reason)", role: .error)
        case .exported(let path):
            message = StatusMessage(text: "Wrote the \(exportFormat.rawValue) DNS sheet to \(path).", role: .ok)
        case .exportWouldReplace(let path):
            confirmReplace = path
            message = StatusMessage(text: "\(path) exists: Enter again replaces it; or change the name.", role: .warning)
        case .exportFailed(let reason):
            message = StatusMessage(text: "Could not export: \(reason)", role: .error)
        }
        return []
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
