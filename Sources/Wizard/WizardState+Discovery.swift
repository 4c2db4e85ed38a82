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
    /// The keys discovery may propose, and the proposal's value for each; the class and the
    /// entry belong to the controller found, so they come only with it.
    static func proposals(_ report: DiscoveryReport, controller: String) -> [(OwnedKey, String)] {
        var proposals: [(OwnedKey, String)] = []
        if let found = report.proposal.controller, found == controller {
            if let cls = report.proposal.ingressClass { proposals.append((.ingressClass, cls)) }
            if let entry = report.proposal.entry { proposals.append((.entry, entry)) }
        }
        if let issuer = report.proposal.issuer { proposals.append((.tlsIssuer, issuer)) }
        let udp = report.gatewayClasses.filter { $0.udpRoute && $0.accepted != false }
        if udp.count == 1 { proposals.append((.turnGatewayClass, udp[0].name)) }
        return proposals
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
        // A key values.env sets, or one the operator typed or is editing, is theirs.
        func open(_ key: OwnedKey) -> Bool {
            !(workspace.exists && loaded.isSet(key)) && config[key] == original[key] && fields[.key(key)] == nil
        }
        if let controller = report.proposal.controller, open(.controller), config[.controller] != controller {
            config[.controller] = controller
            proposed.append(.controller)
        }
        for (key, value) in Self.proposals(report, controller: config[.controller]) where open(key) && config[key] != value {
            config[key] = value
            proposed.append(key)
        }
        discovery = .found(report, proposed: proposed)
        if !proposed.isEmpty { analyze() }
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
