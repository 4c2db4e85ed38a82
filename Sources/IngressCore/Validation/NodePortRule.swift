/// The three NodePorts: integers in the default NodePort range, all different.
struct NodePortRule: ConfigRule {
    static let range = 30000...32767
    static let keys: [OwnedKey] = [.tosNodePort, .browserNodePort, .sandboxNodePort]

    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [Int: OwnedKey] = [:]
        for key in Self.keys {
            let raw = config[key]
            guard let port = Int(raw), Self.range.contains(port) else {
                found.append(.error("nodeport.range", key, "\"\(raw)\" is not a port in \(Self.range.lowerBound)-\(Self.range.upperBound).",
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
