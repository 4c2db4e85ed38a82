import IngressCore

/// Text fields and choice lists: what a key does to the focused input.
extension WizardState {
    mutating func edit(_ item: FormItem, _ key: Key) -> [Effect] {
        var field = text(of: item.id)
        switch key {
        case .character("?") where !item.takesQuestionMark:
            overlay = .help
            return []
        case .character(let c): field.insert(String(c))
        case .text(let t): field.insert(t)
        case .backspace:
            // Backspace edits, never leaves the step (only Esc goes back): say so rather than surprise.
            if field.isEmpty { message = StatusMessage(text: "The field is empty; Esc goes back a step.", role: .dim) }
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
    mutating func setText(_ text: String, for id: FieldID) {
        switch id {
        case .key(.tosHost): config.setMainDomain(text)
        case .key(let key):
            config[key] = text
            // Typed over: the answer is the operator's now, no longer the cluster's proposal.
            proposals[key] = nil
        case .exportPath, .startAction, .exportFormat: return
        }
        analyze()
        // A field shown only for its finding goes once cleared; keep the focus on the form.
        focus = min(focus, max(0, items.count - 1))
    }

    mutating func choose(_ item: FormItem, _ key: Key) -> [Effect] {
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
        case .character("?"): overlay = .help
        default: break
        }
        return []
    }

    mutating func select(_ value: String, for id: FieldID) {
        guard selectedValue(id) != value else { return }
        switch id {
        case .key(.controller):
            switchController(to: value)
            controllerChosen()
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
}
