import Foundation
import Testing
@testable import IngressCore

/// The DNS sheet in its four formats, for apex and subdomain installs and every kind of entry.
@Suite struct DNSSheetTests {
    static let domains = [("apex", "acme.com"), ("subdomain", "nap.acme.com")]
    static let entries = [("ipv4", "203.0.113.10"), ("ipv6", "2001:db8::10"), ("dual", "203.0.113.10,2001:db8::10"),
                          ("hostname", "lb-1234.elb.eu-west-1.amazonaws.com"), ("none", "")]

    static var cases: [(String, String, String, String)] {
        domains.flatMap { d in entries.map { e in (d.0, d.1, e.0, e.1) } }
    }

    @Test(arguments: cases)
    func golden(domainName: String, domain: String, entryName: String, entry: String) {
        let plan = Fixtures.plan(Fixtures.config(domain: domain, entry: entry))
        for format in DNSSheetFormat.allCases {
            Golden.assert(format.format(plan), named: "dns/\(domainName)-\(entryName)/\(format.fileName)")
        }
    }

    @Test func wildcardAsCNAMEPointsAtSandbox() {
        let plan = Fixtures.plan(Fixtures.config(entry: "203.0.113.10", [.wildcardRecord: "cname"]))
        let wildcard = plan.dnsRecords().first { $0.name == "*.sandbox.nap.acme.com" }
        #expect(wildcard?.type == .CNAME && wildcard?.value == "sandbox.nap.acme.com")
        Golden.assert(DNSSheetFormat.zone.format(plan), named: "dns/wildcard-cname.zone")
    }

    @Test func everyNameIsPublishedExactlyOncePerAddress() {
        let plan = Fixtures.plan(Fixtures.config(entry: "203.0.113.10,2001:db8::10"))
        let records = plan.dnsRecords()
        #expect(records.count == 10)
        #expect(Set(records.map(\.name)) == Set(plan.hosts!.all))
        #expect(records.filter { $0.type == .AAAA }.count == 5)
    }

    @Test func apexCNAMEIsFlaggedAndNeverEmittedAsARecordInTheZone() {
        let plan = Fixtures.plan(Fixtures.config(domain: "acme.com", entry: "lb.example.net"))
        let apex = plan.dnsRecords().first { $0.name == "acme.com" }!
        #expect(apex.needsAlias)
        #expect(apex.note.contains("ALIAS"))
        let zone = DNSSheetFormat.zone.format(plan)
        #expect(!zone.split(separator: "\n").contains { $0.hasPrefix("acme.com.") }, "an apex CNAME must not be pasted into a zone")
        // A subdomain may be a CNAME.
        let sub = Fixtures.plan(Fixtures.config(domain: "nap.acme.com", entry: "lb.example.net"))
        #expect(sub.dnsRecords().allSatisfy { !$0.needsAlias })
    }

    @Test func machineReadableSheetsNeverGiveTheApexTheTypeCNAME() throws {
        // A DNS admin importing the CSV or JSON would otherwise create an invalid apex CNAME.
        let plan = Fixtures.plan(Fixtures.config(domain: "acme.com", entry: "lb.example.net"))
        let csvApex = DNSSheetFormat.csv.format(plan).components(separatedBy: "\r\n").first { $0.hasPrefix("acme.com,") }
        #expect(csvApex?.hasPrefix("acme.com,ALIAS,lb.example.net,") == true, "\(csvApex ?? "")")
        let json = try JSONSerialization.jsonObject(with: Data(DNSSheetFormat.json.format(plan).utf8)) as? [[String: Any]]
        let jsonApex = json?.first { $0["name"] as? String == "acme.com" }
        #expect(jsonApex?["type"] as? String == "ALIAS")
        #expect((jsonApex?["note"] as? String)?.contains("zone apex") == true)
        // Below the apex a CNAME stays a CNAME.
        #expect(json?.filter { $0["name"] as? String != "acme.com" }.allSatisfy { $0["type"] as? String == "CNAME" } == true)
    }

    @Test func ttlAppliesToEveryRecord() {
        let plan = Fixtures.plan(Fixtures.config())
        let zone = DNSSheetFormat.zone.format(plan, ttl: 60)
        let records = zone.split(separator: "\n").filter { !$0.hasPrefix(";") }
        #expect(records.count == 5 && records.allSatisfy { $0.split(separator: "\t")[1] == "60" })
    }

    @Test func csvHasHeaderAndQuotesNotesWithCommas() {
        let plan = Fixtures.plan(Fixtures.config(domain: "acme.com", entry: "lb.example.net"))
        let csv = DNSSheetFormat.csv.format(plan)
        #expect(csv.hasPrefix("name,type,value,ttl,note\r\n"))
        let apexRow = csv.split(separator: "\r\n").first { $0.hasPrefix("acme.com,") }!
        #expect(apexRow.hasSuffix("\""), "a note with commas is quoted")
    }

    @Test func jsonIsAnArrayOfRecords() throws {
        let plan = Fixtures.plan(Fixtures.config())
        let rows = try JSONSerialization.jsonObject(with: Data(DNSSheetFormat.json.format(plan).utf8)) as! [[String: Any]]
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { Set($0.keys) == ["name", "type", "value", "ttl", "note"] })
        #expect(rows[0]["ttl"] as? Int == 300)
    }

    @Test func idnDomainsAreWrittenInALabelsWithTheUnicodeFormBeside() {
        let plan = Fixtures.plan(Fixtures.config(domain: "bücher.de"))
        #expect(plan.dnsRecords().first?.name == "xn--bcher-kva.de")
        #expect(DNSSheetFormat.markdown.format(plan).contains("(bücher.de)"))
    }

    static let namedCheckzone = ["/usr/bin/named-checkzone", "/usr/sbin/named-checkzone"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The zone sheet pastes into a real zone: named-checkzone accepts it inside an SOA/NS wrapper.
    @Test(.enabled(if: namedCheckzone != nil, "named-checkzone is not installed (Debian bind9-utils)"),
          arguments: cases)
    func zoneSheetPassesNamedCheckzone(domainName: String, domain: String, entryName: String, entry: String) throws {
        let plan = Fixtures.plan(Fixtures.config(domain: domain, entry: entry))
        let origin = plan.domain!.registrableDomain ?? domain
        let zone = """
            $ORIGIN \(origin).
            $TTL 300
            @ IN SOA ns1.\(origin). hostmaster.\(origin). 1 3600 600 86400 300
            @ IN NS ns1.\(origin).
            ns1 IN A 192.0.2.53

            """ + DNSSheetFormat.zone.format(plan)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zone-\(UUID().uuidString)")
        try zone.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try ExternalTool.run(Self.namedCheckzone!, [origin, url.path], input: "")
        #expect(result.status == 0, "named-checkzone rejected the sheet:\n\(result.output)\n\(zone)")
    }
}
