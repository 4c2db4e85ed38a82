/// What one DNS lookup of one name saw (A and AAAA together), as plain data the core judges.
public struct DNSObservation: Equatable, Sendable {
    /// How the lookup ended.
    public enum Outcome: Equatable, Sendable {
        /// NOERROR (the addresses may still be empty: the name exists without A/AAAA records).
        case answer
        /// NXDOMAIN: the name does not exist.
        case nxdomain
        /// SERVFAIL: the resolver could not get an answer (broken delegation, DNSSEC, a zone that failed to load).
        case servfail
        /// Another response code, by its name (REFUSED, FORMERR, ...).
        case rcode(String)
        /// No answer before the deadline.
        case timeout
        /// The resolver could not be reached (refused, no route), with the system's words.
        case unreachable(String)
    }

    /// One CNAME step of the chain.
    public struct Link: Equatable, Sendable {
        public var name: String
        public var target: String
        public var ttl: Int
        public init(name: String, target: String, ttl: Int) {
            self.name = name
            self.target = target
            self.ttl = ttl
        }
    }

    /// The name asked about (lower case, no trailing dot).
    public var name: String
    public var outcome: Outcome
    /// CNAME steps from `name` on, in order.
    public var chain: [Link]
    /// The A and AAAA addresses at the end of the chain.
    public var addresses: [String]
    /// The smallest TTL of those addresses.
    public var ttl: Int?
    /// How long a resolver caches "no such name/record" (RFC 2308: min of the SOA's TTL and MINIMUM).
    public var negativeTTL: Int?
    /// The zone whose SOA gave `negativeTTL`.
    public var negativeZone: String?
    /// The resolver asked, as `ADDR:PORT`.
    public var resolver: String

    public init(name: String, outcome: Outcome, chain: [Link] = [], addresses: [String] = [], ttl: Int? = nil,
                negativeTTL: Int? = nil, negativeZone: String? = nil, resolver: String) {
        self.name = name
        self.outcome = outcome
        self.chain = chain
        self.addresses = addresses
        self.ttl = ttl
        self.negativeTTL = negativeTTL
        self.negativeZone = negativeZone
        self.resolver = resolver
    }

    /// Every name the chain passes through after `name`.
    public var targets: [String] { chain.map(\.target) }

    /// `a → b → 1.2.3.4, 5.6.7.8`, for messages.
    public var summary: String {
        let end = addresses.isEmpty ? "no address" : addresses.sorted().joined(separator: ", ")
        return (chain.isEmpty ? "" : "CNAME " + targets.joined(separator: " → ") + " → ") + end
    }
}
