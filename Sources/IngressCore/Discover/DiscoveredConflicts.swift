import Foundation

/// Judges the routing objects that already serve the platform's hosts: the ones nap-ingress
/// renders under the same kind, namespace and name are adopted in place by `kubectl apply`; any
/// other is a conflict, worded by what the configured controller does with a second object.
enum DiscoveredConflicts {
    /// The rows of the report and their findings.
    static func judge(_ snapshot: ClusterSnapshot, hosts: HostNames?, config: Config) -> ([DiscoveryReport.RoutingConflict], [Diagnostic]) {
        guard let hosts else { return ([], []) }
        let platformHosts = hosts.all.map { $0.lowercased() }
        var findings: [Diagnostic] = []
        var serving: [(RoutingObject, [String])] = []
        for object in snapshot.routingObjects.sorted(by: order) {
            let served = Set(object.hosts.map(normalised))
            let matched = platformHosts.filter(served.contains)
            if matched.isEmpty {
                for rule in object.unreadMatches where mentions(rule, hosts.main) {
                    findings.append(Diagnostic(.note, "discover.route-match-unread", .cluster(object.title, concerns: .controller),
                                               "could not read the match `\(rule)`: it may serve one of the platform's hosts.",
                                               hint: "check it by hand; discover reads only Host(`a`, `b`) and HostSNI(`a`) matches."))
                }
                continue
            }
            serving.append((object, matched))
        }
        guard !serving.isEmpty else { return ([], findings) }
        guard let rendered = RenderedRouting.of(config) else {
            findings.append(Diagnostic(.note, "discover.conflicts-unjudged", .cluster("routing objects", concerns: .controller),
                                       "\(serving.count) routing object(s) already serve the platform's hosts (\(serving.map(\.0.title).joined(separator: ", "))), but the answers do not make a plan yet, so discover cannot tell which ones nap-ingress would adopt.",
                                       hint: "fix what `nap-ingress check` reports, then run discover again."))
            return ([], findings)
        }
        let descriptor = rendered.controller.descriptor
        var rows: [DiscoveryReport.RoutingConflict] = []
        for (object, matched) in serving where !rendered.isParent(object) {
            let list = matched.joined(separator: ", ")
            if let message = object.duplicateFqdnMessage {
                findings.append(Diagnostic(.error, "discover.httpproxy-duplicate-fqdn", .cluster(object.title, concerns: .controller),
                                           "Contour marked it invalid: \(message); \(list) is not served until one root HTTPProxy is left.",
                                           hint: "keep the HTTPProxy nap-ingress renders and delete the others (each is listed as a conflict with its command)."))
            }
            if rendered.contains(object) {
                let apply = "nap-ingress render && kubectl apply -k ingress"
                rows.append(.init(kind: object.kind.kind, apiVersion: object.apiVersion, namespace: object.namespace, name: object.name,
                                  hosts: matched, verdict: .adopt, command: apply,
                                  outcome: "nap-ingress renders this object: applying the output updates it in place."))
                if !object.isManagedByNapIngress {
                    findings.append(Diagnostic(.note, "discover.route-adopted", .cluster(object.title, concerns: .controller),
                                               "serves \(list) and has the kind, namespace and name nap-ingress renders: it will be adopted in place (applying the output updates it and adds nap-ingress's labels), not duplicated.",
                                               hint: "compare first with `kubectl diff -k ingress` after `nap-ingress render`, then `kubectl apply -k ingress`."))
                }
                continue
            }
            let rule = descriptor.duplicateHosts.rule(for: object.kind.resource)
            let outcome = rule?.outcome
                ?? "\(descriptor.displayName) does not serve \(object.kind.kind) objects, so another controller does if one runs: the host answers from whichever controller the DNS records point at"
            let earlier = object.isManagedByNapIngress
                ? " It carries nap-ingress's label: an earlier render made it under a name this one no longer uses." : ""
            let others = otherHosts(of: object, platformHosts: platformHosts)
            let shared = object.isShared(otherHosts: others)
            let part = shared ? object.partToRemove(serving: matched) : nil
            let command = shared ? object.editCommand : object.deleteCommand
            let alsoServes = others.isEmpty ? "" : " It also serves \(RoutingObject.shortList(others)): deleting it would take them down too."
            let gateway = shared && others.isEmpty
                ? " It is a Gateway: other applications' routes may attach to its listeners, so it is edited, not deleted." : ""
            rows.append(.init(kind: object.kind.kind, apiVersion: object.apiVersion, namespace: object.namespace, name: object.name,
                              hosts: matched, otherHosts: others, verdict: .conflict, command: command, edit: part,
                              outcome: outcome + "." + alsoServes + gateway))
            let asks = object.className.map { " (class \($0))" } ?? ""
            let settle = part.map { "edit it with `\(command)` and \($0)" } ?? "remove it with `\(command)`"
            let hint = FindingHint.text("\(settle) once what it adds is in your answers (or keep it and leave the host out of nap-ingress).")
            findings.append(Diagnostic(rule?.severity ?? .warning, "discover.route-conflict", .cluster(object.title, concerns: .controller),
                                       "serves \(list)\(asks), which nap-ingress's \(descriptor.displayName) objects serve too: \(outcome).\(earlier)\(alsoServes)\(gateway)",
                                       hint: hint))
        }
        return (rows, findings)
    }

    /// The hosts it serves besides the platform's, once each, in its own order.
    static func otherHosts(of object: RoutingObject, platformHosts: [String]) -> [String] {
        var seen = Set(platformHosts)
        return object.hosts.map(normalised).filter { seen.insert($0).inserted }
    }

    /// Report order: the kinds as `RoutingKind.all` lists them, then namespace and name.
    static func order(_ a: RoutingObject, _ b: RoutingObject) -> Bool {
        let ranks = (RoutingKind.all.firstIndex(of: a.kind) ?? 0, RoutingKind.all.firstIndex(of: b.kind) ?? 0)
        return (ranks.0, a.namespace, a.name) < (ranks.1, b.namespace, b.name)
    }

    /// Host names compare without case and without a final dot.
    static func normalised(_ host: String) -> String {
        let lower = host.lowercased()
        return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
    }

    /// Whether an unread rule names the main domain (written plainly or as a regexp).
    static func mentions(_ rule: String, _ main: String) -> Bool {
        let lower = rule.lowercased()
        return lower.contains(main.lowercased()) || lower.contains(main.lowercased().replacingOccurrences(of: ".", with: "\\."))
    }
}
