/// The DNS column's rules: every name must lead to INGRESS_ENTRY. Turns what the lookups saw
/// into one `dns` cell per name, so the rules are tested without a network.
public enum DNSJudgement {
    /// What the verifier looked up, by name.
    public struct Lookups: Sendable {
        /// Each checked name (the five of the plan, `*.sandbox.<main>` included, and the preview name).
        public var names: [String: DNSObservation]
        /// A random name directly under the main domain that should not exist: when it resolves,
        /// a wildcard `*.<main>` answers for names that have no record of their own.
        public var absentProbe: DNSObservation?
        /// The load balancer's host name (INGRESS_ENTRY as a name), for a flattened apex.
        public var entryHost: DNSObservation?
        public init(names: [String: DNSObservation], absentProbe: DNSObservation? = nil, entryHost: DNSObservation? = nil) {
            self.names = names
            self.absentProbe = absentProbe
            self.entryHost = entryHost
        }
    }

    /// The names the DNS column checks, in matrix order.
    public static func names(_ plan: Plan, previewName: String) -> [String] {
        guard let hosts = plan.hosts else { return [] }
        return [hosts.main, hosts.files, hosts.browsers, hosts.sandbox, hosts.previewWildcard, previewName]
    }

    /// One `dns` cell per name of `names(plan, previewName:)`.
    public static func cells(_ plan: Plan, previewName: String, lookups: Lookups) -> [VerifyCell] {
        names(plan, previewName: previewName).map { name in
            guard let seen = lookups.names[name] else {
                return VerifyCell(host: name, check: .dns, status: .skipped, code: "dns.not-checked", message: "\(name) was not looked up.")
            }
            return cell(plan, name: name, seen: seen, lookups: lookups)
        }
    }

    private static func cell(_ plan: Plan, name: String, seen: DNSObservation, lookups: Lookups) -> VerifyCell {
        func failed(_ code: String, _ message: String, fix: String? = nil) -> VerifyCell {
            VerifyCell(host: name, check: .dns, status: .failed, code: code, message: message, fix: fix)
        }
        let hosts = plan.hosts ?? HostNames(mainDomain: name)
        let isWildcardName = name == hosts.previewWildcard || name.hasSuffix("." + hosts.sandbox)
        let record = isWildcardName ? hosts.previewWildcard : name
        let publish = "publish the record for \(record) from dns-records.zone (nap-ingress render)"
        let wildcardFact = isWildcardName
            ? "; \(hosts.previewWildcard) must be published explicitly: *.\(hosts.main) does not cover it once \(hosts.sandbox) exists"
            : ""

        switch seen.outcome {
        case .nxdomain, .answer:
            // Both mean "the name has no address": told apart in the code and the message.
            guard seen.addresses.isEmpty else { break }
            let missing = seen.outcome == .nxdomain
                ? "\(name) does not exist (NXDOMAIN from \(seen.resolver))"
                : "\(name) exists but has no A/AAAA record (an empty answer from \(seen.resolver))"
            var fix = publish + wildcardFact
            if name == hosts.main, plan.domain?.isApex == true, case .hostName(let target) = plan.entry {
                fix = "\(name) is a zone apex, where a CNAME is not allowed: publish an ALIAS/ANAME (or your provider's CNAME flattening) to \(target), or A/AAAA records with its addresses"
            }
            return failed(seen.outcome == .nxdomain ? "dns.nxdomain" : "dns.no-address",
                          missing + "." + negativeCaching(seen), fix: fix)
        case .servfail:
            return failed("dns.servfail", "the resolver \(seen.resolver) answered SERVFAIL for \(name): it could not get an answer from the zone's servers.",
                          fix: "check the zone's delegation (NS records) and that its servers load the zone (a zone with an error, e.g. a CNAME next to other records, is not served), and DNSSEC signatures if the zone is signed")
        case .rcode(let rcode):
            return failed("dns.\(rcode.lowercased())", "the resolver \(seen.resolver) answered \(rcode) for \(name).",
                          fix: rcode == "REFUSED" ? "use a resolver that answers this client (--resolver ADDR[:PORT])" : nil)
        case .timeout:
            return failed("dns.timeout", "no answer for \(name) from \(seen.resolver) before the timeout.",
                          fix: "check that the resolver is reachable (UDP and TCP port 53), or pass another with --resolver ADDR[:PORT]; a longer --timeout helps on a slow link")
        case .unreachable(let why):
            return failed("dns.unreachable", "the resolver \(seen.resolver) could not be reached: \(why).",
                          fix: "pass a reachable resolver with --resolver ADDR[:PORT]")
        }

        // The name resolves: does it lead to the ingress?
        if isWildcardName, plan.wildcardRecord == .cname {
            if seen.targets.contains(hosts.sandbox) { return ok(name, seen, "CNAME to \(hosts.sandbox), as DNS_WILDCARD_RECORD=cname asks") }
        }
        switch plan.entry {
        case .none:
            return VerifyCell(host: name, check: .dns, status: .skipped, code: "dns.no-entry",
                              message: "\(name) resolves to \(seen.summary); INGRESS_ENTRY is not set, so there is nothing to compare with.",
                              fix: "set INGRESS_ENTRY to the ingress's address(es) or its load balancer's host name")
        case .addresses(let expected):
            if Set(seen.addresses) == Set(expected.map { $0.lowercased() }) { return ok(name, seen, nil) }
            return failed("dns.wrong-address",
                          "\(name) resolves to \(seen.summary), not to INGRESS_ENTRY (\(expected.joined(separator: ", ")))" + hidden(name, seen, lookups) + ".",
                          fix: "change the record for \(record) to \(expected.joined(separator: ", ")) as in dns-records.zone")
        case .hostName(let target):
            if seen.targets.contains(target) { return ok(name, seen, nil) }
            // A flattened apex (ALIAS/ANAME) answers with the load balancer's addresses directly.
            if let lb = lookups.entryHost, !lb.addresses.isEmpty, Set(lb.addresses) == Set(seen.addresses) {
                return ok(name, seen, "the same addresses as \(target) (a flattened CNAME or ALIAS)")
            }
            return failed("dns.wrong-target",
                          "\(name) resolves to \(seen.summary), not through INGRESS_ENTRY \(target)" + hidden(name, seen, lookups) + ".",
                          fix: "make \(record) a CNAME to \(target) as in dns-records.zone")
        }
    }

    private static func ok(_ name: String, _ seen: DNSObservation, _ how: String?) -> VerifyCell {
        var message = "\(name) resolves to \(seen.summary)"
        if let how { message += " (\(how))" }
        if let ttl = seen.ttl { message += "; TTL \(ttl) s" }
        return VerifyCell(host: name, check: .dns, status: .ok, code: "dns.ok", message: message + ".")
    }

    /// How long the "missing" answer stays in caches, so the operator knows how long to wait.
    private static func negativeCaching(_ seen: DNSObservation) -> String {
        guard let ttl = seen.negativeTTL else { return "" }
        let zone = seen.negativeZone.map { " (the SOA of \($0))" } ?? ""
        return " Resolvers cache this answer for up to \(ttl) s\(zone): after publishing the record, it can take that long to be seen."
    }

    /// When a random name under the main domain gives the same answer, a wildcard answers instead of a record.
    private static func hidden(_ name: String, _ seen: DNSObservation, _ lookups: Lookups) -> String {
        guard let probe = lookups.absentProbe, probe.outcome == .answer, !probe.addresses.isEmpty,
              Set(probe.addresses) == Set(seen.addresses) else { return "" }
        return "; a random name (\(probe.name)) resolves the same way, so a broader wildcard answers for \(name) and its own record is missing"
    }
}
