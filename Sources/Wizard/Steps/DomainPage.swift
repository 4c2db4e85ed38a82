import IngressCore

/// The main domain, from which the four other host names grow.
struct DomainPage: StepPage {
    var keys: [OwnedKey] { [.tosHost, .sandboxDomain] }

    func items(_ state: WizardState) -> [FormItem] { [.field(.tosHost)] }

    func intro(_ state: WizardState) -> [StyledLine] {
        [StyledLine("Where operators open the platform, e.g. nap.acme.com.", .dim), StyledLine()]
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] {
        let plan = state.analysis.plan
        return Preview.domain(state) + (compact ? [] : Preview.hosts(plan)) + Preview.dns(plan, width: width)
    }

    var help: [String] {
        ["The main domain is where operators open the platform, e.g. nap.acme.com (a subdomain) or acme.com (a zone apex).",
         "Four more names grow under it: files., browsers., sandbox. and *.sandbox. (preview hosts {id}-{port}.sandbox.<domain>, new on every start: the DNS record and the certificate for them must be wildcards).",
         "Unicode names like bücher.de are converted to their xn-- form, which values.env and every manifest use.",
         "Paste works: the whole domain arrives at once."]
    }
}
