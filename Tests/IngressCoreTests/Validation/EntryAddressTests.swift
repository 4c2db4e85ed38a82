import Testing
@testable import IngressCore

/// INGRESS_ENTRY: dotted-decimal text that is not an IPv4 address is never taken for a load
/// balancer's host name (which would publish it as a CNAME target).
@Suite struct EntryAddressTests {
    func findings(_ entry: String) -> [Diagnostic] {
        Validator.validate(Fixtures.config(entry: entry)).filter { $0.field == OwnedKey.entry.fieldName }
    }

    @Test(arguments: [
        ("300.1.1.1", "the octet 300 is above 255"),
        ("999.999.999.999", "the octet 999 is above 255"),
        ("1.2.3", "it has 3 octets; an IPv4 address has four"),
        ("1.2.3.4.5", "it has 5 octets"),
        ("01.02.03.04", "the octet 01 has a leading zero"),
        ("10.0.0.0001", "the octet 0001 has a leading zero"),
        ("1..2.3", "it has an empty part"),
        ("1.2.3.4.", "it ends with a dot"),
    ])
    func malformedIPv4IsAnErrorNamingTheOctet(_ entry: String, _ reason: String) throws {
        let found = findings(entry)
        let d = try #require(found.first, "\(entry) must not be accepted")
        #expect(found.count == 1)
        #expect(d.severity == .error && d.code == "entry.invalid-ipv4")
        #expect(d.message.hasPrefix("\"\(entry)\" is not a valid IPv4 address: "), "\(d.message)")
        #expect(d.message.contains(reason), "\(d.message)")
        #expect(d.commandLineHint?.contains("203.0.113.10") == true)
        let (plan, _) = Plan.make(Fixtures.config(entry: entry))
        #expect(plan == nil, "no DNS sheet is made from it")
    }

    @Test func malformedIPv4NextToAValidOneIsStillAnError() {
        #expect(findings("203.0.113.10,300.1.1.1").map(\.code) == ["entry.invalid-ipv4"])
    }

    @Test(arguments: ["lb.123", "lb-1.eu-west-1.4", "a.b.c.10."])
    func aNumericLastLabelIsNotAHostName(_ entry: String) throws {
        let d = try #require(findings(entry).first)
        #expect(d.code == "entry.numeric-tld" && d.severity == .error)
        #expect(d.message.contains("is all digits"))
    }

    @Test(arguments: [
        ("203.0.113.10", IngressEntry.addresses(["203.0.113.10"])),
        ("0.0.0.0", .addresses(["0.0.0.0"])),
        ("2001:db8::10", .addresses(["2001:db8::10"])),
        ("203.0.113.10, 2001:db8::10", .addresses(["203.0.113.10", "2001:db8::10"])),
        ("lb-1234.elb.amazonaws.com", .hostName("lb-1234.elb.amazonaws.com")),
        ("LB.example.NET.", .hostName("lb.example.net")),
        ("1a.2b.3c.4d", .hostName("1a.2b.3c.4d")),
        ("lb.123abc", .hostName("lb.123abc")),
    ])
    func validEntriesAreStillRead(_ entry: String, _ expected: IngressEntry) {
        #expect(findings(entry).isEmpty)
        #expect((try? IngressEntry.parse(entry).get()) == expected)
    }

    @Test func theTURNAddressesNameTheBadOctetToo() throws {
        let external = try #require(Validator.validate(Fixtures.config([.turnExternalIP: "203.0.113.300"])).first { $0.code == "turn.external-ip-invalid" })
        #expect(external.message == "\"203.0.113.300\" is not an IPv4 or IPv6 address (the octet 300 is above 255).")
        let pinned = try #require(Validator.validate(Fixtures.config([.turnExposure: "loadbalancer", .turnLBAddress: "1.2.3"]))
            .first { $0.code == "turn.lb-address-invalid" })
        #expect(pinned.message.contains("(it has 3 octets; an IPv4 address has four)"))
    }

    @Test func ipv4ProblemIsNilForAddressesAndOtherText() {
        for text in ["192.0.2.1", "255.255.255.255", "2001:db8::1", "nap.acme.com", "12345", ""] {
            #expect(IPAddress.ipv4Problem(text) == nil, "\(text)")
        }
    }
}
