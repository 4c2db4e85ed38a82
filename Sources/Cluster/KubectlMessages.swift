/// What kubectl's error lines say: a kind that may not be read, a namespace that does not
/// exist, or a server that cannot be reached. kubectl prints what it could read on stdout
/// and one line per failed kind on stderr, so each line is judged on its own.
enum KubectlMessages {
    /// The resource type (`secrets`, `issuers.cert-manager.io`) of a Forbidden line.
    static func forbiddenType(_ line: String) -> String? {
        guard line.contains("(Forbidden)") || line.contains("is forbidden") else { return nil }
        guard let resource = quoted(after: "resource ", in: line) else { return nil }
        let group = quoted(after: "API group ", in: line) ?? ""
        return group.isEmpty ? resource : "\(resource).\(group)"
    }

    /// The namespace of a `namespaces "nap" not found` line.
    static func missingNamespace(_ line: String) -> String? {
        quoted(after: "namespaces ", in: line).flatMap { name in line.contains("namespaces \"\(name)\" not found") ? name : nil }
    }

    /// Whether the line says the API server could not be reached (refused, timeout, DNS, TLS).
    static func isConnectionFailure(_ line: String) -> Bool {
        let markers = ["Unable to connect to the server", "connection refused", "was refused", "i/o timeout",
                       "context deadline exceeded", "Client.Timeout", "no such host", "net/http: request canceled",
                       "TLS handshake timeout", "connection reset by peer", "dial tcp"]
        return markers.contains { line.contains($0) }
    }

    /// The meaningful lines of stderr (kubectl's retry chatter from client-go's memcache is dropped).
    static func lines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.contains("memcache.go") }
    }

    /// The text between the quotes that follow `marker`.
    static func quoted(after marker: String, in line: String) -> String? {
        guard let start = line.range(of: marker + "\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
