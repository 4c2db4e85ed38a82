/// How TURN (coturn, UDP) is reached: never through the HTTP ingress.
public struct TURNPlan: Equatable, Sendable {
    public var exposure: TURNExposure
    /// The listener port, TCP and UDP.
    public var port: Int
    /// The relay ports, UDP only.
    public var relayPorts: ClosedRange<Int>
    /// The address clients are told to use; nil when unset.
    public var externalIP: String?

    init(config: Config, exposure: TURNExposure) {
        self.exposure = exposure
        port = Int(config[.turnPort]) ?? 3478
        relayPorts = PortRange.parse(config[.turnRelayPorts]) ?? 49152...49252
        externalIP = config[.turnExternalIP].isEmpty ? nil : config[.turnExternalIP]
    }
}
