import IngressCore

/// The live preview beside (or below) the form: everything in it comes from the core's plan.
enum Preview {
    /// `compact` (below the form on narrow screens) leaves out the heading and the host list,
    /// which the DNS table repeats.
    static func lines(_ state: WizardState, width: Int, compact: Bool = false) -> [StyledLine] {
        let heading = state.step == .start ? (state.workspace.exists ? "In values.env now" : "Built-in defaults") : "Preview"
        var out: [StyledLine] = compact ? [] : [StyledLine(heading, .title)]
        out += standInNotice(state)
        out += state.step.page.preview(state, width: width, compact: compact)
        let own = state.step.keys
        if state.analysis.partial, state.analysis.diagnostics.errors.contains(where: { d in !own.contains { d.subject.isAbout($0) } }),
           ![.start, .nodePorts].contains(state.step) {
            out += [StyledLine(), StyledLine("Other steps have errors; the preview uses defaults for them.", .dim)]
        }
        // Below the form every row counts: no blank first row.
        while compact, out.first?.plain.isEmpty == true { out.removeFirst() }
        return out.flatMap { $0.wrapped(width) }
    }

    /// First, never silently: which of this step's answers the preview replaces by defaults
    /// while they have errors (the plan cannot be made from them).
    static func standInNotice(_ state: WizardState) -> [StyledLine] {
        let keys = state.step.keys
        let own = state.analysis.standIns.filter { keys.contains($0) }
        guard state.analysis.partial, !own.isEmpty else { return [] }
        let shown = own.map { "\($0.spec.label(for: state.config)) \($0.defaultValue.isEmpty ? "(empty)" : $0.defaultValue)" }
        return [StyledLine("! Not your answers yet: fix the error(s) on this step. Shown with defaults for " + shown.joined(separator: ", ") + ".", .warning)]
    }

    /// The current answers, on the start screen.
    static func summary(_ state: WizardState) -> [StyledLine] {
        let c = state.config
        // On the start screen the mode is the one chosen there, which Enter and Ctrl-S apply.
        let mode = switch (state.step, state.startAction) {
        case (.start, .external): IngressMode.external.rawValue
        case (.start, .nodeport): IngressMode.nodeport.rawValue
        default: c[.ingressMode]
        }
        var out = [StyledLine("Mode          " + mode)]
        if !c[.tosHost].isEmpty {
            out.append(StyledLine("Main domain   " + (DomainName.analyze(c[.tosHost]).0?.displayed ?? c[.tosHost])))
        }
        out.append(StyledLine("Controller    " + (c.controller?.displayName ?? c[.controller])))
        if !c[.entry].isEmpty { out.append(StyledLine("Entry         " + c[.entry])) }
        out.append(StyledLine("TLS           " + c[.tlsSource]))
        out.append(StyledLine("TURN          " + c[.turnExposure]))
        out.append(StyledLine("NodePorts     \(c[.tosNodePort]), \(c[.browserNodePort]), \(c[.sandboxNodePort])"))
        return out
    }

    static func domain(_ state: WizardState) -> [StyledLine] {
        let raw = state.config[.tosHost]
        guard !raw.isEmpty else { return [StyledLine("Type the main domain, e.g. nap.acme.com.", .dim)] }
        let (name, _) = DomainName.analyze(raw)
        guard let name else { return [StyledLine("Domain        (not valid yet)", .dim)] }
        var out = [StyledLine(spans: [("Domain        ", .normal), (name.ascii, .ok)])]
        if name.isInternationalized { out.append(StyledLine("Unicode       " + name.unicode)) }
        switch (name.isApex, name.registrableDomain) {
        case (true?, _): out.append(StyledLine("Kind          zone apex (no CNAME allowed here)"))
        case (false?, let registrable?): out.append(StyledLine("Kind          subdomain of \(registrable)"))
        default: out.append(StyledLine("Kind          unknown (no public suffix list)", .dim))
        }
        return out
    }

    static func hosts(_ plan: Plan?) -> [StyledLine] {
        guard let hosts = plan?.hosts else { return [] }
        return [StyledLine(), StyledLine("Host names", .title)] + hosts.all.map { StyledLine("  " + $0) }
    }

    static func dns(_ plan: Plan?, width: Int) -> [StyledLine] {
        guard let plan, plan.hosts != nil else { return [] }
        let records = plan.dnsRecords()
        // Names keep their room (a value that does not fit moves to its own line instead).
        let nameWidth = min(records.map { DisplayWidth.of($0.name) }.max() ?? 0, max(12, width - 10))
        var out = [StyledLine(), StyledLine(spans: [("DNS records", .title), ("  TTL \(plan.dnsTTL) s", .dim)])]
        for r in records {
            // A record is copied from here: a name or value never loses its end silently. A value
            // that does not fit beside the name goes on its own line; only then is it marked with …
            let name = DisplayWidth.truncate(r.name, to: nameWidth).padded(to: nameWidth)
            let type = (r.needsAlias ? "ALIAS" : r.type.rawValue).padded(to: 6)
            let valueRole: Role = r.isPlaceholder ? .dim : .normal
            if 2 + nameWidth + 2 + 6 + DisplayWidth.of(r.value) <= width {
                out.append(StyledLine(spans: [("  " + name + "  ", .normal), (type, r.needsAlias ? .warning : .normal), (r.value, valueRole)]))
            } else {
                out.append(StyledLine(spans: [("  " + name + "  ", .normal), (type, r.needsAlias ? .warning : .normal)]))
                out.append(StyledLine(spans: [("    ", .normal), (DisplayWidth.truncate(r.value, to: width - 4), valueRole)]))
            }
        }
        for r in records where r.needsAlias {
            out.append(StyledLine("! \(r.name) is the zone apex: a CNAME is not allowed there; use ALIAS/ANAME or CNAME flattening.", .warning))
        }
        return out
    }

    static func controller(_ state: WizardState) -> [StyledLine] {
        guard let kind = state.config.controller else { return [] }
        // The files the controller's renderer makes for these answers (the preview's plan).
        let files = state.analysis.plan.map { Renderers.renderer(for: kind).render($0).map(\.name) } ?? []
        guard !files.isEmpty else { return [StyledLine(spans: [("Manifests     ", .normal), ("rendered by nap-ingress", .ok)])] }
        return files.enumerated().map { i, name in
            StyledLine(spans: [(i == 0 ? "Manifests     " : "              ", .normal), (name, .ok)])
        }
    }

    static func routes(_ plan: Plan?, width: Int) -> [StyledLine] {
        guard let plan, !plan.routes.isEmpty else { return [] }
        var out = [StyledLine(), StyledLine("Routes", .title)]
        for r in plan.routes {
            out.append(StyledLine("  \(r.host)"))
            out.append(StyledLine("    → \(r.service):\(r.port) · " + (r.longLived ? "long-lived (WebSocket) · " : "") + r.tlsSecret, .dim))
        }
        return out
    }

    static func certificates(_ plan: Plan?, config: Config) -> [StyledLine] {
        guard let plan, !plan.tls.isEmpty else { return [StyledLine("Set a valid main domain first.", .dim)] }
        var out: [StyledLine] = []
        for req in plan.tls {
            out.append(StyledLine())
            out.append(StyledLine("\(req.secretName)  (namespace \(req.namespace))", .title))
            // The chosen source, even while its details (paths, issuer) still have errors.
            let source = (req.wildcard ? config.sandboxTLSSource : config.tlsSource) ?? req.source
            out.append(StyledLine("  source: \(source.rawValue)"))
            out.append(StyledLine(req.wildcard ? "  must be a wildcard certificate for:" : "  must cover (SANs):"))
            out += req.names.map { StyledLine("    " + $0) }
            switch source {
            case .existing: out.append(StyledLine("  you create it: kubectl create secret tls \(req.secretName) -n \(req.namespace) …", .dim))
            case .files: out.append(StyledLine("  rendered from your PEM files (mode 0600)", .dim))
            case .certManager:
                out.append(StyledLine("  issuer: " + (config[.tlsIssuer].isEmpty ? "(not set)" : config[.tlsIssuer]), .dim))
                if req.wildcard { out.append(StyledLine("  ACME issues wildcards only through DNS-01", .warning)) }
            case .selfSigned: out.append(StyledLine("  generated from a local CA (labs, first tries)", .dim))
            }
        }
        return out
    }

    static func turn(_ plan: Plan?, config: Config, diagnostics: [Diagnostic]) -> [StyledLine] {
        guard let plan else { return [] }
        let turn = plan.turn
        // The openings and where they go come from the core (the same as `nap-ingress firewall`).
        let openings = plan.turnOpenings
        var out = [StyledLine("Ports to open", .title)]
        for o in openings {
            out.append(StyledLine("  " + "\(o.portText())/\(o.proto.rawValue)".padded(to: 18) + o.purpose))
        }
        if let place = openings.first?.openOn { out.append(StyledLine("  on " + place, .dim)) }
        out.append(StyledLine())
        let range = turn.nodePortRange
        // The chosen exposure, even while its error has the plan stand in the default.
        switch config.turnExposure ?? turn.exposure {
        case .hostport:
            out.append(StyledLine("hostPort: the node running coturn opens the ports itself; allow them in that node's firewall."))
        case .nodeport:
            // Whether the ports fit the range is the core's finding, not worked out again here.
            let outside = diagnostics.contains { $0.code == "turn.nodeport-range" }
            out.append(StyledLine(outside
                ? "NodePort: these ports lie outside the NodePort range \(range.lowerBound)-\(range.upperBound) (NODE_PORT_RANGE); the API server's --service-node-port-range must include them."
                : "NodePort: the ports lie inside the NodePort range \(range.lowerBound)-\(range.upperBound); no other Service may use them."))
        case .loadbalancer:
            out.append(StyledLine("LoadBalancer: a Service cannot list a port range, so it gets \(turn.relayPorts.count + 2) port entries; an AWS NLB takes at most 50 listeners."))
        case .udproute:
            out.append(StyledLine("UDPRoute: Gateway API gateway.networking.k8s.io/v1 (Standard channel since v1.6); Contour and Istio do not implement UDP."))
        }
        if let ip = turn.externalIP { out.append(StyledLine("Clients are told to use \(ip).")) }
        out.append(StyledLine("The rules are written to firewall.md and firewall.nft; `nap-ingress firewall --format iptables|ufw|firewalld` prints the others.", .dim))
        return out
    }

    static func nodePorts(_ plan: Plan?) -> [StyledLine] {
        guard let ports = plan?.nodePorts else { return [] }
        return [StyledLine("Reached on every node", .title),
                StyledLine("  nap-cp (UI and API)   :\(ports.tos)"),
                StyledLine("  nap-browser           :\(ports.browser)"),
                StyledLine("  nap-sandbox           :\(ports.sandbox)"),
                StyledLine(),
                StyledLine("No ingress objects are rendered; manifests nap-ingress wrote before are removed from the output folder.", .dim)]
    }
}

extension String {
    func padded(to width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }
}
