import ArgumentParser
import IngressCore

extension DNSSheetFormat: ExpressibleByArgument {}

/// `dns`: the DNS record sheet on stdout.
struct DNSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dns", abstract: "Print the DNS record sheet for whoever runs DNS.")
    @OptionGroup var values: ValuesOption
    @Option(help: "markdown, csv, zone or json.") var format: DNSSheetFormat = .markdown
    @Option(help: "TTL of every record, in seconds (default: DNS_TTL in values.env, else 300).") var ttl: Int?
    @Option(help: "The main domain used before: its records that the current answers no longer have are listed for removal (markdown and zone; csv and json never hold them, a note on stderr counts them).")
    var previousDomain: String?

    func validate() throws {
        if let ttl, !DNSTTL.allowed.contains(ttl) { throw ValidationError("--ttl must be a positive number of seconds.") }
        if let previousDomain, (try? DomainName.normalize(previousDomain)) == nil {
            throw ValidationError("--previous-domain \"\(previousDomain)\" is not a valid domain name; give the main domain used before, e.g. nap.old-acme.com.")
        }
    }

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: true)
        var plan = try Console.plan(workspace)
        guard plan.domain != nil else {
            Console.err("error[domain.missing] TOS_HOST (--domain): no valid main domain is set, so there are no DNS records.\n  hint: nap-ingress configure --domain nap.acme.com")
            throw ExitCode(1)
        }
        if let previousDomain {
            plan = plan.removing(recordsOf: DNSRemovals.previousPlan(plan, domain: previousDomain))
        }
        Console.out(format.format(plan, ttl: ttl))
        // CSV and JSON are read row by row by importers and scripts: the records to delete stay out of them.
        if !format.listsRemovals, !plan.dnsRemovals.isEmpty, let previousDomain {
            let count = plan.dnsRemovals.count
            Console.err("note: \(count) record\(count == 1 ? "" : "s") of \(previousDomain) \(count == 1 ? "is" : "are") to be removed and \(count == 1 ? "is" : "are") not in this \(format.rawValue) sheet, which holds only records to publish; --format markdown or --format zone lists \(count == 1 ? "it" : "them").\n")
        }
    }
}
