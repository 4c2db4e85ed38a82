import IngressCore

/// Switching controllers: an ingress class belongs to the controller it was set for.
extension WizardState {
    /// Chooses `value` as the controller. A class set for the old controller means something else to
    /// the new one (Gateway API's GatewayClass `eg` is not Contour's ingress class `eg`): it is set
    /// aside, the status line says so, and it comes back when the old controller is chosen again.
    mutating func switchController(to value: String) {
        let old = config[.controller]
        let oldLabel = OwnedKey.ingressClass.spec.label(for: config)
        let oldClass = config[.ingressClass]
        config[.controller] = value
        if old != value {
            if !oldClass.isEmpty { classesSetAside[old] = oldClass }
            let restored = classesSetAside.removeValue(forKey: value) ?? ""
            config[.ingressClass] = restored
            fields[.key(.ingressClass)] = nil  // the field shows the answer, not what was typed for the old controller
            let newLabel = OwnedKey.ingressClass.spec.label(for: config)
            let oldName = IngressControllerKind(rawValue: old)?.displayName ?? old
            let newName = config.controller?.displayName ?? value
            if !restored.isEmpty {
                message = StatusMessage(text: "\(newLabel) “\(restored)” for \(newName) is back.", role: .dim)
            } else if !oldClass.isEmpty {
                message = StatusMessage(text: "\(oldLabel) “\(oldClass)” was for \(oldName): cleared, \(newName) uses its default \(newLabel.lowercasedFirst) unless you give one.", role: .warning)
            }
        }
        analyze()
    }
}

private extension String {
    /// "Ingress class" reads "ingress class" mid-sentence; "GatewayClass" stays as it is.
    var lowercasedFirst: String {
        guard let first, first.isUppercase, dropFirst().first?.isLowercase == true else { return self }
        return first.lowercased() + dropFirst()
    }
}
