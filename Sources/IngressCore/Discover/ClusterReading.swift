import Foundation

/// A cluster as discovery read it, kept so that it can be judged again: the wizard's answers
/// change after the reading (the domain typed, the TLS source chosen), and the findings
/// about the Secrets and issuers must be about the answers on the screen, not those at start.
public struct ClusterReading: Equatable, Sendable {
    public var snapshot: ClusterSnapshot
    public var request: DiscoveryRequest
    /// When it was read: certificates' days left count from here, so judging again is pure.
    public var readAt: Date

    public init(snapshot: ClusterSnapshot, request: DiscoveryRequest, readAt: Date) {
        self.snapshot = snapshot
        self.request = request
        self.readAt = readAt
    }

    /// The keys the report's judgement reads from the answers (the domain, the mode, the
    /// controller, the TLS sources, TURN's exposure); other answers leave it as it is.
    public static let judgedKeys: [OwnedKey] = [.tosHost, .ingressMode, .controller, .tlsSource, .sandboxTLSSource, .turnExposure]

    /// The report for these answers.
    public func report(for config: Config) -> DiscoveryReport {
        Discovery.report(snapshot, request: request, config: config, now: readAt)
    }
}
