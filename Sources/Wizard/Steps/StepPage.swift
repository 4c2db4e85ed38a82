import IngressCore

/// One step of the wizard as one thing: its fields, the keys that keep the operator on it, its
/// intro, its preview and its help (as a huh Group owns its fields). `Step` names the step;
/// its page says everything about it.
protocol StepPage: Sendable {
    /// The keys whose errors keep the operator on this step.
    var keys: [OwnedKey] { get }
    /// The inputs, in focus order.
    func items(_ state: WizardState) -> [FormItem]
    /// The lines above the inputs.
    func intro(_ state: WizardState) -> [StyledLine]
    /// What the preview shows for the current answers (before wrapping); `compact` below the form.
    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine]
    /// What `?`/F1 shows.
    var help: [String] { get }
}

extension StepPage {
    func intro(_ state: WizardState) -> [StyledLine] { [] }
    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] { [] }
}

extension Step {
    /// The page of this step.
    var page: any StepPage {
        switch self {
        case .start: StartPage()
        case .domain: DomainPage()
        case .controller: ControllerPage()
        case .controllerOptions: ControllerOptionsPage()
        case .entry: EntryPage()
        case .certificates: CertificatesPage()
        case .turn: TURNPage()
        case .nodePorts: NodePortsPage()
        case .review: ReviewPage()
        case .done: DonePage()
        }
    }
}
