import IngressCore

/// The wizard as a pure state machine: `update` reacts to an event, `view` draws a state.
public enum Wizard {
    /// Below this size the wizard asks for a larger window.
    public static let minimumSize = Size(width: 80, height: 24)
    /// From this width the preview sits beside the form.
    public static let sideBySideWidth = 100

    /// Whether the wizard draws its screens at `size` (below it: "Make the window larger").
    public static func fits(_ size: Size) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }

    /// The next state and the effects the shell must run (in order).
    public static func update(_ state: WizardState, _ event: Event) -> (WizardState, [Effect]) {
        var s = state
        let effects: [Effect]
        switch event {
        case .resized(let size):
            s.terminalSize = size
            effects = []
        case .key(let key) where !s.formShown && key != .control("c") && !s.readingNextSteps:
            // "Make the window larger" hides the form: typing then is not editing.
            effects = []
        case .finished(let outcome):
            effects = s.finish(outcome)
        case .key(let key):
            effects = s.handle(key)
        case .discovered(let report, let failure):
            s.applyDiscovery(report, failure: failure)
            effects = []
        case .clusterRead(let reading):
            s.applyReading(reading)
            effects = []
        case .tick:
            s.tickDiscovery()
            s.tickVerify()
            effects = []
        case .verifyStarted, .verified, .verifyFinished:
            s.applyVerify(event)
            effects = []
        }
        return (s, effects)
    }

    /// The smallest window NEXT-STEPS.md is still readable in (a text, not a form: below the wizard's minimum too).
    static let nextStepsMinimum = Size(width: 30, height: 8)

    /// The screen for `state` at `size`.
    public static func view(_ state: WizardState, _ size: Size) -> Screen {
        WizardView.render(state, size)
    }
}
