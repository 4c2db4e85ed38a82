/// One row of the platform's route table: which host goes to which Service.
public struct Route: Equatable, Sendable {
    /// The five routes by their role in the platform.
    public enum Name: String, CaseIterable, Sendable {
        case main, files, browsers, sandbox
        case preview = "sandbox-preview"
    }

    public var name: Name
    public var host: String
    public var service: String
    public var port: Int
    /// SSE/WebSocket traffic: the proxy must never time the connection out.
    public var longLived: Bool
    public var tlsSecret: String

    /// True for `*.sandbox.<main>`.
    public var isWildcard: Bool { host.hasPrefix("*.") }
}
