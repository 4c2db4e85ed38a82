import IngressCore

/// The chosen controller's options: the platform namespace and what the controller reads.
struct ControllerOptionsPage: StepPage {
    /// The platform namespace and every option some controller's descriptor reads, in registry
    /// order: a controller added with a new option key gets its field here without an edit.
    var keys: [OwnedKey] { Self.keys }
    // Worked out once: views ask every step's keys several times per keystroke.
    private static let keys: [OwnedKey] = [.namespace] + ControllerDescriptor.optionKeys.sorted()

    func items(_ state: WizardState) -> [FormItem] {
        let controller = state.config.controller
        // The options the chosen controller reads, labelled for it (the registry says both).
        var list: [FormItem] = [.field(.namespace)] + KeyRegistry.optionKeys(for: controller).map { key in
            .field(key, key.spec.label(for: state.config))
        }
        // Options another controller left behind: shown (under their label) while the core
        // has something to say about them, so that they can be cleared here.
        let shown = Set(list.compactMap { item -> OwnedKey? in if case .key(let key) = item.id { key } else { nil } })
        for key in keys where !shown.contains(key)
        && state.analysis.diagnostics.contains(where: { $0.subject.isAbout(key) && $0.severity != .note }) {
            list.append(.field(key))
        }
        return list
    }

    func intro(_ state: WizardState) -> [StyledLine] {
        var out = [StyledLine("For \(state.config.controller?.displayName ?? state.config[.controller]); an empty field uses its default, where it has one.", .dim)]
        if state.config.controller?.descriptor.uses(.gatewayName) == true {
            out.append(StyledLine("With no Gateway name nap-ingress renders a Gateway of the GatewayClass; with one, the routes attach to that existing Gateway.", .dim))
        }
        return out + [StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] {
        Preview.controller(state) + Preview.routes(state.analysis.plan, width: width)
    }

    var help: [String] {
        ["Namespace: where the platform runs (its Services and, for most controllers, the TLS Secrets).",
         "Ingress class: the class name `kubectl get ingressclass` (or gatewayclass) shows; empty uses the controller's default.",
         "Gateway API: give an existing Gateway to attach the routes to it instead of rendering one. Istio: its gateway reads TLS Secrets from its own namespace."]
    }
}
