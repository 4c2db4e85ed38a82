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
                // The notes of one list start in one column.
                let noteColumn = choices.filter { $0.note != nil }.map { DisplayWidth.of($0.label) }.max() ?? 0
                for choice in choices {
                    let on = choice.value == selected
                    if on && focused { selectedRow = lines.count }
                    lines += choiceLines(choice, on: on, focused: focused, width: width, noteColumn: noteColumn)
                }
            }
            if case .key(let key) = item.id {
                // What the cluster proposed for this field, or shows to pick from.
                lines += ClusterView.proposalLines(state, key, width: width)
                // By identity: the findings about this key, and about the file it names.
                for d in state.analysis.diagnostics + state.certificateFindings
                where d.subject.fieldKey == key && d.severity != .note {
                    lines += diagnosticLines(d, width: width, words: words)
                }
                lines += ClusterView.fieldLines(state, key, width: width, words: words)
            }
            focusRange = focused ? first..<lines.count : focusRange
            lines.append(StyledLine())
        }
        if state.items.isEmpty, !lines.isEmpty { lines.append(StyledLine()) }
        lines += ClusterView.stepLines(state, width: width, words: words)
        var offset = max(0, min(focusRange.upperBound - height, focusRange.lowerBound))
        if let row = selectedRow, row >= offset + height { offset = row - height + 1 }
        let visible = Array(lines.dropFirst(offset))
        let used = screen.put(visible, top: top, left: left, width: width, height: height)
        if let cursor, cursor.row >= offset, cursor.row - offset < height {
            screen.cursor = Position(row: top + cursor.row - offset, column: left + min(cursor.column, width - 1))
        }
        return used
    }

    /// A choice's label and note, never cut mid-word: the label wraps under itself, and a note
    /// that does not fit beside it goes on the next line.
    /// `noteColumn`: the label width the notes of the list line up after.
    static func choiceLines(_ choice: Choice, on: Bool, focused: Bool, width: Int, noteColumn: Int = 0) -> [StyledLine] {
        let mark = "  " + (on ? "(•) " : "( ) ")
        let labelRole: Role = on && focused ? .focus : .normal
        let parts = DisplayWidth.wrap(choice.label, width: max(8, width - 6))
        var out = parts.enumerated().map { i, part in
            StyledLine(spans: [(i == 0 ? mark : "      ", .normal), (part, labelRole)])
        }
        if let note = choice.note {
            let last = DisplayWidth.of(parts.last ?? "")
            let pad = parts.count == 1 ? max(0, noteColumn - last) : 0
            if 6 + last + pad + 2 + DisplayWidth.of(note) <= width {
                out[out.count - 1].spans.append((String(repeating: " ", count: pad) + "  " + note, .dim))
            } else {
                out += DisplayWidth.wrap(note, width: max(8, width - 8)).map { StyledLine("        " + $0, .dim) }
            }
        }
        return out
    }

    /// Columns for a text field's label beside it; longer labels are cut with "…".
    static let labelRoom = 26

    /// A finding under its field, in the wizard's words: under its own field a key finding needs
    /// no name; a file's finding names the file; elsewhere (`showingSubject`) the subject leads.
    /// `clusterMark`: the finding is discover's, read from the cluster, not about the answers.
    static func diagnosticLines(_ d: Diagnostic, width: Int, words: FindingWords, showingSubject: Bool = false,
                                clusterMark: Bool = false) -> [StyledLine] {
        // The cluster's notes show (the answers' notes never reach a field), marked as notes.
        let note = clusterMark && d.severity == .note
        let mark = (d.severity == .error ? "✗ " : note ? "· " : "! ") + (clusterMark ? "from the cluster: " : "")
        var text = d.message
        if showingSubject {
            text = words.line(d)
        } else if case .file = d.subject {
            text = "\(words.subject(d.subject)): \(d.message)"
        }
        let role: Role = d.severity == .error ? .error : note ? .dim : .warning
        var out = StyledLine("  " + mark + text, role).wrapped(width, indent: 4)
        if let hint = d.hint {
            out += StyledLine("    " + words.hint(hint, under: showingSubject ? nil : d.subject.fieldKey), .dim).wrapped(width, indent: 4)
        }
        return out
    }

    static func intro(_ state: WizardState) -> [StyledLine] { state.step.page.intro(state) }
}
