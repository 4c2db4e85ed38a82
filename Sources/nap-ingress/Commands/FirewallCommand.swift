import ArgumentParser
import IngressCore

extension FirewallSheetFormat: ExpressibleByArgument {}

/// `firewall`: the ports to open (TURN, and the HTTP entry or NodePorts) on stdout.
struct FirewallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "firewall", abstract: "Print the firewall openings: a sheet, nftables or iptables rules, or ufw/firewalld commands.")
    @OptionGroup var values: ValuesOption
    @Option(help: "markdown, nftables, iptables, ufw or firewalld.") var format: FirewallSheetFormat = .markdown

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: true)
        let plan = try Console.plan(workspace)
        Console.out(format.format(plan))
    }
}
