import ArgumentParser
import IngressCore

/// `wizard` (the default): the interactive wizard; needs a terminal.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wizard", abstract: "The interactive wizard (the default command).")
    @OptionGroup var values: ValuesOption
    @OptionGroup var out: OutOption

    func run() throws {
        Console.err("error: the interactive wizard is not built yet.\n  hint: use `nap-ingress configure` and `nap-ingress render`; see `nap-ingress --help`.")
        throw ExitCode(64)
    }
}
