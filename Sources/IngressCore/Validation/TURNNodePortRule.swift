/// NodePort exposure: every TURN port must be a NodePort, inside the cluster's range and free.
struct TURNNodePortRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let ports = draft.ports
        var found: [Diagnostic] = []
        // An unreadable NODE_PORT_RANGE is NodePortRule's finding.
        guard draft.turnExposure == .nodeport, let range = ports.range(.nodePortRange),
              let port = ports.port(.turnPort), let relay = ports.range(.turnRelayPorts) else { return found }
        let outside = [port...port, relay].filter { !range.contains($0.lowerBound) || !range.contains($0.upperBound) }
        if !outside.isEmpty {
            let shown = outside.map { PortRange.text($0) }.joined(separator: " and ")
            var hint: FindingHint = "either extend the API server's service-node-port-range setting to cover \(shown) (many managed clusters, such as EKS, GKE and AKS, cannot change it)"
            if relay.count + 1 <= range.count {
                // The top of the range, away from the platform's own NodePorts near its bottom.
                let newRelay = (range.upperBound - relay.count + 1)...range.upperBound
                hint = hint + ", or remap into the range and configure coturn to match (listening-port, min-port, max-port): "
                    + "\(set: .turnPort, String(newRelay.lowerBound - 1)) \(set: .turnRelayPorts, PortRange.text(newRelay))"
            } else {
                hint = hint + .text(", or narrow the relay range so it fits into \(PortRange.text(range)) and configure coturn to match")
            }
            found.append(.error("turn.nodeport-range", .turnExposure,
                                "the nodeport exposure needs \(shown) as NodePorts, outside the cluster's NodePort range \(PortRange.text(range)).",
                                hint: hint + "; or pick another exposure (hostport, loadbalancer)."))
        }
        for key in NodePortRule.keys {
            guard let taken = ports.port(key) else { continue }
            if taken == port || relay.contains(taken) {
                found.append(.error("turn.nodeport-conflict", taken == port ? .turnPort : .turnRelayPorts,
                                    "\(taken) is both a TURN port and \(key.rawValue); a NodePort can serve one Service.",
                                    hint: "move the TURN ports or \(key: key) apart."))
            }
        }
        return found
    }
}
