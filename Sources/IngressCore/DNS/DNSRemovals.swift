/// The DNS records an earlier answer published that the current one no longer does (after the
/// main domain changed): what the DNS administrator should delete. Only records whose name,
/// type and value appear nowhere in the current set, and never a placeholder (it was never published).
public enum DNSRemovals {
    /// The records of `previous` that `current` no longer has, with `current`'s TTL so the sheet is uniform.
    public static func records(previous: Plan, current: Plan) -> [DNSRecord] {
        let ttl = current.dnsTTL
        let kept = Set(current.dnsRecords().map { Identity($0) })
        return previous.dnsRecords(ttl: ttl).filter { !$0.isPlaceholder && !kept.contains(Identity($0)) }
    }

    /// The records a plan would have had under `domain` instead of its own (the command line's
    /// `--previous-domain`): the same entry and wildcard choice, other names. Nil when `domain` is not a valid main domain.
    public static func previousPlan(_ current: Plan, domain: String) -> Plan? {
        guard let name = try? DomainName.normalize(domain) else { return nil }
        var previous = current
        previous.domain = name
        previous.hosts = HostNames(mainDomain: name.ascii)
        return previous
    }

    /// The plan the answers `old` published, when its main domain differs from `current`'s:
    /// its own plan (its entry was what DNS held), else `current` under the old domain. Nil when
    /// the domain did not change or the old one is not a valid domain.
    public static func previousPlan(from old: Config, current: Plan) -> Plan? {
        previousPlan(domain: old[.tosHost], made: { Plan.make(old).0 }, current: current)
    }

    /// As above, with the old answers' plan made only when needed (the wizard keeps the one it made at the start).
    public static func previousPlan(domain old: String, made: () -> Plan?, current: Plan) -> Plan? {
        // The common case (the domain did not change) costs a string comparison, not a normalisation.
        guard let domain = current.domain, !old.isEmpty, old != domain.ascii,
              let oldName = try? DomainName.normalize(old), oldName.ascii != domain.ascii else { return nil }
        if let own = made(), own.domain?.ascii == oldName.ascii { return own }
        return previousPlan(current, domain: oldName.ascii)
    }

    /// What makes two records the same published record (the note and TTL do not).
    private struct Identity: Hashable {
        var name: String, type: String, value: String
        init(_ record: DNSRecord) { (name, type, value) = (record.name, record.sheetType, record.value) }
    }
}

extension Plan {
    /// The plan with the records `previous` published and this one no longer does, for every
    /// DNS sheet, NEXT-STEPS.md and the wizard's done screen to list for removal.
    public func removing(recordsOf previous: Plan?) -> Plan {
        var plan = self
        plan.dnsRemovals = previous.map { DNSRemovals.records(previous: $0, current: self) } ?? []
        return plan
    }
}
