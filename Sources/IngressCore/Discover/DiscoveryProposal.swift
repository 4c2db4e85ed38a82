/// The answers a report can propose without guessing: one controller, its class, its entry, one issuer.
enum DiscoveryProposal {
    static func make(controllers: [DiscoveryReport.FoundController], entries: [DiscoveryReport.Entry],
                     issuers: [IssuerObject]) -> DiscoveryReport.Proposal {
        var proposal = DiscoveryReport.Proposal()
        // Several controllers are listed, not guessed between.
        guard controllers.count == 1, let found = controllers.first else { return proposal }
        proposal.controller = found.controller
        proposal.ingressClass = found.ingressClass
        let addresses = entries.filter { $0.controller == found.controller && $0.kind != "pending" }
        let ips = addresses.filter { $0.kind == "ip" }.map(\.address)
        if !ips.isEmpty {
            proposal.entry = Array(Set(ips)).sorted().joined(separator: ",")
        } else if Set(addresses.map(\.address)).count == 1 {
            proposal.entry = addresses[0].address
        }
        let usable = issuers.filter { $0.ready != false && $0.canIssueWildcard }
        if usable.count == 1 { proposal.issuer = "\(usable[0].kind)/\(usable[0].name)" }
        // The flags come from the key registry, the one home of every key's flag.
        var answers: [(OwnedKey, String)] = [(.ingressMode, "external"), (.controller, found.controller)]
        if let cls = proposal.ingressClass { answers.append((.ingressClass, cls)) }
        if let entry = proposal.entry { answers.append((.entry, entry)) }
        if let issuer = proposal.issuer { answers += [(.tlsSource, "cert-manager"), (.tlsIssuer, issuer)] }
        let flags = answers.flatMap { key, value in [key.flag ?? key.rawValue, value] }
        proposal.configure = "nap-ingress configure " + flags.joined(separator: " ")
        return proposal
    }
}
