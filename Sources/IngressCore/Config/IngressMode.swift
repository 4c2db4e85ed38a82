/// How the platform's three HTTP services are reached.
public enum IngressMode: String, CaseIterable, Sendable {
    /// The platform's default: NodePorts on every node, no ingress objects.
    case nodeport
    /// ClusterIP Services behind the operator's own ingress controller, on a domain with TLS.
    case external
}
