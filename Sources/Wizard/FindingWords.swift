import IngressCore

/// How the wizard words a finding: fields by their labels, never by command-line flags.
/// The core's findings carry identity (keys, files, Secrets); this is their presentation here.
struct FindingWords {
    /// The label each key's field has on the current answers (a step may word it for the controller).
    let labels: [OwnedKey: String]

    init(_ state: WizardState) {
        var labels: [OwnedKey: String] = [:]
        for spec in KeyRegistry.all { labels[spec.key] = spec.label }
        for step in Step.allCases where step != .done {
            for item in state.items(for: step) {
                if case .key(let key) = item.id { labels[key] = item.label }
            }
        }
        self.labels = labels
    }

    func label(_ key: OwnedKey) -> String { labels[key] ?? key.spec.label }

    /// The subject as the wizard names it: `Main domain`, `file certs/main.pem`, `Secret nap/nap-tls-cert`.
    func subject(_ subject: FindingSubject) -> String {
        switch subject {
        case .keys(let keys): keys.map(label).joined(separator: ", ")
        case .file(let path, let line, _): line.map { "\(path) line \($0)" } ?? "file \(path)"
        case .secret(let namespace, let name): "Secret \(namespace)/\(name)"
        case .route(let host): "route \(host)"
        case .outputFolder(let path): "output folder \(path)"
        case .cluster(let what, _): what
        }
    }

    /// The hint in the wizard's words. Under its own field a key needs no name: `e.g. 203.0.113.10`;
    /// another field is named by its label after the value, so the hint still reads as a sentence:
    /// `e.g. 203.0.113.20 in “External IP for clients”` (not `e.g. “External IP for clients” 203.0.113.20`).
    func hint(_ hint: FindingHint, under own: OwnedKey?) -> String {
        // Two settings side by side (a command line's `--turn-port 32666 --turn-relay-ports …`) read
        // as a list of values to type: "32666 in “TURN port” and 32667-32767 in “Relay ports”".
        var parts = hint.parts
        for i in parts.indices.dropFirst().dropLast() where parts[i] == .text(" ") {
            if case .setting = parts[i - 1], case .setting = parts[i + 1] { parts[i] = .text(" and ") }
        }
        return FindingHint(parts: parts).rendered { part in
            switch part {
            case .text(let text): text
            case .key(let key): key == own ? "this field" : "“\(label(key))”"
            case .setting(let key, let value): key == own ? value : "\(value) in “\(label(key))”"
            case .clear(let key): key == own ? "empty this field" : "empty “\(label(key))”"
            }
        }
    }

    /// One line for the status bar or the review: `Main domain: message`.
    func line(_ d: Diagnostic) -> String { "\(subject(d.subject)): \(d.message)" }
}
