/// The three NodePorts: canonical port numbers in the cluster's NodePort range (NODE_PORT_RANGE), all different.
struct NodePortRule: ConfigRule {
    static let keys: [OwnedKey] = [.tosNodePort, .browserNodePort, .sandboxNodePort]

    func check(_ draft: Draft) -> [Diagnostic] {
        let ports = draft.ports
        var found: [Diagnostic] = []
        var range: ClosedRange<Int>?
        switch ports.ranges[.nodePortRange]! {
        case .success(let ends) where ends.low <= ends.high:
            range = ends.low...ends.high
        case .success(let ends):
            let (low, high) = (ends.low, ends.high)
            found.append(.error("nodeport.range-invalid", .nodePortRange, "the range starts at \(low) but ends at \(high), below its start.",
                                hint: "write the lower port first: \(high)-\(low)."))
        case .failure:
            found += draft.findings(for: .nodePortRange)
        }
        var seen: [Int: OwnedKey] = [:]
        for key in Self.keys {
            let port: Int
            switch ports.ports[key]! {
            case .success(let value): port = value
            case .failure:
                found += draft.findings(for: key)
                continue
            }
            // With an unreadable NODE_PORT_RANGE only that is reported, not every port against it.
            if let range, !range.contains(port) {
                found.append(.error("nodeport.range", key, "\(port) is not a port in \(range.lowerBound)-\(range.upperBound).",
                                    hint: "pick a free port in the cluster's NodePort range, e.g. \(key.defaultValue)."))
                continue
            }
            if let other = seen[port] {
                found.append(.error("nodeport.duplicate", key, "\(port) is also \(other.rawValue).", hint: "give each service its own NodePort."))
            }
            seen[port] = key
        }
        return found
    }
}
