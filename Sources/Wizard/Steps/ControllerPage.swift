import IngressCore

/// The ingress controller that already runs in the cluster.
struct ControllerPage: StepPage {
    var keys: [OwnedKey] { [.controller] }

    func items(_ state: WizardState) -> [FormItem] {
        // The controllers the cluster runs say so beside their name (several: the operator picks).
        let found = Set(state.candidates(for: .controller).map(\.value))
        return [.choice(.controller, IngressControllerKind.allCases.map {
            Choice(value: $0.rawValue, label: $0.displayName, note: found.contains($0.rawValue) ? "◆ found in the cluster" : nil)
        })]
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
