import IngressCore

/// The ingress controller that already runs in the cluster.
struct ControllerPage: StepPage {
    var keys: [OwnedKey] { [.controller] }

    func items(_ state: WizardState) -> [FormItem] {
        [.choice(.controller, IngressControllerKind.allCases.map { Choice(value: $0.rawValue, label: $0.displayName, note: nil) })]
    }

    func intro(_ state: WizardState) -> [StyledLine] {
        [StyledLine("The controller that already runs in your cluster.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] {
        Preview.controller(state) + Preview.routes(state.analysis.plan, width: width)
    }

    var help: [String] {
        ["Pick the ingress controller that already runs in your cluster.",
         "ingress-nginx was retired in March 2026 (no more releases or CVE fixes); Gateway API is its successor."]
    }
}
