import IngressCore

/// NodePort mode: the three ports every node answers on.
struct NodePortsPage: StepPage {
    var keys: [OwnedKey] { [.tosNodePort, .browserNodePort, .sandboxNodePort] }

    func items(_ state: WizardState) -> [FormItem] { [.field(.tosNodePort), .field(.browserNodePort), .field(.sandboxNodePort)] }

    func intro(_ state: WizardState) -> [StyledLine] {
        [StyledLine("The platform's default exposure: three ports on every node.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] { Preview.nodePorts(state.analysis.plan) }

    var help: [String] {
        ["In NodePort mode the platform's three HTTP services answer on these ports on every node (the default range is 30000-32767)."]
    }
}
