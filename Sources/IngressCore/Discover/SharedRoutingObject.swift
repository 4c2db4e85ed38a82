/// What to do with a routing object that serves the platform's hosts but is shared: it also
/// serves other hosts, or it is a Gateway whose listeners other applications' routes attach to.
/// Deleting such an object takes those applications down, so discover offers an edit of the exact
/// part that serves the platform's host instead. The one home of that wording, per kind.
extension RoutingObject {
    /// How many of the other hosts a message names before it gives a count.
    static let otherHostsShown = 3

    /// Whether deleting it could take something other than the platform down: a Gateway always
    /// (listeners without a hostname serve any host, and other teams' routes attach to it).
    public func isShared(otherHosts: [String]) -> Bool {
        !otherHosts.isEmpty || kind == .gateway || kind == .istioGateway
    }

    /// `kubectl edit <resource> NAME -n NS`: opens the object to change one part of it.
    public var editCommand: String { "kubectl edit \(kind.resource) \(name) -n \(namespace)" }

    /// The part of the object to remove so that it no longer serves `hosts`, worded for its kind
    /// by the field its upstream API defines (the same fields `KubeRoutingObjects` reads).
    public func partToRemove(serving hosts: [String]) -> String {
        let list = RoutingObject.sentenceList(hosts)
        let plural = hosts.count > 1
        switch kind {
        case .ingress:
            return "remove the rule\(plural ? "s" : "") for \(list) (spec.rules[].host) and \(plural ? "those hosts" : "the host") from spec.tls[].hosts"
        case .httpRoute:
            return "remove \(list) from spec.hostnames"
        case .gateway:
            return "remove the listener\(plural ? "s" : "") for \(list) (spec.listeners[].hostname)"
        case .virtualService:
            return "remove \(list) from spec.hosts"
        case .istioGateway:
            return "remove \(list) from spec.servers[].hosts"
        case .ingressRoute, .ingressRouteContainous:
            return "remove \(list) from the Host(...) of spec.routes[].match, or the route when it names nothing else"
        case .virtualServer:
            return "change spec.host away from \(list)"
        default:
            // HTTPProxy: one fqdn per object, so it is never shared by another host.
            return "change spec.virtualhost.fqdn away from \(list)"
        }
    }

    /// `a.example.org, b.example.org, c.example.org and 2 more`: a few names, then a count.
    public static func shortList(_ hosts: [String]) -> String {
        guard hosts.count > otherHostsShown else { return hosts.joined(separator: ", ") }
        return hosts.prefix(otherHostsShown).joined(separator: ", ") + " and \(hosts.count - otherHostsShown) more"
    }

    /// `a`, `a and b`, `a, b and c`: hosts in a sentence.
    static func sentenceList(_ hosts: [String]) -> String {
        guard hosts.count > 1 else { return hosts.first ?? "" }
        return hosts.dropLast().joined(separator: ", ") + " and " + (hosts.last ?? "")
    }
}
