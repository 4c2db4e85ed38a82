/// values.env's owned keys read once into typed values: choices, ports and port ranges, the
/// controller's version, the issuer, the entry, the domain and every list split on its registry
/// separator. Validation, the plan and the wizard's analysis read this; no rule parses a raw
/// value again. A key whose text does not parse has exactly one finding of its own
/// (`findings(for:)`), which the rule about that key reports where it always did, so that a
/// finding about a key the chosen controller ignores (a Traefik version under Contour) stays quiet.
public struct Draft: Sendable {
    /// One item of a list key (annotations, selectors) as written, and its `KEY=VALUE` when it has an `=`.
    public struct Item: Equatable, Sendable {
        /// The item as written between two separators.
        public var text: String
        /// Key and value, trimmed; nil when the item has no `=`.
        public var pair: Pair?
    }

    /// A `KEY=VALUE` item, trimmed.
    public struct Pair: Equatable, Sendable {
        public var key: String
        public var value: String
    }

    /// The answers as written: findings quote them, and free text (names, classes) is read from here.
    public let config: Config
    public let mode: IngressMode?
    public let controller: IngressControllerKind?
    public let wildcardRecord: WildcardRecord?
    public let tlsSource: TLSSource?
    /// SANDBOX_TLS_SOURCE, or TLS_SOURCE's source when it is empty.
    public let sandboxTLSSource: TLSSource?
    public let turnExposure: TURNExposure?
    public let turnLBProvider: TURNLoadBalancerProvider?
    /// The port and port-range keys.
    public let ports: PortAnswers
    /// DNS_TTL in seconds, or why it is not a TTL.
    public let dnsTTL: Result<Int, PortText.Problem>
    /// INGRESS_CONTROLLER_VERSION; nil when empty or not a version.
    public let controllerVersion: ReleaseVersion?
    /// TLS_ISSUER; nil when empty or not `ClusterIssuer/NAME` / `Issuer/NAME`.
    public let issuer: TLSIssuer?
    /// INGRESS_ENTRY; nil when it cannot be used.
    public let entry: IngressEntry?
    /// TOS_HOST as a domain; nil when it is not one (NodePort mode may hold an address there).
    public let domain: DomainName?
    /// Everything wrong with TOS_HOST as a domain (reported in external mode only).
    public let domainFindings: [Diagnostic]
    private let lists: [OwnedKey: [Item]]
    private let problems: [OwnedKey: [Diagnostic]]

    /// The keys whose text the draft parses (everything else is free text, checked by its rule).
    public static let parsedKeys: [OwnedKey] = [
        .ingressMode, .tosHost, .tosNodePort, .browserNodePort, .sandboxNodePort, .controller, .controllerVersion,
        .ingressAnnotations, .istioGatewaySelector, .entry, .wildcardRecord, .tlsSource, .sandboxTLSSource, .tlsIssuer,
        .turnExposure, .turnPort, .turnRelayPorts, .nodePortRange, .dnsTTL, .turnSelector, .turnLBProvider, .turnServiceAnnotations,
    ]

    public init(_ config: Config) {
        self.config = config
        var problems: [OwnedKey: [Diagnostic]] = [:]
        func choice<E: RawRepresentable & CaseIterable>(_ key: OwnedKey, _: E.Type, emptyMeans fallback: E?? = nil) -> E? where E.RawValue == String {
            let raw = config[key]
            if raw.isEmpty, let fallback { return fallback }
            if let value = E(rawValue: raw) { return value }
            let valid = E.allCases.map(\.rawValue)
            problems[key] = [.error("enum.invalid", key, "\"\(raw)\" is not one of: \(valid.joined(separator: ", ")).", hint: .choose(key, among: valid))]
            return nil
        }
        mode = choice(.ingressMode, IngressMode.self)
        controller = choice(.controller, IngressControllerKind.self)
        wildcardRecord = choice(.wildcardRecord, WildcardRecord.self)
        let tlsSource = choice(.tlsSource, TLSSource.self)
        self.tlsSource = tlsSource
        sandboxTLSSource = choice(.sandboxTLSSource, TLSSource.self, emptyMeans: .some(tlsSource))
        turnExposure = choice(.turnExposure, TURNExposure.self)
        turnLBProvider = choice(.turnLBProvider, TURNLoadBalancerProvider.self)

        ports = PortAnswers(config)
        for (key, result) in ports.ports {
            if case .failure(let problem) = result { problems[key] = [Self.portFinding(key, problem)] }
        }
        for (key, result) in ports.ranges {
            if case .failure(let problem) = result { problems[key] = [Self.portFinding(key, problem)] }
        }

        dnsTTL = DNSTTL.parse(config[.dnsTTL])
        if case .failure(let problem) = dnsTTL {
            // NodePort mode has no step that asks for it: a warning there, and the sheets use the default.
            problems[.dnsTTL] = [mode == .external
                ? .error("dns.ttl-invalid", .dnsTTL, problem.message, hint: .text(problem.hint))
                : .warning("dns.ttl-invalid", .dnsTTL, problem.message + " The DNS sheets use \(OwnedKey.dnsTTL.defaultValue) until it is fixed.",
                           hint: .text(problem.hint))]
        }

        let version = config[.controllerVersion]
        controllerVersion = ReleaseVersion.parse(version)
        if !version.isEmpty, controllerVersion == nil {
            problems[.controllerVersion] = [.error("controller.version-invalid", .controllerVersion, "\"\(version)\" is not a version like 3.6 or v3.6.2.",
                                                   hint: "give Traefik's version as `traefik version` prints it, e.g. \(set: .controllerVersion, "3.6"), or clear it for 3.7 and later.")]
        }

        let issuerText = config[.tlsIssuer]
        // The name is a Kubernetes object name: anything else is not an issuer cert-manager can have.
        issuer = TLSIssuer(issuerText).flatMap { KubernetesName.isSubdomain($0.name) ? $0 : nil }
        if !issuerText.isEmpty, issuer == nil {
            problems[.tlsIssuer] = [.error("tls.issuer-invalid", .tlsIssuer, "\"\(issuerText)\" is not ClusterIssuer/NAME or Issuer/NAME.",
                                           hint: .set(.tlsIssuer, example: "ClusterIssuer/letsencrypt-dns"))]
        }

        switch IngressEntry.parse(config[.entry]) {
        case .success(let value): entry = value
        case .failure(let error):
            entry = nil
            problems[.entry] = error.diagnostics
        }

        (domain, domainFindings) = DomainName.analyze(config[.tosHost])

        var lists: [OwnedKey: [Item]] = [:]
        for key in [OwnedKey.ingressAnnotations, .istioGatewaySelector, .turnSelector, .turnServiceAnnotations] {
            let items = Self.items(config[key], separator: key.spec.separator ?? ",")
            lists[key] = items
            if let finding = Self.listFinding(key, items) { problems[key] = [finding] }
        }
        self.lists = lists
        self.problems = problems
    }

    /// Why `key`'s text does not parse: one finding (INGRESS_ENTRY: one per unusable item), or none.
    public func findings(for key: OwnedKey) -> [Diagnostic] { problems[key] ?? [] }

    /// Every parse finding, in key order.
    public var findings: [Diagnostic] { OwnedKey.allCases.flatMap(findings(for:)) }

    /// A list key's items as written, split on its registry separator (empty items dropped).
    public func items(_ key: OwnedKey) -> [Item] { lists[key] ?? [] }

    /// A list key's `KEY=VALUE` items, in order (an item without `=` is its parse finding).
    public func pairs(_ key: OwnedKey) -> [Pair] { items(key).compactMap(\.pair) }

    static func items(_ raw: String, separator: Character) -> [Item] {
        raw.split(separator: separator).map { item in
            let text = String(item)
            guard let eq = text.firstIndex(of: "=") else { return Item(text: text, pair: nil) }
            return Item(text: text, pair: Pair(key: String(text[..<eq]).trimmingWhitespace(), value: String(text[eq...].dropFirst()).trimmingWhitespace()))
        }
    }

    /// The one finding about a list's items that are not `KEY=VALUE`, in the words of its rule.
    static func listFinding(_ key: OwnedKey, _ items: [Item]) -> Diagnostic? {
        // An annotation needs a key before its `=`; a selector's empty key is named by its rule.
        let bad = items.filter { $0.pair == nil || (key == .ingressAnnotations && $0.pair?.key.isEmpty == true) }
        guard !bad.isEmpty else { return nil }
        let trimmed = key == .ingressAnnotations || key == .istioGatewaySelector
        let shown = bad.map { "\"\(trimmed ? $0.text.trimmingWhitespace() : $0.text)\"" }
        let subject = shown.count == 1 ? "\(shown[0]) is" : shown.dropLast().joined(separator: ", ") + " and \(shown[shown.count - 1]) are"
        switch key {
        case .ingressAnnotations:
            return .error("annotations.invalid", key, "\(subject) not KEY=VALUE.",
                          hint: "e.g. \(set: .ingressAnnotations, "haproxy.org/timeout-tunnel=1h") (one KEY=VALUE per annotation).")
        case .istioGatewaySelector:
            return .error("istio.selector-invalid", key, "\(subject) not KEY=VALUE.",
                          hint: "give the labels of the ingress gateway pods, e.g. \(set: .istioGatewaySelector, "istio=ingressgateway").")
        case .turnSelector:
            return .error("turn.selector-invalid", key, "\(subject) not \(shown.count == 1 ? "a KEY=VALUE label" : "KEY=VALUE labels").",
                          hint: "e.g. \(set: .turnSelector, "app=nap-coturn") or app.kubernetes.io/name=coturn,app.kubernetes.io/instance=nap.")
        default:
            return .error("turn.annotation-invalid", key, "\(subject) not \(shown.count == 1 ? "a KEY=VALUE annotation" : "KEY=VALUE annotations").",
                          hint: "e.g. \(set: .turnServiceAnnotations, "service.beta.kubernetes.io/aws-load-balancer-eip-allocations=eipalloc-1,eipalloc-2")")
        }
    }

    /// A port or range key's text that is not a canonical port or range.
    static func portFinding(_ key: OwnedKey, _ problem: PortText.Problem) -> Diagnostic {
        switch key {
        case .nodePortRange:
            .error("nodeport.range-invalid", key, problem.message,
                   hint: .text(problem.hint + " It is the API server's service-node-port-range setting; the Kubernetes default is 30000-32767."))
        case .turnPort: .error("turn.port-invalid", key, problem.message, hint: .text(problem.hint))
        case .turnRelayPorts: .error("turn.relay-invalid", key, problem.message, hint: .text(problem.hint))
        default: .error("nodeport.invalid", key, problem.message, hint: .text(problem.hint))
        }
    }
}
