/// INGRESS_CLASS: its syntax, and what it maps to for the chosen controller.
struct ControllerOptionsRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        var found: [Diagnostic] = []
        let ingressClass = config[.ingressClass]
        if !ingressClass.isEmpty, KubernetesName.dns1123LabelProblem(ingressClass) != nil, !KubernetesName.isSubdomain(ingressClass) {
            found.append(.error("controller.class-invalid", .ingressClass, "\"\(ingressClass)\" is not a valid class name.",
                                hint: "use the name `kubectl get ingressclass` (or gatewayclass) shows."))
        }
        guard draft.mode == .external, let descriptor = draft.controller?.descriptor else { return found }
        // A controller that can attach to an existing Gateway renders one of the class otherwise.
        let attaches = descriptor.uses(.gatewayName)
        if attaches, config[.gatewayName].isEmpty, ingressClass.isEmpty {
            found.append(.error("controller.gateway-class-missing", .ingressClass,
                                "Gateway API needs a GatewayClass for the Gateway nap-ingress renders.",
                                hint: "give the class `kubectl get gatewayclass` shows (e.g. \(set: .ingressClass, "eg") for Envoy Gateway), or attach to an existing Gateway with \(key: .gatewayName)."))
        } else if attaches, !ingressClass.isEmpty, !config[.gatewayName].isEmpty {
            found.append(.warning("controller.class-ignored", .ingressClass,
                                  "is not used: the routes attach to the existing Gateway \"\(config[.gatewayName])\", whose class is already set.",
                                  hint: "\(clear: .ingressClass), or \(clear: .gatewayName) to render a Gateway of this class."))
        } else if !descriptor.uses(.ingressClass), !ingressClass.isEmpty, descriptor.uses(.istioGatewaySelector) {
            found.append(.warning("controller.class-ignored", .ingressClass,
                                  "is not used: Istio's Gateway picks its gateway workload by selector, not by class.",
                                  hint: "set the workload with \(key: .istioGatewaySelector) (and \(key: .istioGatewayNamespace)), and \(clear: .ingressClass)."))
        }
        return found
    }
}
