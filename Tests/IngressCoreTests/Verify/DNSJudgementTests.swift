import IngressCore
import Testing

/// The DNS column's rules on observations, without a network: the answers a resolver can give
/// that the named rig cannot easily produce (SERVFAIL, REFUSED, a load balancer CNAME chain).
@Suite struct DNSJudgementTests {
    static let preview = "ab12-3000.sandbox.nap.acme.com"

    func plan(entry: String) -> Plan {
        let (plan, diagnostics) = Plan.make(Config(values: [
            .ingressMode: "external", .tosHost: "nap.acme.com", .sandboxDomain: "sandbox.nap.acme.com", .entry: entry,
        ]))
        guard let plan else { fatalError("\(diagnostics)") }
        return plan
    }

    func cells(_ plan: Plan, _ seen: (String) -> DNSObservation) -> [VerifyCell] {
        let names = DNSJudgement.names(plan, previewName: Self.preview)
        return DNSJudgement.cells(plan, previewName: Self.preview,
                                  lookups: .init(names: Dictionary(uniqueKeysWithValues: names.map { ($0, seen($0)) })))
    }

    @Test func servfailRefusedAndTimeoutAreToldApart() {
        let plan = plan(entry: "203.0.113.10")
        let outcomes: [DNSObservation.Outcome] = [.servfail, .rcode("REFUSED"), .timeout, .unreachable("connection refused"), .nxdomain]
        let codes = outcomes.map { outcome in
            cells(plan) { DNSObservation(name: $0, outcome: outcome, resolver: "192.0.2.53:53") }[0].code
        }
        #expect(codes == ["dns.servfail", "dns.refused", "dns.timeout", "dns.unreachable", "dns.nxdomain"])
    }

    @Test func aCNAMEChainThroughTheLoadBalancerNamePasses() {
        let plan = plan(entry: "lb-1.elb.amazonaws.com")
        let result = cells(plan) {
            DNSObservation(name: $0, outcome: .answer,
                           chain: [.init(name: $0, target: "lb-1.elb.amazonaws.com", ttl: 60)],
                           addresses: ["198.51.100.7"], ttl: 60, resolver: "192.0.2.53:53")
        }
        #expect(result.allSatisfy { $0.status == .ok }, "\(result)")
        #expect(result[0].message.contains("CNAME lb-1.elb.amazonaws.com → 198.51.100.7"))
    }

    @Test func aChainEndingElsewhereSaysWhereItWent() {
        let plan = plan(entry: "lb-1.elb.amazonaws.com")
        let result = cells(plan) {
            DNSObservation(name: $0, outcome: .answer, chain: [.init(name: $0, target: "old-lb.example.net", ttl: 60)],
                           addresses: ["198.51.100.99"], resolver: "192.0.2.53:53")
        }
        #expect(result.allSatisfy { $0.code == "dns.wrong-target" })
        #expect(result[0].message.contains("old-lb.example.net"))
    }

    @Test func theSameAddressesInAnotherOrderPass() {
        let plan = plan(entry: "203.0.113.10,203.0.113.11")
        let result = cells(plan) { DNSObservation(name: $0, outcome: .answer, addresses: ["203.0.113.11", "203.0.113.10"], resolver: "r") }
        #expect(result.allSatisfy { $0.status == .ok })
        let partial = cells(plan) { DNSObservation(name: $0, outcome: .answer, addresses: ["203.0.113.10"], resolver: "r") }
        #expect(partial.allSatisfy { $0.code == "dns.wrong-address" })
    }

    @Test func aMissingNameSaysHowLongTheNegativeAnswerIsCached() {
        let plan = plan(entry: "203.0.113.10")
        let result = cells(plan) {
            DNSObservation(name: $0, outcome: .nxdomain, negativeTTL: 3600, negativeZone: "acme.com", resolver: "r")
        }
        #expect(result[0].message.contains("up to 3600 s (the SOA of acme.com)"))
    }
}
