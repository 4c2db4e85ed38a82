import IngressCore

/// The review: no inputs; `ReviewView` draws its findings, files and diff.
struct ReviewPage: StepPage {
    var keys: [OwnedKey] { [] }

    func items(_ state: WizardState) -> [FormItem] { [] }

    func intro(_ state: WizardState) -> [StyledLine] { [StyledLine("Export the DNS sheet", .title)] }

    var help: [String] {
        ["Every finding, the files the output folder gets, then the unified diff of values.env (↓ and PgDn scroll). Enter writes both (values.env keeps a .bak of its previous version); Esc goes back and writes nothing.",
         "To change one answer, press its step's number (shown in the step list and the title bar): Esc or Ctrl-S there comes back to this review.",
         "n shows NEXT-STEPS.md whole, as Enter will write it (↑↓ PgUp/PgDn Home/End scroll, Esc comes back)."]
    }
}
