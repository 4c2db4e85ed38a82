/// TURN ports: the listener and the relay range are ports, in order, apart, and wide enough.
struct TURNPortRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let ports = draft.ports
        var found: [Diagnostic] = []
        var port: Int?
        switch ports.ports[.turnPort]! {
        case .success(let value): port = value
        case .failure: found += draft.findings(for: .turnPort)
        }
        let low: Int, high: Int
        switch ports.ranges[.turnRelayPorts]! {
        case .success(let ends): (low, high) = (ends.low, ends.high)
        case .failure:
            return found + draft.findings(for: .turnRelayPorts)
        }
        guard low <= high else {
            found.append(.error("turn.relay-order", .turnRelayPorts, "the range starts at \(low) but ends at \(high), below its start.",
                                hint: "write the lower port first: \(high)-\(low)."))
            return found
        }
        let relay = low...high
        if let port, relay.contains(port) {
            found.append(.error("turn.port-in-relay", .turnPort, "\(port) lies inside the relay range \(low)-\(high).",
                                hint: "move TURN_PORT outside TURN_RELAY_PORTS (coturn cannot listen on a relay port)."))
        }
        if relay.count < TURNPlan.smallRelayRange {
            found.append(.warning("turn.relay-small", .turnRelayPorts,
                                  "holds \(relay.count) port\(relay.count == 1 ? "" : "s"): at most \(relay.count) relayed session\(relay.count == 1 ? "" : "s") at once (each holds a relay port).",
                                  hint: "widen the range if more remote-browser sessions may need TURN at the same time; the default 49152-49252 holds 101."))
        }
        return found
    }
}
