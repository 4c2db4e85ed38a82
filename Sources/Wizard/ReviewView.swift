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
        if !diagnostics.isEmpty {
            out.append(StyledLine("Findings: \(errors.count) error(s), \(warnings.count) warning(s)", .title))
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
                // A note's hint is what to do about it (trust the new CA); on its own line.
                if d.severity == .note, let hint = d.hint {
                    out += StyledLine("      " + words.hint(hint, under: nil), .dim).wrapped(width, indent: 2)
                }
            }
            out.append(StyledLine())
        }
        guard review.updated != nil else { return out }
        if let summary = review.output?.summary {
            out.append(StyledLine("\(state.outFolder)/", .title))
            for (label, names, role) in [("write ", summary.written, Role.ok), ("same  ", summary.unchanged, .dim), ("remove", summary.removed, .warning)]
            where !names.isEmpty {
                out += StyledLine("  \(label)  " + names.joined(separator: ", "), role).wrapped(width, indent: 8)
            }
            out.append(StyledLine())
        }
        out.append(StyledLine("\(state.workspace.valuesPath)" + (state.workspace.exists ? " (previous version kept as .bak)" : " (new file)"), .title))
        if review.diff.isEmpty {
            out.append(StyledLine("  already holds these answers; unchanged", .dim))
        } else {
            for line in review.diff.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                let role: Role = line.hasPrefix("+++") || line.hasPrefix("---") ? .dim
                    : line.hasPrefix("+") ? .ok : line.hasPrefix("-") ? .error : line.hasPrefix("@@") ? .dim : .normal
                // Wrapped, not cut: a hidden tail of a changed line would be a surprise.
                out += StyledLine("  " + expandingTabs(line), role).wrapped(width, indent: 2)
            }
        }
        return out
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
        let scroll = min(state.review?.scroll ?? 0, max(0, all.count - height))
        return Array(all.dropFirst(scroll))
    }
}
