/// TURN answers: port syntax and the external address.
struct TURNRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let port = Int(config[.turnPort])
        if port == nil || !(1...65535).contains(port!) {
            found.append(.error("turn.port-invalid", .turnPort, "\"\(config[.turnPort])\" is not a port (1-65535).", hint: "the default is 3478."))
        }
        let relay = PortRange.parse(config[.turnRelayPorts])
        if relay == nil {
            found.append(.error("turn.relay-invalid", .turnRelayPorts, "\"\(config[.turnRelayPorts])\" is not a port range MIN-MAX within 1-65535 with MIN <= MAX.",
                                hint: "the default is 49152-49252."))
        }
        if let port, let relay, relay.contains(port) {
            found.append(.error("turn.port-in-relay", .turnPort, "\(port) lies inside the relay range \(relay.lowerBound)-\(relay.upperBound).",
                                hint: "move TURN_PORT outside TURN_RELAY_PORTS."))
        }
        let ip = config[.turnExternalIP]
        if !ip.isEmpty, !IPAddress.isIPv4(ip), !IPAddress.isIPv6(ip) {
            found.append(.error("turn.external-ip-invalid", .turnExternalIP, "\"\(ip)\" is not an IPv4 or IPv6 address.", hint: "e.g. 203.0.113.20."))
        }
        return found
    }
}

/// A `MIN-MAX` port range (a single port is a range of one).
public enum PortRange {
    public static func parse(_ s: String) -> ClosedRange<Int>? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingWhitespace()) }
        guard (1...2).contains(parts.count), let low = parts.first!, let high = parts.last!,
              (1...65535).contains(low), (1...65535).contains(high), low <= high else { return nil }
        return low...high
    }
}

extension Substring {
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
