import Foundation
import Yams
@testable import IngressCore

/// Rendered manifests read back as plain YAML maps, the way a controller sees them.
enum Manifests {
    static func documents(_ files: [ManifestFile]) throws -> [[String: Any]] {
        try files.flatMap { try Yams.load_all(yaml: $0.yaml()).compactMap { $0 as? [String: Any] } }
    }
}

/// Navigation helpers for untyped YAML.
func obj(_ any: Any?) -> [String: Any] { any as? [String: Any] ?? [:] }
func list(_ any: Any?) -> [[String: Any]] { any as? [[String: Any]] ?? [] }
func str(_ any: Any?) -> String? { any as? String }
extension Dictionary where Key == String, Value == Any {
    var spec: [String: Any] { obj(self["spec"]) }
    var kind: String { str(self["kind"]) ?? "" }
    var name: String { str(obj(self["metadata"])["name"]) ?? "" }
    var namespace: String { str(obj(self["metadata"])["namespace"]) ?? "" }
    var annotations: [String: String] { obj(self["metadata"])["annotations"] as? [String: String] ?? [:] }
}

/// Each controller's own host-matching rule, implemented independently of the renderers.
enum HostRule {
    /// TLS certificates, Ingress hosts, Istio hosts, Traefik `Host`: `*.` covers exactly one label.
    static func oneLabel(_ pattern: String, _ host: String) -> Bool {
        let pattern = pattern.lowercased(), host = host.lowercased()
        guard pattern.hasPrefix("*.") else { return pattern == host }
        let suffix = pattern.dropFirst(1)  // ".sandbox.<main>"
        guard host.hasSuffix(suffix) else { return false }
        let label = host.dropLast(suffix.count)
        return !label.isEmpty && !label.contains(".")
    }

    /// Gateway API listener and HTTPRoute hostnames: `*.` covers one or more labels.
    static func suffix(_ pattern: String, _ host: String) -> Bool {
        let pattern = pattern.lowercased(), host = host.lowercased()
        guard pattern.hasPrefix("*.") else { return pattern == host }
        let suffix = pattern.dropFirst(1)
        return host.hasSuffix(suffix) && host.count > suffix.count
    }

    /// A Go regexp as Traefik's `HostRegexp` applies it (unanchored search; the renderer anchors it).
    /// The patterns rendered use only syntax Go's RE2 and ICU agree on.
    static func goRegexp(_ pattern: String, _ host: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: host, range: NSRange(host.startIndex..., in: host)) != nil
    }

    /// A Traefik v3 rule made of one `Host(`…`)` or `HostRegexp(`…`)` matcher.
    static func traefik(_ rule: String, _ host: String) -> Bool {
        func argument(_ prefix: String) -> String? {
            guard rule.hasPrefix(prefix + "(`"), rule.hasSuffix("`)") else { return nil }
            return String(rule.dropFirst(prefix.count + 2).dropLast(2))
        }
        if let regexp = argument("HostRegexp") { return goRegexp(regexp, host) }
        if let name = argument("Host") { return oneLabel(name, host) }
        return false
    }
}

/// Where a request for one host name ends up, as read from the rendered objects.
struct Routed {
    var service: String
    var port: Int
    /// The controller's "never time out" setting is present for this host.
    var noTimeout: Bool
    /// The TLS Secret and the namespace the controller reads it from; nil when the manifests do not say.
    var secret: (name: String, namespace: String)?
}

/// Resolves host names against one controller's rendered objects.
struct RouteTable {
    let controller: IngressControllerKind
    let docs: [[String: Any]]
    let plan: Plan

    /// Every route a request for `host` matches (a correct rendering gives exactly one).
    func resolve(_ host: String) -> [Routed] {
        switch controller {
        case .ingressNginx, .nginxInc, .ingress, .haproxy: ingress(host)
        case .traefik: traefik(host)
        case .istio: istio(host)
        case .gatewayAPI: gatewayAPI(host)
        case .contour: []
        }
    }

    private func ingress(_ host: String) -> [Routed] {
        docs.filter { $0.kind == "Ingress" }.flatMap { doc -> [Routed] in
            let a = doc.annotations
            return list(doc.spec["rules"]).filter { HostRule.oneLabel(str($0["host"]) ?? "", host) }.map { rule in
                let service = obj(obj(list(obj(rule["http"])["paths"]).first?["backend"])["service"])
                let name = str(service["name"]) ?? ""
                let noTimeout: Bool
                switch controller {
                case .ingressNginx:
                    noTimeout = a["nginx.ingress.kubernetes.io/proxy-read-timeout"] == "3600" && a["nginx.ingress.kubernetes.io/proxy-send-timeout"] == "3600"
                case .nginxInc:
                    noTimeout = a["nginx.org/proxy-read-timeout"] == "3600s" && a["nginx.org/proxy-send-timeout"] == "3600s"
                        && (a["nginx.org/websocket-services"] ?? "").split(separator: ",").contains { $0 == name }
                case .haproxy:
                    noTimeout = a["haproxy.org/timeout-server"] == "1h"
                default:
                    noTimeout = a.keys.contains { $0.contains("timeout") }
                }
                let tls = list(doc.spec["tls"]).first { ($0["hosts"] as? [String] ?? []).contains { HostRule.oneLabel($0, host) } }
                return Routed(service: name, port: obj(service["port"])["number"] as? Int ?? 0, noTimeout: noTimeout,
                              secret: tls.flatMap { str($0["secretName"]) }.map { ($0, doc.namespace) })
            }
        }
    }

    private func traefik(_ host: String) -> [Routed] {
        let transports = docs.filter { $0.kind == "ServersTransport" }
        return docs.filter { $0.kind == "IngressRoute" }.flatMap { doc -> [Routed] in
            list(doc.spec["routes"]).filter { HostRule.traefik(str($0["match"]) ?? "", host) }.map { route in
                let service = list(route["services"]).first ?? [:]
                let transport = transports.first { $0.name == str(service["serversTransport"]) && $0.namespace == doc.namespace }
                let noTimeout = transport.map { str(obj($0.spec["forwardingTimeouts"])["responseHeaderTimeout"]) == "0s" } ?? false
                return Routed(service: str(service["name"]) ?? "", port: service["port"] as? Int ?? 0, noTimeout: noTimeout,
                              secret: str(obj(doc.spec["tls"])["secretName"]).map { ($0, doc.namespace) })
            }
        }
    }

    private func istio(_ host: String) -> [Routed] {
        let gateways = docs.filter { $0.kind == "Gateway" && str($0["apiVersion"])?.hasPrefix("networking.istio.io/") == true }
        // credentialName is read from the gateway workload's namespace, which the operator told us.
        let workloadNamespace = plan.options.istioGatewayNamespace
        return docs.filter { $0.kind == "VirtualService" }.flatMap { vs -> [Routed] in
            guard (vs.spec["hosts"] as? [String] ?? []).contains(where: { HostRule.oneLabel($0, host) }) else { return [] }
            let bound = (vs.spec["gateways"] as? [String] ?? []).compactMap { ref in gateways.first { "\($0.namespace)/\($0.name)" == ref } }
            // The Gateway server must admit this host from the VirtualService's namespace over HTTPS.
            let servers = bound.flatMap { list($0.spec["servers"]) }.filter { server in
                str(obj(server["port"])["protocol"]) == "HTTPS" && (server["hosts"] as? [String] ?? []).contains { entry in
                    let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
                    let (ns, pattern) = parts.count == 2 ? (parts[0], parts[1]) : ("*", parts[0])
                    return (ns == "*" || ns == vs.namespace) && HostRule.oneLabel(pattern, host)
                }
            }
            guard let server = servers.first else { return [] }
            let http = list(vs.spec["http"]).first ?? [:]
            let destination = obj(list(http["route"]).first?["destination"])
            return [Routed(service: str(destination["host"]) ?? "", port: obj(destination["port"])["number"] as? Int ?? 0,
                           noTimeout: http["timeout"] == nil,
                           secret: str(obj(server["tls"])["credentialName"]).map { ($0, workloadNamespace) })]
        }
    }

    private func gatewayAPI(_ host: String) -> [Routed] {
        let gateways = docs.filter { $0.kind == "Gateway" && str($0["apiVersion"])?.hasPrefix("gateway.networking.k8s.io/") == true }
        return docs.filter { $0.kind == "HTTPRoute" }.flatMap { route -> [Routed] in
            guard (route.spec["hostnames"] as? [String] ?? []).contains(where: { HostRule.suffix($0, host) }) else { return [] }
            let rule = list(route.spec["rules"]).first ?? [:]
            guard let backend = list(rule["backendRefs"]).first else { return [] }  // the HTTP redirect route
            var secret: (String, String)?
            for parent in list(route.spec["parentRefs"]) {
                let gatewayNamespace = str(parent["namespace"]) ?? route.namespace
                guard let gateway = gateways.first(where: { $0.name == str(parent["name"]) && $0.namespace == gatewayNamespace }) else { continue }
                let listeners = list(gateway.spec["listeners"]).filter { listener in
                    (parent["sectionName"] == nil || str(listener["name"]) == str(parent["sectionName"]))
                        && str(listener["protocol"]) == "HTTPS" && HostRule.suffix(str(listener["hostname"]) ?? "*.", host)
                }
                guard let listener = listeners.first else { return [] }  // attached, but no listener serves the host
                let ref = list(obj(listener["tls"])["certificateRefs"]).first ?? [:]
                secret = str(ref["name"]).map { ($0, str(ref["namespace"]) ?? gatewayNamespace) }
            }
            return [Routed(service: str(backend["name"]) ?? "", port: backend["port"] as? Int ?? 0,
                           noTimeout: str(obj(rule["timeouts"])["request"]) == "0s", secret: secret)]
        }
    }
}
