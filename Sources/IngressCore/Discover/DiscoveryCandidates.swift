/// An answer the cluster shows for one key, and where it was seen.
public struct DiscoveryCandidate: Equatable, Sendable {
    /// The value the key would take, as `configure` takes it.
    public var value: String
    /// Where it was seen, e.g. `Service kube-system/traefik (LoadBalancer)`.
    public var source: String

    public init(value: String, source: String) {
        self.value = value
        self.source = source
    }
}

extension DiscoveryReport {
    /// The keys discovery has answers for.
    public static let proposableKeys: [OwnedKey] = [.controller, .ingressClass, .entry, .tlsIssuer, .turnGatewayClass]

    /// What the cluster shows for `key` when `controller` (an `INGRESS_CONTROLLER` id) is the
    /// chosen one, in the report's order. One candidate can be proposed; several are offered
    /// for the operator to pick from, never guessed between. The class and the entry belong
    /// to a controller, so they come only for it.
    public func candidates(for key: OwnedKey, controller: String) -> [DiscoveryCandidate] {
        switch key {
        case .controller:
            return controllers.map { DiscoveryCandidate(value: $0.controller, source: $0.evidence.first ?? $0.name) }
        case .ingressClass:
            if controller == IngressControllerKind.gatewayAPI.rawValue {
                // Gateway API's "class" is the GatewayClass its Gateway uses.
                return gatewayClasses.filter { $0.accepted != false }.map {
                    DiscoveryCandidate(value: $0.name, source: "GatewayClass \($0.name) (controllerName \($0.controllerName)\($0.accepted == true ? ", Accepted" : ""))")
                }
            }
            guard let found = controllers.first(where: { $0.controller == controller }), let cls = found.ingressClass else { return [] }
            let source = found.evidence.first { $0.hasPrefix("IngressClass \(cls) ") } ?? "IngressClass \(cls)"
            return [DiscoveryCandidate(value: cls, source: source)]
        case .entry:
            let served = entries.filter { $0.controller == controller && $0.kind != "pending" && !$0.address.isEmpty }
            let ips = served.filter { $0.kind == "ip" }
            var out: [DiscoveryCandidate] = []
            if !ips.isEmpty {
                // Every address of the controller's load balancers: DNS gets one A/AAAA record per address.
                let addresses = Array(Set(ips.map(\.address))).sorted()
                let sources = ips.map(\.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                out.append(DiscoveryCandidate(value: addresses.joined(separator: ","),
                                              source: sources.joined(separator: ", ") + ", load balancer " + addresses.joined(separator: ", ")))
            }
            for entry in served where entry.kind == "hostname" && !out.contains(where: { $0.value == entry.address }) {
                out.append(DiscoveryCandidate(value: entry.address, source: "\(entry.source), load balancer \(entry.address) (CNAME records)"))
            }
            return out
        case .tlsIssuer:
            // Only issuers that can issue the preview wildcard and are not known to be broken.
            return issuers.filter { $0.ready != false && $0.canIssueWildcard }.map { issuer in
                let solvers = issuer.solvers.isEmpty ? "" : ", " + issuer.solvers.joined(separator: "+")
                let place = issuer.namespace.map { "\($0)/" } ?? ""
                return DiscoveryCandidate(value: "\(issuer.kind)/\(issuer.name)",
                                          source: "\(issuer.kind) \(place)\(issuer.name) (\(issuer.type)\(solvers)\(issuer.ready == true ? ", Ready" : ""))")
            }
        case .turnGatewayClass:
            return gatewayClasses.filter { $0.udpRoute && $0.accepted != false }.map { cls in
                DiscoveryCandidate(value: cls.name, source: "GatewayClass \(cls.name) (\(cls.implementation ?? cls.controllerName), UDPRoute served)")
            }
        default:
            return []
        }
    }
}
