import Foundation
import IngressCore

/// Reads the host names each routing kind serves, from the fields its upstream API defines:
/// HTTPProxy `spec.virtualhost.fqdn` (roots only), Ingress `spec.rules[].host`, HTTPRoute
/// `spec.hostnames`, Gateway `spec.listeners[].hostname`, VirtualService `spec.hosts` (bound to a
/// gateway), Istio Gateway `spec.servers[].hosts` (`namespace/host`), IngressRoute
/// `spec.routes[].match`, VirtualServer `spec.host`.
enum KubeRoutingObjects {
    typealias Object = KubeObjects.Object

    /// The routing object for `item`, nil when its kind is not one discover judges.
    static func object(_ item: Object) -> RoutingObject? {
        let apiVersion = item["apiVersion"] as? String ?? ""
        let group = apiVersion.split(separator: "/").dropLast().first.map(String.init) ?? ""
        guard let kind = RoutingKind.of(group: group, kind: item["kind"] as? String ?? "") else { return nil }
        let meta = KubeObjects.metadata(item)
        let spec = KubeObjects.spec(item)
        var hosts: [String] = []
        var unread: [String] = []
        var duplicate: String?
        switch kind {
        case .httpProxy:
            // An HTTPProxy without a virtualhost is included by a root; it serves no host itself.
            if let fqdn = (spec["virtualhost"] as? Object)?["fqdn"] as? String { hosts = [fqdn] }
            duplicate = duplicateFqdn(item)
        case .ingress:
            hosts = (spec["rules"] as? [Object] ?? []).compactMap { $0["host"] as? String }
        case .httpRoute:
            hosts = spec["hostnames"] as? [String] ?? []
        case .gateway:
            hosts = (spec["listeners"] as? [Object] ?? []).compactMap { $0["hostname"] as? String }
        case .virtualService:
            // Without gateways (or only `mesh`) it routes inside the mesh, not at the ingress.
            let gateways = spec["gateways"] as? [String] ?? []
            if gateways.contains(where: { $0 != "mesh" }) { hosts = spec["hosts"] as? [String] ?? [] }
        case .istioGateway:
            hosts = (spec["servers"] as? [Object] ?? []).flatMap { ($0["hosts"] as? [String] ?? []) }.map { host in
                host.split(separator: "/", maxSplits: 1).last.map(String.init) ?? host
            }
        case .ingressRoute, .ingressRouteContainous:
            for route in spec["routes"] as? [Object] ?? [] {
                guard let match = route["match"] as? String else { continue }
                let read = TraefikMatch.hosts(match)
                hosts += read.hosts
                if read.unread { unread.append(match) }
            }
        case .virtualServer:
            if let host = spec["host"] as? String { hosts = [host] }
        default:
            return nil
        }
        var object = RoutingObject(kind: kind, apiVersion: apiVersion, namespace: meta.namespace, name: meta.name, labels: meta.labels,
                                   hosts: hosts.map { $0.lowercased() }, unreadMatches: unread, duplicateFqdnMessage: duplicate)
        // Contour lets the annotation win over the field where both are set (its annotations.md).
        object.className = meta.annotations["kubernetes.io/ingress.class"] ?? meta.annotations["projectcontour.io/ingress.class"]
            ?? spec["ingressClassName"] as? String
        return object
    }

    /// Contour's message when it marked the HTTPProxy invalid for a shared fqdn: `currentStatus`
    /// `invalid` and an error of reason `DuplicateVhost` in a condition (contour's httpproxy_processor.go).
    static func duplicateFqdn(_ item: Object) -> String? {
        guard let status = item["status"] as? Object, status["currentStatus"] as? String == "invalid" else { return nil }
        for condition in status["conditions"] as? [Object] ?? [] {
            for error in condition["errors"] as? [Object] ?? [] where error["reason"] as? String == "DuplicateVhost" {
                return error["message"] as? String ?? "an fqdn used in multiple HTTPProxies"
            }
        }
        return nil
    }
}
