import IngressCore

/// What the DNS column found, and the addresses TLS/HTTP/WebSocket must probe per name.
public struct DNSVerification: Sendable {
    /// One `dns` cell per name, incl. `*.sandbox.<main>` and the random preview name.
    public var cells: [VerifyCell]
    /// Name checked -> IP addresses it resolved to (empty when it did not resolve).
    public var addresses: [String: [String]]

    public init(cells: [VerifyCell], addresses: [String: [String]]) {
        self.cells = cells
        self.addresses = addresses
    }
}

/// verify's DNS column: asks a resolver about every host name and judges the answers.
public enum DNSVerifier {
    /// `previewName` is the random `{id}-{port}.sandbox.<main>` name verify-net chose;
    /// `resolver` is `--resolver ADDR[:PORT]` (nil: the system resolver from /etc/resolv.conf).
    public static func verify(_ plan: Plan, previewName: String, resolver: String?, timeout: Duration) async -> DNSVerification {
        // Interface stub: the real lookups land in the next commits.
        guard let hosts = plan.hosts else { return DNSVerification(cells: [], addresses: [:]) }
        let names = [hosts.main, hosts.files, hosts.browsers, hosts.sandbox, hosts.previewWildcard, previewName]
        let cells = names.map {
            VerifyCell(host: $0, check: .dns, status: .skipped, code: "dns.not-implemented", message: "DNS checks are not implemented yet.")
        }
        return DNSVerification(cells: cells, addresses: [:])
    }
}
