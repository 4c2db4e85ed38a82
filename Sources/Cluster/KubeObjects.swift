import Foundation
import IngressCore

/// Turns kubectl's `-o json` lists into the snapshot's plain values; fields follow the
/// upstream APIs (networking.k8s.io/v1, gateway.networking.k8s.io/v1, cert-manager.io/v1).
enum KubeObjects {
    typealias Object = [String: Any]

    /// The `items` of a List document; an empty or unreadable document gives none.
    static func items(_ json: String) -> [Object] {
        guard let data = json.data(using: .utf8), !data.isEmpty,
              let document = try? JSONSerialization.jsonObject(with: data) as? Object else { return [] }
        if let items = document["items"] as? [Object] { return items }
        return document["kind"] != nil ? [document] : []
    }

    /// Adds each object of a mixed list to the snapshot by its kind and API group.
    static func add(_ items: [Object], to snapshot: inout ClusterSnapshot) {
        for item in items {
            if let routing = KubeRoutingObjects.object(item) { snapshot.routingObjects.append(routing) }
            let kind = item["kind"] as? String ?? ""
            let group = (item["apiVersion"] as? String ?? "").split(separator: "/").dropLast().first.map(String.init) ?? ""
            switch (group, kind) {
            case ("networking.k8s.io", "IngressClass"): snapshot.ingressClasses.append(ingressClass(item))
            case ("gateway.networking.k8s.io", "GatewayClass"): snapshot.gatewayClasses.append(gatewayClass(item))
            case ("gateway.networking.k8s.io", "Gateway"): snapshot.gateways.append(gateway(item))
            case ("", "Service"): snapshot.services.append(service(item))
            case ("cert-manager.io", "Issuer"), ("cert-manager.io", "ClusterIssuer"): snapshot.issuers.append(issuer(item))
            case ("cert-manager.io", "Certificate"): snapshot.certificates.append(certificate(item))
            case ("", "Pod"): snapshot.turnPods.append(pod(item))
            default: continue
            }
        }
    }

    static func metadata(_ item: Object) -> (name: String, namespace: String, labels: [String: String], annotations: [String: String]) {
        let meta = item["metadata"] as? Object ?? [:]
        return (meta["name"] as? String ?? "", meta["namespace"] as? String ?? "",
                meta["labels"] as? [String: String] ?? [:], meta["annotations"] as? [String: String] ?? [:])
    }

    static func spec(_ item: Object) -> Object { item["spec"] as? Object ?? [:] }

    /// The status of a condition of `type` (`Accepted`, `Ready`), nil when not reported.
    static func condition(_ item: Object, _ type: String) -> Bool? {
        let conditions = (item["status"] as? Object)?["conditions"] as? [Object] ?? []
        guard let condition = conditions.first(where: { $0["type"] as? String == type }) else { return nil }
        return condition["status"] as? String == "True"
    }

    static func ingressClass(_ item: Object) -> IngressClassObject {
        let meta = metadata(item)
        return IngressClassObject(name: meta.name, controller: spec(item)["controller"] as? String ?? "",
                                  isDefault: meta.annotations[DiscoveryKinds.defaultClassAnnotation] == "true")
    }

    static func gatewayClass(_ item: Object) -> GatewayClassObject {
        GatewayClassObject(name: metadata(item).name, controllerName: spec(item)["controllerName"] as? String ?? "",
                           accepted: condition(item, "Accepted"))
    }

    static func gateway(_ item: Object) -> GatewayObject {
        let meta = metadata(item)
        let addresses = ((item["status"] as? Object)?["addresses"] as? [Object] ?? []).compactMap { $0["value"] as? String }
        return GatewayObject(namespace: meta.namespace, name: meta.name, className: spec(item)["gatewayClassName"] as? String ?? "",
                             addresses: addresses)
    }

    static func service(_ item: Object) -> ServiceObject {
        let meta = metadata(item)
        let ports = (spec(item)["ports"] as? [Object] ?? []).compactMap { ($0["port"] as? NSNumber)?.intValue }
        let ingress = ((item["status"] as? Object)?["loadBalancer"] as? Object)?["ingress"] as? [Object] ?? []
        let addresses = ingress.compactMap { ($0["ip"] as? String) ?? ($0["hostname"] as? String) }
        return ServiceObject(namespace: meta.namespace, name: meta.name, type: spec(item)["type"] as? String ?? "ClusterIP",
                             ports: ports, labels: meta.labels, loadBalancerAddresses: addresses)
    }

    static func issuer(_ item: Object) -> IssuerObject {
        let meta = metadata(item)
        let kind = item["kind"] as? String ?? "Issuer"
        let spec = spec(item)
        let types = ["acme", "ca", "selfSigned", "vault", "venafi"]
        let type = types.first { spec[$0] != nil } ?? spec.keys.sorted().first ?? "unknown"
        let solvers = ((spec["acme"] as? Object)?["solvers"] as? [Object] ?? []).compactMap { solver -> String? in
            if solver["dns01"] != nil { return "dns01" }
            if solver["http01"] != nil { return "http01" }
            return nil
        }
        return IssuerObject(kind: kind, namespace: kind == "ClusterIssuer" ? nil : meta.namespace, name: meta.name,
                            ready: condition(item, "Ready"), type: type, solvers: solvers)
    }

    static func certificate(_ item: Object) -> CertificateObject {
        let meta = metadata(item)
        let spec = spec(item)
        let issuerRef = spec["issuerRef"] as? Object ?? [:]
        return CertificateObject(namespace: meta.namespace, name: meta.name, secretName: spec["secretName"] as? String ?? "",
                                 issuerKind: issuerRef["kind"] as? String ?? "Issuer", issuerName: issuerRef["name"] as? String ?? "",
                                 ready: condition(item, "Ready"))
    }

    static func pod(_ item: Object) -> PodObject {
        let spec = spec(item)
        let containers = spec["containers"] as? [Object] ?? []
        let hostPorts = containers.flatMap { ($0["ports"] as? [Object] ?? []).compactMap { ($0["hostPort"] as? NSNumber)?.intValue } }
        return PodObject(name: metadata(item).name, hostNetwork: spec["hostNetwork"] as? Bool ?? false, hostPorts: hostPorts)
    }
}
