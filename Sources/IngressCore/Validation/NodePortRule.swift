/// The three NodePorts: integers in the cluster's NodePort range (NODE_PORT_RANGE), all different.
struct NodePortRule: ConfigRule {
    static let keys: [OwnedKey] = [.tosNodePort, .browserNodePort, .sandboxNodePort]

    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        guard let range = PortRange.parse(config[.nodePortRange]) else {
            return [.error("nodeport.range-invalid", .nodePortRange, "\"\(config[.nodePortRange])\" is not a port range MIN-MAX.",
                           hint: "give the API server's --service-node-port-range; the Kubernetes default is 30000-32767.")]
        }
        var seen: [Int: OwnedKey] = [:]
        for key in Self.keys {
            let raw = config[key]
            guard let port = Int(raw), range.contains(port) else {
                found.append(.error("nodeport.range", key, "\"\(raw)\" is not a port in \(range.lowerBound)-\(range.upperBound).",
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
