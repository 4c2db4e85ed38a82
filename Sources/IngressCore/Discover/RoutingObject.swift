/// An object that routes host names (HTTPProxy, Ingress, HTTPRoute, Gateway, VirtualService,
/// IngressRoute, VirtualServer), reduced to what discover judges: who it is and which hosts it serves.
public struct RoutingObject: Equatable, Sendable {
    public var kind: RoutingKind
    /// `group/version` as the server answered it, e.g. `projectcontour.io/v1`.
    public var apiVersion: String
    public var namespace: String
    public var name: String
    public var labels: [String: String]
    /// The host names it serves, lower-cased, as written (`*.sandbox.acme.com` stays a wildcard).
    public var hosts: [String]
    /// Match rules discover could not read (a Traefik rule other than plain `Host`/`HostSNI`).
    public var unreadMatches: [String]
    /// The class an Ingress or HTTPProxy asks for (`spec.ingressClassName` or the class annotation), when it names one.
    public var className: String? = nil
    /// Contour's `DuplicateVhost` error message, when Contour marked this HTTPProxy invalid for it.
    public var duplicateFqdnMessage: String?

    public init(kind: RoutingKind, apiVersion: String, namespace: String, name: String, labels: [String: String] = [:],
                hosts: [String], unreadMatches: [String] = [], duplicateFqdnMessage: String? = nil) {
        self.kind = kind; self.apiVersion = apiVersion; self.namespace = namespace; self.name = name
        self.labels = labels; self.hosts = hosts; self.unreadMatches = unreadMatches
        self.duplicateFqdnMessage = duplicateFqdnMessage
    }

    /// Whether an earlier nap-ingress render made it (the label every rendered object carries).
    public var isManagedByNapIngress: Bool { labels["app.kubernetes.io/managed-by"] == "nap-ingress" }

    /// `HTTPProxy nap/nap-main`, as findings name it.
    public var title: String { "\(kind.kind) \(namespace)/\(name)" }

    /// The command that removes it.
    public var deleteCommand: String { "kubectl delete \(kind.resource) \(name) -n \(namespace)" }
}

/// Reads the host names out of a Traefik rule: only the plain `Host(`a`, `b`)` and `HostSNI(...)`
/// forms; anything else that names hosts (HostRegexp, a variable) is reported as not read.
public enum TraefikMatch {
    /// The hosts of `rule`, and whether some host matcher could not be read.
    public static func hosts(_ rule: String) -> (hosts: [String], unread: Bool) {
        var hosts: [String] = []
        var unread = false
        var rest = Substring(rule)
        while let start = rest.range(of: "Host") {
            let after = rest[start.upperBound...]
            let matcher: Substring
            if after.hasPrefix("SNI(") { matcher = after.dropFirst(4) } else if after.hasPrefix("(") { matcher = after.dropFirst(1) } else {
                // HostRegexp, HostSNIRegexp, HostHeader: a pattern, not a list of names.
                unread = true
                rest = after
                continue
            }
            guard let close = matcher.firstIndex(of: ")") else { unread = true; break }
            let arguments = matcher[..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for argument in arguments {
                let quoted = (argument.hasPrefix("`") && argument.hasSuffix("`")) || (argument.hasPrefix("\"") && argument.hasSuffix("\""))
                if quoted, argument.count >= 2 {
                    hosts.append(String(argument.dropFirst().dropLast()).lowercased())
                } else {
                    unread = true
                }
            }
            rest = matcher[close...]
        }
        return (hosts, unread)
    }
}
