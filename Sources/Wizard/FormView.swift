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
                    if let note = choice.note { spans.append(("  " + note, .dim)) }
                    lines.append(StyledLine(spans: spans))
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

    static func intro(_ state: WizardState) -> [StyledLine] { state.step.page.intro(state) }
}
