import IngressCore

/// Where the background cluster discovery stands; the shell runs it, the wizard only shows it.
public enum DiscoveryStatus: Equatable, Sendable {
    /// No kubectl or no current context: the wizard works as without a cluster.
    case off
    /// Running; `frame` turns the spinner on every tick.
    case running(frame: Int)
    /// Done: what it found and which answers it filled in.
    case found(DiscoveryReport, proposed: [OwnedKey])
    /// The cluster could not be read (shown once, then the wizard goes on as without it).
    case failed(String)
}

extension WizardState {
    /// The report, once discovery has read the cluster.
    var discoveryReport: DiscoveryReport? {
        if case .found(let report, _) = discovery { report } else { nil }
    }

    /// What the cluster shows for a key under the chosen controller (empty without a report).
    func candidates(for key: OwnedKey) -> [DiscoveryCandidate] {
        discoveryReport?.candidates(for: key, controller: config[.controller]) ?? []
    }

    /// The proposal a key's field holds right now: discovery (or Ctrl-N) put it there and the
    /// operator has not typed over it.
    public func proposal(for key: OwnedKey) -> DiscoveryCandidate? {
        guard let proposal = proposals[key], proposal.value == config[key] else { return nil }
        return proposal
    }

    /// Whether discovery may fill `key`: values.env does not set it, the operator has not typed
    /// in it, and it holds what was loaded or something the cluster itself showed.
    private func open(_ key: OwnedKey, _ report: DiscoveryReport) -> Bool {
        guard !(workspace.exists && loaded.isSet(key)), fields[.key(key)] == nil else { return false }
        if config[key] == original[key] { return true }
        // A class or entry proposed for another controller (or set aside and restored) came from the cluster too.
        let controllers = Set(report.controllers.map(\.controller) + [config[.controller]])
        return controllers.contains { report.candidates(for: key, controller: $0).contains { $0.value == config[key] } }
    }

    /// Fills one key from the cluster when it shows exactly one answer; a proposal for another
    /// controller that this one does not share goes back to what was loaded. Returns whether it changed.
    private mutating func propose(_ key: OwnedKey, _ report: DiscoveryReport) -> Bool {
        guard open(key, report) else { return false }
        let found = report.candidates(for: key, controller: config[.controller])
        if found.count == 1 {
            let changed = config[key] != found[0].value
            config[key] = found[0].value
            proposals[key] = found[0]
            return changed
        }
        // None, or several to pick from with Ctrl-N: nothing guessed, and no stale proposal left.
        guard config[key] != original[key] else { return false }
        config[key] = original[key]
        proposals[key] = nil
        return true
    }

    /// The keys that follow the controller, proposed again for the one chosen now.
    private mutating func proposeForController(_ report: DiscoveryReport) -> [OwnedKey] {
        [OwnedKey.ingressClass, .entry].filter { propose($0, report) }
    }

    /// Fills in what the cluster shows for the answers the operator has not given: a key set
    /// in values.env, typed, or being edited is never changed.
    mutating func applyDiscovery(_ report: DiscoveryReport?, failure: String?) {
        guard let report else {
            // No failure to tell: there was no cluster to ask (no current context).
            discovery = failure.map { .failed($0) } ?? .off
            return
        }
        var proposed: [OwnedKey] = []
        // Several controllers are listed on the controller step, not guessed between.
        if let controller = report.proposal.controller, open(.controller, report),
           let candidate = report.candidates(for: .controller, controller: controller).first(where: { $0.value == controller }) {
            if config[.controller] != controller {
                config[.controller] = controller
                proposed.append(.controller)
            }
            proposals[.controller] = candidate
        }
        proposed += proposeForController(report)
        proposed += [OwnedKey.tlsIssuer, .turnGatewayClass].filter { propose($0, report) }
        discovery = .found(report, proposed: proposed)
        if !proposed.isEmpty { analyze() }
    }

    /// The cluster as read: judged against the answers now, then proposed from.
    mutating func applyReading(_ reading: ClusterReading) {
        self.reading = (reading, judgedAnswers)
        applyDiscovery(reading.report(for: config), failure: nil)
    }

    /// The answers a judgement of the cluster reads, as they are now.
    private var judgedAnswers: [OwnedKey: String] {
        Dictionary(uniqueKeysWithValues: ClusterReading.judgedKeys.map { ($0, config[$0]) })
    }

    /// The report judged again when an answer it reads changed (the domain typed after the
    /// reading, a TLS source chosen): its findings are about the answers on the screen.
    mutating func rejudgeCluster() {
        guard let reading, case .found(_, let proposed) = discovery else { return }
        let now = judgedAnswers
        guard reading.judgedWith != now else { return }
        self.reading = (reading.cluster, now)
        discovery = .found(reading.cluster.report(for: config), proposed: proposed)
    }

    /// After the operator chose a controller: its class and entry from the cluster, where open.
    mutating func controllerChosen() {
        guard let report = discoveryReport else { return }
        if !proposeForController(report).isEmpty { analyze() }
    }

    /// Ctrl-N on a field the cluster has answers for: the next one (the first when the field
    /// holds none of them), marked as a proposal like the ones filled in at the start.
    mutating func pickNextCandidate(_ item: FormItem?) {
        guard case .key(let key)? = item?.id, let report = discoveryReport else { return }
        let found = report.candidates(for: key, controller: config[.controller])
        guard !found.isEmpty else {
            message = StatusMessage(text: "The cluster shows nothing for this field.", role: .dim)
            return
        }
        let index = found.firstIndex { $0.value == config[key] }.map { ($0 + 1) % found.count } ?? 0
        let pick = found[index]
        if key == .controller {
            switchController(to: pick.value)
        } else {
            config[key] = pick.value
        }
        fields[.key(key)] = nil
        proposals[key] = pick
        if key == .controller { _ = proposeForController(report) }
        analyze()
        message = StatusMessage(text: "From the cluster (\(index + 1) of \(found.count)): \(pick.source).", role: .dim)
    }

    /// The shell started discovery in the background: the spinner shows until `.discovered` arrives.
    public mutating func startDiscovery() { discovery = .running(frame: 0) }

    /// Advances the spinner while discovery runs.
    mutating func tickDiscovery() {
        if case .running(let frame) = discovery { discovery = .running(frame: frame + 1) }
    }

    /// The status-line text for discovery, when there is nothing more urgent to say.
    public var discoveryLine: String? {
        switch discovery {
        case .off: return nil
        case .running(let frame):
            let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
            return "\(spinner[frame % spinner.count]) reading the cluster through kubectl (read-only)…"
        case .failed(let why):
            return "cluster not read: \(why); the wizard works without it."
        case .found(let report, let proposed):
            // The first fact of each, without its details: the line must fit 80 columns or so.
            func short(_ text: String) -> String { text.components(separatedBy: " (").first ?? text }
            var parts: [String] = []
            if let found = report.controllers.first(where: { $0.controller == report.proposal.controller }) {
                parts.append("\(found.controller) (\(short(found.evidence.first ?? "found")))")
            } else if report.controllers.count > 1 {
                parts.append("several controllers: \(report.controllers.map(\.controller).joined(separator: ", "))")
            }
            if let entry = report.proposal.entry, let source = report.entries.first(where: { entry.contains($0.address) && !$0.address.isEmpty }) {
                parts.append("entry \(entry) (\(short(source.source)))")
            }
            if parts.isEmpty { return "cluster read: nothing to propose." }
            let how = proposed.isEmpty ? "your answers kept" : "proposals, edit freely"
            return "cluster: " + parts.joined(separator: " · ") + " — \(how)"
        }
    }
}
