/// The main domain's rules apply in external mode (in NodePort mode TOS_HOST may be a node address).
struct DomainRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        let config = draft.config
        guard draft.mode == .external else { return [] }
        let (name, found) = (draft.domain, draft.domainFindings)
        guard let name else { return found }
        let expected = HostNames(mainDomain: name.ascii).sandbox
        if config.isSet(.sandboxDomain), config[.sandboxDomain] != expected {
            return found + [.warning("domain.sandbox-mismatch", .sandboxDomain,
                                     "is \"\(config[.sandboxDomain])\" but the main domain needs \"\(expected)\".",
                                     hint: "set the main domain again (\(set: .tosHost, name.ascii)) to set both.")]
        }
        return found
    }
}
