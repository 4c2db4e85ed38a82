import IngressCore

/// One screen of the wizard.
public enum Step: String, CaseIterable, Sendable {
    case start, domain, controller, controllerOptions, entry, certificates, turn, nodePorts, review, done

    /// The steps in order for a mode (start first, done last).
    static func flow(for mode: IngressMode?) -> [Step] {
        // TURN is UDP and never goes through an ingress: both modes expose it.
        mode == .nodeport ? [.start, .nodePorts, .turn, .review, .done]
                          : [.start, .domain, .controller, .controllerOptions, .entry, .certificates, .turn, .review, .done]
    }

    public var title: String {
        switch self {
        case .start: "Start"
        case .domain: "Main domain"
        case .controller: "Ingress controller"
        case .controllerOptions: "Controller options"
        case .entry: "Ingress entry and DNS"
        case .certificates: "Certificates"
        case .turn: "TURN exposure"
        case .nodePorts: "NodePort values"
        case .review: "Review"
        case .done: "Done"
        }
    }

    /// The keys whose errors keep the operator on this step.
    var keys: [OwnedKey] { page.keys }

    /// The step whose form has the key's field (nil: no step asks for it, e.g. INGRESS_MODE).
    static func owning(_ key: OwnedKey) -> Step? { allCases.first { $0.keys.contains(key) } }

    /// What `?`/F1 shows.
    var help: [String] { page.help }
}
