/// What a TLS handshake with SNI against one address showed: the chain the server presented, or why there was none.
public struct TLSObservation: Sendable, Equatable {
    /// How the attempt ended.
    public enum Outcome: Sendable, Equatable {
        /// The handshake completed; the certificates as presented, leaf first (DER).
        case presented([[UInt8]])
        case refused
        case timedOut
        /// Connected, but no handshake (the reason as the TLS library gave it).
        case handshakeFailed(String)
        case unreachable(String)
    }

    public var host: String
    public var address: String
    public var port: Int
    public var outcome: Outcome

    public init(host: String, address: String, port: Int, outcome: Outcome) {
        self.host = host
        self.address = address
        self.port = port
        self.outcome = outcome
    }
}
