/// One port TURN needs: the listener (TCP and UDP) or one relay port (UDP).
public struct TURNPort: Equatable, Sendable {
    /// Transport protocols, as Kubernetes and firewalls spell them.
    public enum Proto: String, Sendable {
        case tcp, udp
        /// `TCP`/`UDP`, as Kubernetes writes it.
        public var kubernetes: String { rawValue.uppercased() }
    }

    /// What the port is for.
    public enum Role: Sendable { case listener, relay }

    /// A DNS-1123 label, unique per Service and Gateway (`turn-udp`, `relay-49152`).
    public var name: String
    public var port: Int
    public var proto: Proto
    public var role: Role
}
