/// What verify's TURN probes saw at TURN_EXTERNAL_IP:TURN_PORT, as plain data the core judges.
public struct TURNObservation: Equatable, Sendable {
    /// How a STUN Binding request over one transport ended.
    public enum Reach: Equatable, Sendable {
        /// A Binding success response; the address the server saw us come from (`ip:port`).
        case answered(mapped: String)
        /// TCP reset, or ICMP port unreachable on UDP: nothing listens there.
        case refused
        /// No answer at all after `attempts` requests (UDP) or connection attempts: dropped on the way.
        case silent(attempts: Int)
        /// An error response or another failure, in words.
        case failed(String)
    }

    /// How the relay test ended.
    public enum Relay: Equatable, Sendable {
        /// No `--turn-secret` nor `--turn-user`/`--turn-password`: the relay is not tested.
        case noCredentials
        /// Neither UDP nor TCP answered a Binding, so no Allocate was tried.
        case noTransport
        /// The Allocate got an error response (wrong secret: 401; quota: 486; ...).
        case rejected(code: Int, reason: String)
        /// The Allocate got no usable answer.
        case noAnswer(String)
        /// An allocation was made; its relayed address, and what happened to the packet sent to it.
        case allocated(relayedHost: String, relayedPort: Int, roundTrip: RoundTrip)
    }

    /// A packet sent from a second socket to the relayed address, expected back as a Data indication.
    public enum RoundTrip: Equatable, Sendable {
        /// It came back: the relay port is open from outside.
        case returned
        /// It did not come back before the deadline.
        case lost
        /// The CreatePermission request was refused.
        case permissionRefused(code: Int, reason: String)
        /// Not tried: the relayed address is not TURN_EXTERNAL_IP, so verify sends nothing there.
        case notTried
    }

    /// TURN_EXTERNAL_IP (canonical text) and TURN_PORT.
    public var server: String
    public var port: Int
    public var udp: Reach
    public var tcp: Reach
    public var relay: Relay
    /// The transport the Allocate used (`udp`, or `tcp` when UDP did not answer).
    public var relayTransport: String

    public init(server: String, port: Int, udp: Reach, tcp: Reach, relay: Relay, relayTransport: String = "udp") {
        self.server = server
        self.port = port
        self.udp = udp
        self.tcp = tcp
        self.relay = relay
        self.relayTransport = relayTransport
    }
}
