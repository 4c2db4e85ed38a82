import ArgumentParser
import Foundation

/// `nap-ingress`: puts Neutree Agent Platform behind the operator's own ingress controller.
@main
struct NapIngress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nap-ingress",
        abstract: "Put Neutree Agent Platform behind your own ingress controller: values.env, manifests, DNS sheet.",
        discussion: """
            With no command, starts the interactive wizard. Exit status: 0 done, 1 invalid \
            configuration or input (nothing written), 64 usage error or no terminal for the \
            wizard, 129/130/143 the wizard ended by SIGHUP/SIGINT/SIGTERM (nothing more written).
            """,
        version: ReleaseVersion.current,
        subcommands: [WizardCommand.self, ConfigureCommand.self, RenderCommand.self, DNSCommand.self, FirewallCommand.self, CheckCommand.self, DiscoverCommand.self, VerifyCommand.self],
        defaultSubcommand: WizardCommand.self)

    static func main() {
        // A file size limit must turn into a clean error (exit 1), not a killed process.
        signal(SIGXFSZ, SIG_IGN)
        do {
            if let wizard = WizardArguments(CommandLine.arguments.dropFirst()) {
                try WizardCommand.run(valuesPath: wizard.valuesPath, outFolder: wizard.outFolder)
                Console.exitIfOutputWasLost()
                return
            }
            var command = try parseAsRoot()
            try command.run()
            Console.exitIfOutputWasLost()
        } catch {
            exit(withError: error)
        }
    }
}
