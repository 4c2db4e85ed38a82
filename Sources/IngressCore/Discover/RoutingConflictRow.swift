extension DiscoveryReport {
    /// A routing object in the cluster that serves one of the platform's five hosts, and what
    /// applying nap-ingress's output does with it.
    public struct RoutingConflict: Equatable, Sendable, Encodable {
        /// `adopt`: it has the kind, namespace and name nap-ingress renders, so `kubectl apply`
        /// updates it in place; `conflict`: a second object for the host, to remove or fold in.
        public enum Verdict: String, Sendable, Encodable { case adopt, conflict }

        public var kind: String
        public var apiVersion: String
        public var namespace: String
        public var name: String
        /// The platform's hosts it serves.
        public var hosts: [String]
        /// The other hosts it serves (other applications'): never deleted with it.
        public var otherHosts: [String] = []
        public var verdict: Verdict
        /// The command that settles it: apply the rendered output (adopt), delete the object (a
        /// conflict that serves only platform hosts), or edit it (a shared one; see `edit`).
        public var command: String
        /// For a shared object, the part to remove in the editor, e.g. "remove the rule for browsers.…".
        public var edit: String? = nil
        /// What the configured controller does with it, in one sentence.
        public var outcome: String
    }
}
