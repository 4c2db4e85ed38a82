/// What a WebSocket upgrade on a long-lived route showed, and whether it survived the idle hold.
public struct WebSocketObservation: Sendable, Equatable {
    /// How the attempt ended.
    public enum Outcome: Sendable, Equatable {
        /// 101, then a message sent after `held` idle came back.
        case carried(held: Duration)
        /// 101, then the connection closed after `lasted` of idleness.
        case cut(lasted: Duration)
        /// 101, the connection stayed open, but the message sent after the hold never came back.
        case silent(held: Duration)
        /// The upgrade was answered with another status.
        case notUpgraded(status: Int)
        case refused
        case timedOut
        case failed(String)
    }

    public var host: String
    public var address: String
    public var path: String
    public var outcome: Outcome

    public init(host: String, address: String, path: String, outcome: Outcome) {
        self.host = host
        self.address = address
        self.path = path
        self.outcome = outcome
    }
}
