/// `networking.k8s.io/v1` Ingress, shared by the ingress-nginx, F5 NGINX and generic renderers.
struct Ingress: Encodable, Sendable {
    var apiVersion = "networking.k8s.io/v1"
    var kind = "Ingress"
    var metadata: ObjectMeta
    var spec: Spec

    struct Spec: Encodable, Sendable {
        var ingressClassName: String?
        var tls: [TLS]
        var rules: [Rule]
    }

    struct TLS: Encodable, Sendable {
        var hosts: [String]
        var secretName: String
    }

    struct Rule: Encodable, Sendable {
        var host: String
        var http: HTTP
    }

    struct HTTP: Encodable, Sendable {
        var paths: [Path]
    }

    struct Path: Encodable, Sendable {
        var path = "/"
        var pathType = "Prefix"
        var backend: Backend
    }

    struct Backend: Encodable, Sendable {
        var service: Service
    }

    struct Service: Encodable, Sendable {
        var name: String
        var port: Port
    }

    struct Port: Encodable, Sendable {
        var number: Int
    }

    /// One Ingress for `routes`: a rule per host, and one `spec.tls` entry per Secret listing the hosts it serves.
    init(name: String, namespace: String, component: String, ingressClass: String?, annotations: StringMap, routes: [Route]) {
        metadata = ObjectMeta(name: name, namespace: namespace, component: component, annotations: annotations)
        var tls: [TLS] = []
        for route in routes {
            if let index = tls.firstIndex(where: { $0.secretName == route.tlsSecret }) {
                tls[index].hosts.append(route.host)
            } else {
                tls.append(TLS(hosts: [route.host], secretName: route.tlsSecret))
            }
        }
        spec = Spec(
            ingressClassName: ingressClass, tls: tls,
            rules: routes.map { route in
                Rule(host: route.host, http: HTTP(paths: [Path(backend: Backend(service: Service(name: route.service, port: Port(number: route.port))))]))
            })
    }

    /// The NGINX-family split: long-lived hosts in one Ingress (its annotations raise the timeouts),
    /// `files` in its own so the public export keeps the controller's defaults.
    static func split(_ plan: Plan, ingressClass: String?, longLived: StringMap, others: StringMap) -> [Ingress] {
        let streaming = plan.routes.filter(\.longLived)
        let plain = plan.routes.filter { !$0.longLived }
        var objects: [Ingress] = []
        if !streaming.isEmpty {
            objects.append(Ingress(name: "nap-long-lived", namespace: plan.namespace, component: "long-lived",
                                   ingressClass: ingressClass, annotations: longLived, routes: streaming))
        }
        for route in plain {
            objects.append(Ingress(name: route.objectName, namespace: plan.namespace, component: route.name.rawValue,
                                   ingressClass: ingressClass, annotations: others, routes: [route]))
        }
        return objects
    }
}
