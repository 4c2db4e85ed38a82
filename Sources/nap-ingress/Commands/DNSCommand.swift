import ArgumentParser
import IngressCore

extension DNSSheetFormat: ExpressibleByArgument {}

/// `dns`: the DNS record sheet on stdout.
struct DNSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dns", abstract: "Print the DNS record sheet for whoever runs DNS.")
    @OptionGroup var values: ValuesOption
    @Option(help: "markdown, csv, zone or json.") var format: DNSSheetFormat = .markdown
    @Option(help: "TTL of every record, in seconds.") var ttl: Int = 300

    func validate() throws {
        guard (1...2_147_483_647).contains(ttl) else { throw ValidationError("--ttl must be a positive number of seconds.") }
    }

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: true)
        let plan = try Console.plan(workspace)
        guard plan.domain != nil else {
            Console.err("error[domain.missing] TOS_HOST (--domain): no valid main domain is set, so there are no DNS records.\n  hint: nap-ingress configure --domain nap.acme.com")
            throw ExitCode(1)
        }
        Console.out(format.format(plan, ttl: ttl))
    }
}
