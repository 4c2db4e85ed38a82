import Foundation
import IngressCore
import X509

/// How one `verify` run probes: where, how long, and against which trust roots.
public struct VerifySettings: Sendable {
    /// `ADDR[:PORT]` of the DNS server to ask, or nil for the system resolver.
    public var resolver: String?
    /// The roots a served chain must reach.
    public var trust: CertificateStore
    /// How long a WebSocket stays idle before its message; zero skips the hold.
    public var hold: Duration
    /// The bound of each probe (connect, handshake, answer).
    public var timeout: Duration
    /// 443 and 80 in real use; labs and tests point them elsewhere.
    public var httpsPort: Int
    public var httpPort: Int
    public var turnCredentials: TURNCredentials?
    /// The path of each long-lived route's WebSocket check (default `/`).
    public var webSocketPaths: [Route.Name: String]
    /// The leaf of each `TLS_SOURCE=files` certificate file, by Secret name.
    public var configuredLeaves: [String: Certificate]

    public init(resolver: String? = nil, trust: CertificateStore = CertificateStore(), hold: Duration = .zero,
                timeout: Duration = .seconds(5), httpsPort: Int = 443, httpPort: Int = 80,
                turnCredentials: TURNCredentials? = nil, webSocketPaths: [Route.Name: String] = [:],
                configuredLeaves: [String: Certificate] = [:]) {
        self.resolver = resolver
        self.trust = trust
        self.hold = hold
        self.timeout = timeout
        self.httpsPort = httpsPort
        self.httpPort = httpPort
        self.turnCredentials = turnCredentials
        self.webSocketPaths = webSocketPaths
        self.configuredLeaves = configuredLeaves
    }

    /// The default hold: just past the controller's default idle timeout, so a route left at it is caught.
    public static func defaultHold(_ plan: Plan) -> Duration {
        ControllerVerifyFacts.of(plan).defaultIdleTimeout + .seconds(5)
    }
}
