import Foundation

/// Judges a cluster snapshot into proposals and findings. Pure: the same snapshot, answers
/// and clock give the same report.
public enum Discovery {
    /// The platform Services and the ports the routes send traffic to.
    public static let platformServices: [(name: String, port: Int)] = [("nap-cp", 3000), ("nap-browser", 3005), ("nap-sandbox", 3006)]

    /// The report for `snapshot`, read for `request`; `config` (values.env) supplies the domain and the chosen controller.
    public static func report(_ snapshot: ClusterSnapshot, request: DiscoveryRequest, config: Config, now: Date) -> DiscoveryReport {
        var findings: [Diagnostic] = []
        let hosts = config[.tosHost].isEmpty ? nil : DomainName.analyze(config[.tosHost]).0.map { HostNames(mainDomain: $0.ascii) }

        let controllers = DiscoveredControllers.controllers(snapshot)
        let entries = DiscoveredControllers.entries(snapshot)
        findings += controllerFindings(controllers, snapshot: snapshot, config: config)
        findings += entryFindings(entries)

        let (secrets, secretFindings) = DiscoveredCertificates.secrets(snapshot, request: request, hosts: hosts, now: now)
        findings += secretFindings
        findings += missingSecretFindings(secrets, config: config)
        let (issuers, issuerFindings) = DiscoveredCertificates.issuers(snapshot, hosts: hosts)
        findings += issuerFindings

        let (platform, platformFindings) = self.platform(snapshot, request: request, config: config)
        findings += platformFindings

        let (conflicts, conflictFindings) = DiscoveredConflicts.judge(snapshot, hosts: hosts, config: config)
        findings += conflictFindings

        let gatewayClasses = DiscoveredControllers.gatewayClasses(snapshot)
        if config.turnExposure == .udproute, !snapshot.serves(DiscoveryKinds.udpRoutes),
           !snapshot.notAllowed.contains(DiscoveryKinds.customResourceDefinitions) {
            findings.append(Diagnostic(.warning, "discover.udproute-missing", key: .turnExposure,
                                       "TURN is exposed through a UDPRoute, but the cluster does not serve udproutes.gateway.networking.k8s.io.",
                                       hint: "install the Gateway API CRDs that include UDPRoute (Standard channel v1.6 or later, or the Experimental channel) and a Gateway implementation that supports UDP."))
        }
        for type in snapshot.notAllowed.sorted() {
            findings.append(Diagnostic(.note, "discover.not-allowed", .cluster(type, concerns: DiscoveryKinds.concern(of: type)),
                                       "not allowed: the credentials may not read \(type); that part of the report is empty.",
                                       hint: "ask for read access (get, list) to \(type), or check it by hand."))
        }
        for error in snapshot.errors {
            findings.append(Diagnostic(.warning, "discover.kubectl-error", .cluster("kubectl"), error))
        }

        var report = DiscoveryReport(serverVersion: snapshot.serverVersion, platform: platform)
        report.proposal = DiscoveryProposal.make(controllers: controllers, entries: entries, issuers: issuers)
        report.controllers = controllers
        report.entries = entries
        report.gatewayAPI = DiscoveredControllers.gatewayAPI(snapshot)
        report.gatewayClasses = gatewayClasses
        report.issuers = issuers
        report.secrets = secrets
        report.conflicts = conflicts
        report.notAllowed = snapshot.notAllowed.sorted()
        report.findings = findings.sorted { $0.severity < $1.severity }.map(DiscoveryReport.Finding.init)
        return report
    }

    static func controllerFindings(_ controllers: [DiscoveryReport.FoundController], snapshot: ClusterSnapshot, config: Config) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        if controllers.isEmpty {
            let blind = snapshot.notAllowed.contains(DiscoveryKinds.ingressClasses)
            if !blind {
                findings.append(Diagnostic(.warning, "discover.no-controller", key: .controller,
                                           "no ingress controller found: no IngressClass, no accepted GatewayClass and no controller CRD.",
                                           hint: "install one (Contour, Traefik, Istio or a Gateway API implementation), or keep INGRESS_MODE=nodeport."))
            }
        } else if controllers.count > 1 {
            findings.append(Diagnostic(.note, "discover.several-controllers", key: .controller,
                                       "several controllers found (\(controllers.map(\.controller).joined(separator: ", "))); nap-ingress does not guess between them.",
                                       hint: "choose the one that should serve the platform as \(key: .controller)."))
        }
        if config.mode == .external, let chosen = config.controller, !controllers.isEmpty,
           !controllers.contains(where: { $0.controller == chosen.rawValue }) {
            findings.append(Diagnostic(.warning, "discover.controller-not-found", key: .controller,
                                       "values.env chooses \(chosen.rawValue), but the cluster shows no sign of it (found: \(controllers.map(\.controller).joined(separator: ", "))).",
                                       hint: "install \(chosen.displayName), or choose a controller the cluster runs."))
        }
        return findings
    }

    static func entryFindings(_ entries: [DiscoveryReport.Entry]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for entry in entries where entry.kind == "pending" {
            findings.append(Diagnostic(.warning, "discover.lb-pending", key: .entry,
                                       "\(entry.source) has no load-balancer address yet (pending).",
                                       hint: "a cluster without a load-balancer provider (bare metal) needs MetalLB or similar; otherwise wait and run discover again."))
        }
        for entry in entries where entry.kind == "hostname" {
            findings.append(Diagnostic(.note, "discover.entry-hostname", key: .entry,
                                       "\(entry.source) is reached by the host name \(entry.address): the DNS records are CNAMEs to it (at a zone apex use ALIAS/ANAME or flattening).",
                                       hint: "use \(set: .entry, entry.address)."))
        }
        return findings
    }

    static func missingSecretFindings(_ rows: [DiscoveryReport.SecretRow], config: Config) -> [Diagnostic] {
        guard config.mode == .external else { return [] }
        var findings: [Diagnostic] = []
        for row in rows where row.state == "missing" {
            let source = row.name == Plan.sandboxSecret ? config.sandboxTLSSource : config.tlsSource
            guard source == .existing else { continue }
            findings.append(Diagnostic(.warning, "discover.secret-missing", .secret(namespace: row.namespace, name: row.name),
                                       "the TLS source is existing, but the Secret does not exist in \(row.namespace).",
                                       hint: "create it with `kubectl create secret tls \(row.name) -n \(row.namespace) --cert=CERT --key=KEY`, or choose another TLS source."))
        }
        return findings
    }

    static func platform(_ snapshot: ClusterSnapshot, request: DiscoveryRequest, config: Config) -> (DiscoveryReport.Platform, [Diagnostic]) {
        var findings: [Diagnostic] = []
        let exists = snapshot.namespaces[request.namespace]
        if exists == false {
            findings.append(Diagnostic(.warning, "discover.namespace-missing", key: .namespace,
                                       "namespaces \"\(request.namespace)\" not found: the platform is not installed there (yet).",
                                       hint: "install the platform first, or set \(key: .namespace) to the namespace it runs in."))
        }
        for namespace in request.secretNamespaces.dropFirst() where snapshot.namespaces[namespace] == false {
            findings.append(Diagnostic(.warning, "discover.namespace-missing", key: .istioGatewayNamespace,
                                       "namespaces \"\(namespace)\" not found: Istio's gateway reads the TLS Secrets from there.",
                                       hint: "set ISTIO_GATEWAY_NAMESPACE to the namespace of the ingress gateway."))
        }
        let servicesKnown = exists != false && !snapshot.notAllowed.contains("services")
        var services: [DiscoveryReport.PlatformService] = []
        for (name, port) in platformServices {
            guard servicesKnown else {
                services.append(.init(name: name, port: port, state: exists == false ? "missing" : "unknown"))
                continue
            }
            guard let service = snapshot.services.first(where: { $0.namespace == request.namespace && $0.name == name }) else {
                services.append(.init(name: name, port: port, state: "missing"))
                if exists == true {
                    findings.append(Diagnostic(.warning, "discover.service-missing", .cluster("Service \(request.namespace)/\(name)", concerns: .namespace),
                                               "the Service does not exist; the routes to it would answer 503.",
                                               hint: "install or upgrade the platform in \(request.namespace) with INGRESS_MODE=external."))
                }
                continue
            }
            if service.ports.contains(port) {
                services.append(.init(name: name, port: port, state: "ok"))
            } else {
                services.append(.init(name: name, port: port, state: "no port \(port)"))
                findings.append(Diagnostic(.error, "discover.service-port-missing", .cluster("Service \(request.namespace)/\(name)", concerns: .namespace),
                                           "the Service has no port \(port) (it has \(service.ports.map(String.init).joined(separator: ", "))); a route to a missing port answers 503.",
                                           hint: "check the platform's install; the routes send traffic to \(name):\(port)."))
            }
        }
        let pods = snapshot.turnPods.map { DiscoveryReport.TURNPod(name: $0.name, hostNetwork: $0.hostNetwork, hostPorts: $0.hostPorts) }
        if exists == true, !snapshot.notAllowed.contains("pods"), pods.isEmpty {
            findings.append(Diagnostic(.note, "discover.turn-pods-missing", key: .turnSelector,
                                       "no pod in \(request.namespace) matches \(request.turnSelector); TURN could not be checked.",
                                       hint: "set TURN_SELECTOR to the labels of the coturn pods."))
        }
        return (.init(namespace: request.namespace, namespaceExists: exists, services: services, turnPods: pods), findings)
    }
}
