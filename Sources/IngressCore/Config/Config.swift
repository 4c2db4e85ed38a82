/// The operator's answers, as `values.env` holds them (one string per owned key).
///
/// Values stay strings here so that a bad answer becomes a diagnostic rather than a crash;
/// the typed accessors and `Validator` read them, and `Plan` is built only from a valid config.
public struct Config: Equatable, Sendable {
    private var values: [OwnedKey: String]

    /// Built-in defaults (a first install with no `values.env`).
    public init() { values = [:] }

    public init(values: [OwnedKey: String]) { self.values = values }

    /// The answers a `values.env` holds; absent keys keep their defaults.
    public init(file: ValuesFile) {
        values = [:]
        for key in OwnedKey.allCases {
            if let value = file.value(of: key.rawValue) { values[key] = value }
        }
    }

    /// The value, or the key's default when it was never set.
    public subscript(key: OwnedKey) -> String {
        get { values[key] ?? key.defaultValue }
        set { values[key] = newValue }
    }

    /// Whether the key was set (in the file or by the operator) rather than defaulted.
    public func isSet(_ key: OwnedKey) -> Bool { values[key] != nil }

    public var mode: IngressMode? { IngressMode(rawValue: self[.ingressMode]) }
    public var controller: IngressControllerKind? { IngressControllerKind(rawValue: self[.controller]) }
    public var tlsSource: TLSSource? { TLSSource(rawValue: self[.tlsSource]) }
    /// The sandbox wildcard's source: its own key when set, else the install's.
    public var sandboxTLSSource: TLSSource? {
        let own = self[.sandboxTLSSource]
        return own.isEmpty ? tlsSource : TLSSource(rawValue: own)
    }
    public var turnExposure: TURNExposure? { TURNExposure(rawValue: self[.turnExposure]) }
    public var wildcardRecord: WildcardRecord? { WildcardRecord(rawValue: self[.wildcardRecord]) }

    /// Sets the main domain in its normalised A-label form (what install.sh and every manifest
    /// need) and the platform's derived `SANDBOX_DOMAIN` with it. An invalid domain is kept as
    /// typed so validation can name what is wrong.
    public mutating func setMainDomain(_ raw: String) {
        guard let normalized = try? DomainName.normalize(raw) else {
            self[.tosHost] = raw
            return
        }
        self[.tosHost] = normalized.ascii
        self[.sandboxDomain] = HostNames(mainDomain: normalized.ascii).sandbox
    }

    /// Writes every answer that differs from what the file holds; untouched keys keep their bytes.
    /// Keys never set (still defaulted) are not added, except the three NodePorts when the answers
    /// choose NodePort mode: install.sh reads them, so a file without them (an empty one) gets the defaults.
    public func apply(to file: inout ValuesFile) throws(ConfigWriteError) {
        var unsafe: [Diagnostic] = []
        let nodePorts: Set<OwnedKey> = [.tosNodePort, .browserNodePort, .sandboxNodePort]
        let choosesNodePort = values[.ingressMode] != nil && mode == .nodeport
        for key in OwnedKey.allCases {
            let missingNodePort = choosesNodePort && nodePorts.contains(key) && file.value(of: key.rawValue) == nil
            guard let value = values[key] ?? (missingNodePort ? key.defaultValue : nil) else { continue }
            do {
                try file.set(key.rawValue, to: value)
            } catch {
                unsafe.append(.unsafeValue(key, reason: error.reason))
            }
        }
        if !unsafe.isEmpty { throw ConfigWriteError(diagnostics: unsafe) }
    }
}

/// Answers that could not be written, as diagnostics.
public struct ConfigWriteError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

extension Diagnostic {
    /// An answer `values.env` cannot hold: bash would expand or cut it when it sources the file.
    static func unsafeValue(_ key: OwnedKey, reason: String) -> Diagnostic {
        .error("value.unsafe", key, "cannot be written to values.env safely: \(reason).",
               hint: "remove the character; values.env is sourced by bash.")
    }
}
