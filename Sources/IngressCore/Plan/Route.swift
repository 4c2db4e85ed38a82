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

    /// The name of the routing object rendered for this route, whatever its kind. These are
    /// the names of the platform manual's "Full Contour example", so applying the output
    /// over an install made by hand from the manual updates its objects in place instead of
    /// adding a second root for the same host (which Contour marks invalid, both of them).
    public var objectName: String {
        switch name {
        case .main: "nap-main"
        case .files: "nap-files"
        case .browsers: "nap-browser"
        case .sandbox: "nap-sandbox"
        case .preview: "nap-sandbox-preview"
        }
    }

    /// True for `*.sandbox.<main>`.
    public var isWildcard: Bool { host.hasPrefix("*.") }
}
