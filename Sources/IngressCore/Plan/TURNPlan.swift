/// How TURN (coturn, UDP) is reached: never through the HTTP ingress.
public struct TURNPlan: Equatable, Sendable {
    public var exposure: TURNExposure
    /// The listener port, TCP and UDP.
    public var port: Int
    /// The relay ports, UDP only.
    public var relayPorts: ClosedRange<Int>
    /// The address clients are told to use; nil when unset.
    public var externalIP: String?
    /// The cluster's NodePort range (`--service-node-port-range`).
    public var nodePortRange: ClosedRange<Int>
    /// Labels of the coturn pods, for the rendered Service.
    public var selector: StringMap
    public var loadBalancerProvider: TURNLoadBalancerProvider
    /// A fixed address for the load balancer or the Gateways; nil lets the provider choose.
    public var loadBalancerAddress: String?
    /// Extra annotations on the rendered Service (provider options such as AWS EIP allocations).
    public var serviceAnnotations: StringMap
    /// The GatewayClass of the rendered UDP Gateways (udproute exposure).
    public var gatewayClass: String?

    /// Name of the rendered Service and the first Gateway.
    public static let serviceName = "nap-turn"
    /// `app.kubernetes.io/component` of every TURN object.
    public static let component = "turn"
    /// The Gateway API limit on listeners per Gateway.
    public static let listenersPerGateway = 64
    /// An AWS Network Load Balancer takes at most this many listeners (a fixed AWS quota).
    public static let awsNLBListenerLimit = 50
    /// Smaller relay ranges are warned about: each relayed session holds one port.
    public static let smallRelayRange = 20

    init(draft: Draft, exposure: TURNExposure) {
        let config = draft.config, ports = draft.ports
        func nonEmpty(_ key: OwnedKey) -> String? { config[key].isEmpty ? nil : config[key] }
        self.exposure = exposure
        // An unreadable value (a validation error) plans with the registry's default.
        let defaults = PortAnswers(Config())
        func range(_ key: OwnedKey) -> ClosedRange<Int> { ports.range(key) ?? defaults.range(key)! }
        port = ports.port(.turnPort) ?? defaults.port(.turnPort)!
        relayPorts = range(.turnRelayPorts)
        externalIP = nonEmpty(.turnExternalIP)
        nodePortRange = range(.nodePortRange)
        selector = StringMap(draft.pairs(.turnSelector).map { ($0.key, $0.value) })
        loadBalancerProvider = draft.turnLBProvider ?? TURNLoadBalancerProvider(rawValue: OwnedKey.turnLBProvider.defaultValue)!
        loadBalancerAddress = nonEmpty(.turnLBAddress)
        serviceAnnotations = StringMap(draft.pairs(.turnServiceAnnotations).map { ($0.key, $0.value) })
        gatewayClass = nonEmpty(.turnGatewayClass)
    }

    /// Every port TURN needs, listener first, in a fixed order.
    public var ports: [TURNPort] {
        [TURNPort(name: "turn-tcp", port: port, proto: .tcp, role: .listener),
         TURNPort(name: "turn-udp", port: port, proto: .udp, role: .listener)]
            + relayPorts.map { TURNPort(name: "relay-\($0)", port: $0, proto: .udp, role: .relay) }
    }

    /// Relayed sessions the relay range can hold at once.
    public var relayCapacity: Int { relayPorts.count }
}
