import IngressCore

/// The review: no inputs; `ReviewView` draws its findings, files and diff.
struct ReviewPage: StepPage {
    var keys: [OwnedKey] { [] }

    func items(_ state: WizardState) -> [FormItem] { [] }

    func intro(_ state: WizardState) -> [StyledLine] { [StyledLine("Export the DNS sheet", .title)] }

    var help: [String] {
        ["Every finding, the files the output folder gets, then the unified diff of values.env (↓ and PgDn scroll). Enter writes both (values.env keeps a .bak of its previous version); Esc goes back and writes nothing."]
    }
}
