/// Which controllers a snapshot reveals, and the load-balancer addresses they serve on.
/// Which controllers a snapshot reveals (by their descriptors' cluster signatures), and the
/// load-balancer addresses they serve on.
enum DiscoveredControllers {
    /// The controllers with a signature of their own; Gateway API is revealed by its
    /// GatewayClasses, the generic Ingress by a class no descriptor claims.
    static var signed: [ControllerDescriptor] {
        ControllerDescriptor.all.filter { $0.id != .gatewayAPI && $0.id != .ingress }
    }

    /// Every controller with evidence, in the descriptors' order; several are listed, not guessed between.
    static func controllers(_ snapshot: ClusterSnapshot) -> [DiscoveryReport.FoundController] {
        var found: [DiscoveryReport.FoundController] = []
        for descriptor in signed {
            let signature = descriptor.signature
            var evidence: [String] = []
            var ingressClass: String?
            for cls in snapshot.ingressClasses {
                let byController = signature.serves(ingressClassController: cls.controller)
                let byName = signature.ingressClassName == cls.name
                guard byController || byName else { continue }
                let why = byController ? "spec.controller \(cls.controller)" : "class name \(cls.name), which the controller matches by name"
                evidence.append("IngressClass \(cls.name) (\(why)\(cls.isDefault ? ", the cluster's default" : ""))")
                if ingressClass == nil || cls.isDefault { ingressClass = cls.name }
            }
            for cls in snapshot.gatewayClasses where signature.gatewayClassControllers.contains(cls.controllerName) {
                evidence.append("GatewayClass \(cls.name) (controllerName \(cls.controllerName))")
            }
            for resource in signature.crds where snapshot.serves(resource) {
                evidence.append("CRD \(resource) installed")
            }
            for service in controllerServices(descriptor, snapshot) {
                evidence.append("Service \(service.namespace)/\(service.name) (\(service.type))")
            }
            guard !evidence.isEmpty else { continue }
            found.append(.init(controller: descriptor.id.rawValue, name: descriptor.displayName,
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
        // An IngressClass no descriptor claims still serves plain Ingress objects.
        let other = snapshot.ingressClasses.filter { cls in
            !signed.contains { $0.signature.serves(ingressClassController: cls.controller) || $0.signature.ingressClassName == cls.name }
        }
        if !other.isEmpty {
            found.append(.init(controller: IngressControllerKind.ingress.rawValue, name: IngressControllerKind.ingress.displayName,
                               ingressClass: (other.first { $0.isDefault } ?? other[0]).name,
                               evidence: other.map { "IngressClass \($0.name) (spec.controller \($0.controller), not one nap-ingress has a renderer for)" }))
        }
        return found
    }

    /// The Services of type LoadBalancer that carry one of a controller's labels.
    static func controllerServices(_ descriptor: ControllerDescriptor, _ snapshot: ClusterSnapshot) -> [ServiceObject] {
        snapshot.services.filter { service in
            service.type == "LoadBalancer" && descriptor.signature.serviceLabels.contains { service.labels[$0.key] == $0.value }
        }
    }

    /// The proposed entries: each controller Service's load-balancer address (or pending), then each Gateway's addresses.
    static func entries(_ snapshot: ClusterSnapshot) -> [DiscoveryReport.Entry] {
        var entries: [DiscoveryReport.Entry] = []
        for descriptor in signed {
            for service in controllerServices(descriptor, snapshot) {
                let source = "Service \(service.namespace)/\(service.name) (LoadBalancer)"
                if service.loadBalancerAddresses.isEmpty {
                    entries.append(.init(address: "", kind: "pending", source: source, controller: descriptor.id.rawValue))
                }
                for address in service.loadBalancerAddresses {
                    entries.append(.init(address: address, kind: kind(of: address), source: source, controller: descriptor.id.rawValue))
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
        let udp = snapshot.serves(DiscoveryKinds.udpRoutes)
        return snapshot.gatewayClasses.map {
            .init(name: $0.name, controllerName: $0.controllerName,
                  implementation: GatewayImplementation.named(controllerName: $0.controllerName)?.name,
                  accepted: $0.accepted, udpRoute: udp)
        }
    }

    /// The bundle version and channel of the Gateway API CRDs, when installed.
    static func gatewayAPI(_ snapshot: ClusterSnapshot) -> DiscoveryReport.GatewayAPIBundle? {
        guard snapshot.serves(DiscoveryKinds.gatewayClasses) else { return nil }
        let crd = snapshot.customResources.first { $0.name == DiscoveryKinds.gatewayClasses }
        return .init(version: crd?.bundleVersion, channel: crd?.channel,
                     udpRoute: snapshot.serves(DiscoveryKinds.udpRoutes))
    }
}
