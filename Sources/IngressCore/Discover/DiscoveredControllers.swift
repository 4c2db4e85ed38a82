/// Which controllers a snapshot reveals, and the load-balancer addresses they serve on.
enum DiscoveredControllers {
    /// Every controller with evidence, in the order of the signatures; several are listed, not guessed between.
    static func controllers(_ snapshot: ClusterSnapshot) -> [DiscoveryReport.FoundController] {
        var found: [DiscoveryReport.FoundController] = []
        for signature in ControllerSignature.all {
            var evidence: [String] = []
            var ingressClass: String?
            for cls in snapshot.ingressClasses {
                let byController = signature.ingressClassControllers.contains(cls.controller)
                let byName = signature.ingressClassNames.contains(cls.name)
                guard byController || byName else { continue }
                let why = byController ? "spec.controller \(cls.controller)" : "class name \(cls.name), which the controller matches by name"
                evidence.append("IngressClass \(cls.name) (\(why)\(cls.isDefault ? ", the cluster's default" : ""))")
                if ingressClass == nil || cls.isDefault { ingressClass = cls.name }
            }
            for resource in signature.revealingResources where snapshot.serves(resource) {
                evidence.append("CRD \(resource) installed")
            }
            for service in controllerServices(signature, snapshot) {
                evidence.append("Service \(service.namespace)/\(service.name) (\(service.type))")
            }
            guard !evidence.isEmpty else { continue }
            found.append(.init(controller: signature.controller.rawValue, name: signature.controller.displayName,
                               ingressClass: ingressClass, evidence: evidence))
        }
        let accepted = snapshot.gatewayClasses.filter { $0.accepted != false }
        if !accepted.isEmpty {
            let evidence = accepted.map { cls in
                "GatewayClass \(cls.name) (controllerName \(cls.controllerName)\(cls.accepted == true ? ", Accepted" : ""))"
            }
            found.append(.init(controller: IngressControllerKind.gatewayAPI.rawValue, name: IngressControllerKind.gatewayAPI.displayName,
                               ingressClass: nil, evidence: evidence))
        }
        // An IngressClass no signature knows still serves plain Ingress objects.
        let known = Set(ControllerSignature.all.flatMap(\.ingressClassControllers))
        let knownNames = Set(ControllerSignature.all.flatMap(\.ingressClassNames))
        let other = snapshot.ingressClasses.filter { !known.contains($0.controller) && !knownNames.contains($0.name) }
        if !other.isEmpty {
            found.append(.init(controller: IngressControllerKind.ingress.rawValue, name: IngressControllerKind.ingress.displayName,
                               ingressClass: (other.first { $0.isDefault } ?? other[0]).name,
                               evidence: other.map { "IngressClass \($0.name) (spec.controller \($0.controller), not one nap-ingress has a renderer for)" }))
        }
        return found
    }

    /// The Services of type LoadBalancer that carry a signature's labels.
    static func controllerServices(_ signature: ControllerSignature, _ snapshot: ClusterSnapshot) -> [ServiceObject] {
        snapshot.services.filter { service in
            service.type == "LoadBalancer" && signature.serviceLabels.contains { service.labels[$0.key] == $0.value }
        }
    }

    /// The proposed entries: each controller Service's load-balancer address (or pending), then each Gateway's addresses.
    static func entries(_ snapshot: ClusterSnapshot) -> [DiscoveryReport.Entry] {
        var entries: [DiscoveryReport.Entry] = []
        for signature in ControllerSignature.all {
            for service in controllerServices(signature, snapshot) {
                let source = "Service \(service.namespace)/\(service.name) (LoadBalancer)"
                if service.loadBalancerAddresses.isEmpty {
                    entries.append(.init(address: "", kind: "pending", source: source, controller: signature.controller.rawValue))
                }
                for address in service.loadBalancerAddresses {
                    entries.append(.init(address: address, kind: kind(of: address), source: source, controller: signature.controller.rawValue))
                }
            }
        }
        for gateway in snapshot.gateways {
            let source = "Gateway \(gateway.namespace)/\(gateway.name) (class \(gateway.className))"
            if gateway.addresses.isEmpty {
                entries.append(.init(address: "", kind: "pending", source: source, controller: IngressControllerKind.gatewayAPI.rawValue))
            }
            for address in gateway.addresses {
                entries.append(.init(address: address, kind: kind(of: address), source: source, controller: IngressControllerKind.gatewayAPI.rawValue))
            }
        }
        return entries
    }

    static func kind(of address: String) -> String {
        IPAddress.isIPv4(address) || IPAddress.isIPv6(address) ? "ip" : "hostname"
    }

    /// GatewayClasses with their implementation and whether UDPRoute is served.
    static func gatewayClasses(_ snapshot: ClusterSnapshot) -> [DiscoveryReport.GatewayClassRow] {
        let udp = snapshot.serves(ControllerSignature.gatewayAPIResources.udpRoutes)
        return snapshot.gatewayClasses.map {
            .init(name: $0.name, controllerName: $0.controllerName,
                  implementation: ControllerSignature.gatewayAPIControllers[$0.controllerName],
                  accepted: $0.accepted, udpRoute: udp)
        }
    }

    /// The bundle version and channel of the Gateway API CRDs, when installed.
    static func gatewayAPI(_ snapshot: ClusterSnapshot) -> DiscoveryReport.GatewayAPIBundle? {
        guard snapshot.serves(ControllerSignature.gatewayAPIResources.gatewayClasses) else { return nil }
        let crd = snapshot.customResources.first { $0.name == ControllerSignature.gatewayAPIResources.gatewayClasses }
        return .init(version: crd?.bundleVersion, channel: crd?.channel,
                     udpRoute: snapshot.serves(ControllerSignature.gatewayAPIResources.udpRoutes))
    }
}
