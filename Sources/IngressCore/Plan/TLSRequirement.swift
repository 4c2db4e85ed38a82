/// A TLS Secret the ingress reads, where it must live and which names it must cover.
public struct TLSRequirement: Equatable, Sendable {
    public var secretName: String
    public var namespace: String
    public var names: [String]
    /// The sandbox preview Secret must hold a wildcard certificate.
    public var wildcard: Bool
    public var source: TLSSource
    /// The PEM files of the `files` source (nil for the other sources).
    public var certFile: String? = nil
    public var keyFile: String? = nil
}
