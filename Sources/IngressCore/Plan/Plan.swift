/// Everything derived from a valid configuration: the routes, host names, DNS records,
/// TLS requirements and TURN exposure. Every renderer and every sheet reads this.
public struct Plan: Sendable {
    public var mode: IngressMode
    public var namespace: String
    public var controller: IngressControllerKind
    public var options: ControllerOptions
    /// Nil in NodePort mode without a usable domain.
    public var domain: DomainName?
    public var hosts: HostNames?
    /// The five routes in external mode; empty in NodePort mode.
    public var routes: [Route]
    public var entry: IngressEntry
    public var wildcardRecord: WildcardRecord
    /// DNS_TTL: the seconds every record of the DNS sheets gets (`dns --ttl` overrides it).
    public var dnsTTL: Int
    /// Records an earlier answer published that this plan no longer has (the previous main
    /// domain's), listed for removal in the sheets and NEXT-STEPS.md; set by `removing(recordsOf:)`.
    public var dnsRemovals: [DNSRecord] = []
    public var tls: [TLSRequirement]
    public var turn: TURNPlan
    public var nodePorts: NodePorts
    /// Where the main and the sandbox Secret come from (kept in NodePort mode, where `tls` is empty,
    /// so that switching back can delete what cert-manager made).
    public var tlsSources: [TLSSource]
    /// cert-manager's issuer, when a Secret comes from cert-manager.
    public var issuer: TLSIssuer?

    public static let mainSecret = "nap-tls-cert"
    public static let sandboxSecret = "nap-sandbox-tls-cert"

    /// The plan, or nil when any rule fails; the diagnostics are all findings, warnings included.
    public static func make(_ config: Config) -> (Plan?, [Diagnostic]) { make(Draft(config)) }

    /// The plan from answers read once: validation and the plan read the same typed values.
    public static func make(_ draft: Draft) -> (Plan?, [Diagnostic]) {
        let config = draft.config
        let diagnostics = Validator.validate(draft)
        guard !diagnostics.hasErrors,
              let mode = draft.mode, let controller = draft.controller,
              let tlsSource = draft.tlsSource, let sandboxSource = draft.sandboxTLSSource,
              let exposure = draft.turnExposure, let wildcardRecord = draft.wildcardRecord,
              let entry = draft.entry
        else { return (nil, diagnostics) }

        // In NodePort mode TOS_HOST may be an address; a valid domain is still used for the DNS sheet.
        let domain = draft.domain
        let hosts = domain.map { HostNames(mainDomain: $0.ascii) }
        let namespace = config[.namespace]
        // Unreadable only in NodePort mode, where DNSTTLRule warns: the sheets use the default.
        let dnsTTL = (try? draft.dnsTTL.get()) ?? DNSTTL.fallback
        let options = ControllerOptions(draft: draft)

        var routes: [Route] = []
        var tls: [TLSRequirement] = []
        if mode == .external, let hosts {
            routes = [
                Route(name: .main, host: hosts.main, service: "nap-cp", port: 3000, longLived: true, tlsSecret: mainSecret),
                Route(name: .files, host: hosts.files, service: "nap-cp", port: 3000, longLived: false, tlsSecret: mainSecret),
                Route(name: .browsers, host: hosts.browsers, service: "nap-browser", port: 3005, longLived: true, tlsSecret: mainSecret),
                Route(name: .sandbox, host: hosts.sandbox, service: "nap-sandbox", port: 3006, longLived: true, tlsSecret: mainSecret),
                Route(name: .preview, host: hosts.previewWildcard, service: "nap-sandbox", port: 3006, longLived: true, tlsSecret: sandboxSecret),
            ]
            // Where the controller reads them (Istio: its gateway's namespace).
            let secretNamespace = controller.descriptor.secretNamespace(config)
            tls = [
                TLSRequirement(secretName: mainSecret, namespace: secretNamespace,
                               names: [hosts.main, hosts.files, hosts.browsers, hosts.sandbox], wildcard: false, source: tlsSource),
                TLSRequirement(secretName: sandboxSecret, namespace: secretNamespace,
                               names: [hosts.previewWildcard], wildcard: true, source: sandboxSource),
            ]
            for index in tls.indices where tls[index].source == .files {
                let keys = TLSFilePair.keys(for: tls[index].secretName)
                tls[index].certFile = config[keys.cert]
                tls[index].keyFile = config[keys.key]
            }
        }
        let plan = Plan(
            mode: mode, namespace: namespace, controller: controller, options: options,
            domain: domain, hosts: hosts, routes: routes, entry: entry, wildcardRecord: wildcardRecord, dnsTTL: dnsTTL,
            tls: tls, turn: TURNPlan(draft: draft, exposure: exposure), nodePorts: NodePorts(ports: draft.ports),
            tlsSources: [tlsSource, sandboxSource], issuer: draft.issuer)
        return (plan, diagnostics)
    }

    /// The five DNS records (more with several addresses), each pointing at the entry, with
    /// DNS_TTL unless `ttl` overrides it.
    public func dnsRecords(ttl: Int? = nil) -> [DNSRecord] {
        let ttl = ttl ?? dnsTTL
        guard let hosts, let domain else { return [] }
        var records: [DNSRecord] = []
        let purposes: [(String, String)] = [
            (hosts.main, "main UI and API"),
            (hosts.files, "public file exports"),
            (hosts.browsers, "remote browsers"),
            (hosts.sandbox, "sandbox API"),
            (hosts.previewWildcard, "sandbox previews ({id}-{port}.\(hosts.sandbox)); must be published explicitly, *.\(hosts.main) does not cover it"),
        ]
        for (name, purpose) in purposes {
            if name == hosts.previewWildcard, wildcardRecord == .cname {
                records.append(DNSRecord(name: name, type: .CNAME, value: hosts.sandbox, ttl: ttl,
                                         note: purpose + "; CNAME to \(hosts.sandbox) for DNS without wildcard A records"))
                continue
            }
            let isApex = name == hosts.main && domain.isApex == true
            switch entry {
            case .none:
                records.append(DNSRecord(name: name, type: .A, value: DNSRecord.placeholder, ttl: ttl,
                                         note: purpose + "; set INGRESS_ENTRY to fill in the value"))
            case .addresses(let addresses):
                for address in addresses {
                    records.append(DNSRecord(name: name, type: IPAddress.isIPv6(address) ? .AAAA : .A, value: address, ttl: ttl, note: purpose))
                }
            case .hostName(let target):
                var record = DNSRecord(name: name, type: .CNAME, value: target, ttl: ttl, note: purpose)
                if isApex {
                    record.needsAlias = true
                    record.note = purpose + "; zone apex: a CNAME is not allowed here, use your provider's ALIAS/ANAME/CNAME flattening to \(target)"
                }
                records.append(record)
            }
        }
        return records
    }
}

/// The three NodePorts (kept in values.env in both modes so the operator can switch back).
public struct NodePorts: Equatable, Sendable {
    public var tos: Int, browser: Int, sandbox: Int
    init(ports: PortAnswers) {
        tos = ports.port(.tosNodePort) ?? 0
        browser = ports.port(.browserNodePort) ?? 0
        sandbox = ports.port(.sandboxNodePort) ?? 0
    }
}
