import IngressCore

/// The form of a step: intro, inputs, and each input's findings right under it.
enum FormView {
    /// Draws into the rectangle; returns the rows used. Scrolls so the focused input shows.
    @discardableResult
    static func draw(_ state: WizardState, into screen: inout Screen, top: Int, left: Int, width: Int, height: Int) -> Int {
        guard width > 4, height > 0 else { return 0 }
        var lines = intro(state).flatMap { $0.wrapped(width, indent: 0) }
        var focusRange = 0..<0
        var cursor: Position?
        /// The focused choice list's selected line: it must stay visible when the list is taller than the room.
        var selectedRow: Int?
        let words = FindingWords(state)
        for (index, item) in state.items.enumerated() {
            let focused = index == state.focus
            let first = lines.count
            let marker = (focused ? "▸ " : "  ", Role.focus)
            let label = (item.label, focused ? Role.title : Role.normal)
            switch item.kind {
            case .text:
                // Wide forms put the label beside the field; narrow ones above it.
                let inline = width >= 64
                let labelWidth = inline ? labelRoom + 4 : 2
                if !inline { lines.append(StyledLine(spans: [marker, label])) }
                let field = state.text(of: item.id)
                let fieldWidth = width - labelWidth - 2
                let (shown, cursorColumn) = field.visible(width: fieldWidth)
                let padding = String(repeating: focused ? " " : "_", count: max(0, fieldWidth - DisplayWidth.of(shown)))
                let prefix: [(text: String, role: Role)] = inline
                    ? [marker, (DisplayWidth.truncate(item.label, to: labelWidth - 4).padded(to: labelWidth - 2), label.1)] : [("  ", .normal)]
                lines.append(StyledLine(spans: prefix + [(shown + padding, focused ? .focus : .normal)]))
                if focused { cursor = Position(row: lines.count - 1, column: labelWidth + cursorColumn) }
            case .choice(let choices):
                lines.append(StyledLine(spans: [marker, label]))
                let selected = state.selectedValue(item.id)
                for choice in choices {
                    let on = choice.value == selected
                    if on && focused { selectedRow = lines.count }
                    var spans: [(text: String, role: Role)] = [("  " + (on ? "(•) " : "( ) "), .normal),
                                                               (choice.label, on && focused ? .focus : .normal)]
                    if choice.marked { spans.append((" *", .warning)) }
                    if let note = choice.note { spans.append(("  " + note, .dim)) }
                    lines.append(StyledLine(spans: spans))
                }
                if choices.contains(where: \.marked) {
                    lines.append(StyledLine("  * not rendered yet: values.env only, no manifests", .dim))
                }
            }
            if case .key(let key) = item.id {
                // By identity: the findings about this key, and about the file it names.
                for d in state.analysis.diagnostics + state.certificateFindings
                where d.subject.fieldKey == key && d.severity != .note {
                    lines += diagnosticLines(d, width: width, words: words)
                }
            }
            focusRange = focused ? first..<lines.count : focusRange
            lines.append(StyledLine())
        }
        if state.items.isEmpty, !lines.isEmpty { lines.append(StyledLine()) }
        var offset = max(0, min(focusRange.upperBound - height, focusRange.lowerBound))
        if let row = selectedRow, row >= offset + height { offset = row - height + 1 }
        let visible = Array(lines.dropFirst(offset))
        let used = screen.put(visible, top: top, left: left, width: width, height: height)
        if let cursor, cursor.row >= offset, cursor.row - offset < height {
            screen.cursor = Position(row: top + cursor.row - offset, column: left + min(cursor.column, width - 1))
        }
        return used
    }

    /// Columns for a text field's label beside it; longer labels are cut with "…".
    static let labelRoom = 26

    /// A finding under its field, in the wizard's words: under its own field a key finding needs
    /// no name; a file's finding names the file; elsewhere (`showingSubject`) the subject leads.
    static func diagnosticLines(_ d: Diagnostic, width: Int, words: FindingWords, showingSubject: Bool = false) -> [StyledLine] {
        let mark = d.severity == .error ? "✗ " : "! "
        var text = d.message
        if showingSubject {
            text = words.line(d)
        } else if case .file = d.subject {
            text = "\(words.subject(d.subject)): \(d.message)"
        }
        var out = StyledLine("  " + mark + text, d.severity == .error ? .error : .warning).wrapped(width, indent: 4)
        if let hint = d.hint {
            out += StyledLine("    " + words.hint(hint, under: showingSubject ? nil : d.subject.fieldKey), .dim).wrapped(width, indent: 4)
        }
        return out
    }

    static func intro(_ state: WizardState) -> [StyledLine] {
        switch state.step {
        case .start:
            var out: [StyledLine] = []
            if state.workspace.exists {
                let mode = state.original.mode?.rawValue ?? state.original[.ingressMode]
                var what = "Found \(state.workspace.valuesPath): the platform is in \(mode) mode"
                if state.original.mode == .external, !state.original[.tosHost].isEmpty {
                    let host = state.original[.tosHost]
                    // An IDN reads as the operator knows it, with the form values.env holds.
                    what += " on \(DomainName.analyze(host).0?.displayed ?? host) with \(state.original.controller?.rawValue ?? state.original[.controller])"
                }
                out.append(StyledLine(what + ".", .ok))
                out.append(StyledLine("Re-running can switch the mode, change the domain, controller, certificates or TURN"
                                      + (state.canExportOnly ? ", or only export the DNS sheet." : "."), .dim))
            } else {
                out.append(StyledLine("No \(state.workspace.valuesPath) yet: a first install, starting from the built-in defaults."))
            }
            // values.env's own findings name the line ("values.env:2").
            let words = FindingWords(state)
            for d in state.fileDiagnostics { out += diagnosticLines(d, width: 200, words: words, showingSubject: true) }
            out.append(StyledLine())
            return out
        case .domain:
            return [StyledLine("Where operators open the platform, e.g. nap.acme.com.", .dim), StyledLine()]
        case .controller:
            return [StyledLine("The controller that already runs in your cluster.", .dim), StyledLine()]
        case .controllerOptions:
            var out = [StyledLine("For \(state.config.controller?.displayName ?? state.config[.controller]); an empty field uses its default, where it has one.", .dim)]
            if state.config.controller == .gatewayAPI {
                out.append(StyledLine("With no Gateway name nap-ingress renders a Gateway of the GatewayClass; with one, the routes attach to that existing Gateway.", .dim))
            }
            return out + [StyledLine()]
        case .entry:
            return [StyledLine("Where DNS sends users; empty leaves placeholders in the DNS sheet.", .dim), StyledLine()]
        case .certificates:
            return [StyledLine("Where the two TLS Secrets come from.", .dim), StyledLine()]
        case .turn:
            return [StyledLine("TURN is UDP and never goes through the HTTP ingress.", .dim), StyledLine()]
        case .nodePorts:
            return [StyledLine("The platform's default exposure: three ports on every node.", .dim), StyledLine()]
        case .review, .done:
            return [StyledLine("Export the DNS sheet", .title)]
        }
    }
}
