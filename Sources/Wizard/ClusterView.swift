import IngressCore

/// What the cluster said, where the operator looks: a proposal marked on its field with where
/// it was seen, the other answers the cluster shows (Ctrl-N picks one), and discover's
/// findings on the step they concern and in the review, always as "from the cluster".
/// Marks are words and a glyph, never colour alone (NO_COLOR shows the same).
enum ClusterView {
    /// The proposal mark, or the answers to pick from, under a key's field.
    static func proposalLines(_ state: WizardState, _ key: OwnedKey, width: Int) -> [StyledLine] {
        let found = state.candidates(for: key)
        func named(_ value: String) -> String {
            // A controller by its name without the details its choice shows ("Traefik v3").
            guard key == .controller, let name = IngressControllerKind(rawValue: value)?.displayName else { return value }
            return name.components(separatedBy: " (").first ?? name
        }
        let text: String
        let role: Role
        if let proposal = state.proposal(for: key) {
            let more = found.count > 1 ? " · Ctrl-N: next of \(found.count)" : ""
            text = "◆ proposed from the cluster: \(proposal.source)\(more)"
            role = .ok
        } else if found.count == 1, found[0].value != state.config[key] {
            // Where it was seen shows once it is filled in; here the value is enough to decide.
            text = "◇ the cluster shows \(named(found[0].value)) · Ctrl-N fills it in"
            role = .dim
        } else if found.count > 1 {
            text = "◇ the cluster shows \(found.count): \(found.map { named($0.value) }.joined(separator: ", ")) · Ctrl-N picks the next"
            role = .dim
        } else {
            return []
        }
        return StyledLine("  " + text, role).wrapped(width, indent: 4)
    }

    /// Discover's findings, as the core made them (nil subject words: the wizard names them).
    static func findings(_ state: WizardState) -> [Diagnostic] {
        state.discoveryReport?.findings.map(\.diagnostic) ?? []
    }

    /// The step a cluster finding concerns, by its subject: the step of its key or of the answer
    /// the core says it informs; Secrets the certificates step; anything else the controller step.
    static func step(for d: Diagnostic) -> Step {
        if let key = d.subject.fieldKey ?? d.subject.clusterConcern, let step = Step.owning(key) { return step }
        if case .secret = d.subject { return .certificates }
        return .controller
    }

    /// The cluster's findings about one field, under it.
    static func fieldLines(_ state: WizardState, _ key: OwnedKey, width: Int, words: FindingWords) -> [StyledLine] {
        findings(state).filter { $0.subject.fieldKey == key }.flatMap { d in
            FormView.diagnosticLines(d, width: width, words: words, clusterMark: true)
        }
    }

    /// The cluster's findings for the current step that have no field on it, under the form.
    static func stepLines(_ state: WizardState, width: Int, words: FindingWords) -> [StyledLine] {
        let shown = Set(state.items.compactMap { item -> OwnedKey? in if case .key(let key) = item.id { key } else { nil } })
        let here = findings(state).filter { d in
            step(for: d) == state.step && !(d.subject.fieldKey.map(shown.contains) ?? false)
        }
        guard !here.isEmpty else { return [] }
        return [StyledLine("From the cluster (read through kubectl):", .title)]
            + here.flatMap { FormView.diagnosticLines($0, width: width, words: words, showingSubject: true) } + [StyledLine()]
    }

    /// The review's group of cluster findings, by step like the others; they never block writing.
    static func reviewLines(_ state: WizardState, width: Int) -> [StyledLine] {
        let all = findings(state)
        guard !all.isEmpty else { return [] }
        let words = FindingWords(state)
        let order = Step.allCases
        let sorted = all.enumerated().sorted { a, b in
            let (sa, sb) = (order.firstIndex(of: step(for: a.element)) ?? 0, order.firstIndex(of: step(for: b.element)) ?? 0)
            return (sa, a.element.severity, a.offset) < (sb, b.element.severity, b.offset)
        }.map(\.element)
        var out = StyledLine("From the cluster: \(all.count) finding(s) read through kubectl; they do not block writing", .title).wrapped(width, indent: 2)
        for d in sorted {
            let (mark, role): (String, Role) = switch d.severity {
            case .error: ("✗", .error)
            case .warning: ("!", .warning)
            case .note: ("·", .dim)
            }
            out += StyledLine("  \(mark) \(step(for: d).title) › \(words.line(d))", role).wrapped(width, indent: 4)
            if let hint = d.hint {
                out += StyledLine("      " + words.hint(hint, under: nil), .dim).wrapped(width, indent: 2)
            }
        }
        return out + [StyledLine()]
    }
}
