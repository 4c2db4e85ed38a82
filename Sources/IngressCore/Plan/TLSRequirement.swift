/// A TLS Secret the ingress reads, where it must live and which names it must cover.
public struct TLSRequirement: Equatable, Sendable {
    public var secretName: String
    public var namespace: String
    public var names: [String]
    /// The sandbox preview Secret must hold a wildcard certificate.
    public var wildcard: Bool
    public var source: TLSSource
}
