/// values.env's port keys parsed once (`PortText`'s canonical forms): validation reports each one
/// that does not parse, and the plan reads the same values, so no rule or plan parses a port again.
public struct PortAnswers: Sendable {
    /// The two ends of a range as written (a reversed range is reported by name, so it is kept).
    public struct Ends: Equatable, Sendable {
        public var low: Int
        public var high: Int
    }

    /// The keys that hold one port, and those that hold a `MIN-MAX` range.
    public static let portKeys: [OwnedKey] = [.tosNodePort, .browserNodePort, .sandboxNodePort, .turnPort]
    public static let rangeKeys: [OwnedKey] = [.turnRelayPorts, .nodePortRange]

    /// Each port key's port, or why its text is not one.
    public let ports: [OwnedKey: Result<Int, PortText.Problem>]
    /// Each range key's ends, or why its text is not a range.
    public let ranges: [OwnedKey: Result<Ends, PortText.Problem>]

    public init(_ config: Config) {
        var ports: [OwnedKey: Result<Int, PortText.Problem>] = [:]
        for key in Self.portKeys { ports[key] = PortText.port(config[key], example: key.defaultValue) }
        var ranges: [OwnedKey: Result<Ends, PortText.Problem>] = [:]
        for key in Self.rangeKeys {
            ranges[key] = PortText.range(config[key], example: key.defaultValue).map { Ends(low: $0.0, high: $0.1) }
        }
        self.ports = ports
        self.ranges = ranges
    }

    /// The port `key` holds, or nil when it does not parse.
    public func port(_ key: OwnedKey) -> Int? { try? ports[key]?.get() }

    /// The range `key` holds, or nil when it does not parse or runs backwards.
    public func range(_ key: OwnedKey) -> ClosedRange<Int>? {
        guard let ends = try? ranges[key]?.get(), ends.low <= ends.high else { return nil }
        return ends.low...ends.high
    }
}
