import Foundation
import Testing
@testable import IngressCore

/// After a domain change, the previous domain's records are listed for removal: one core value
/// (old plan against new plan), in a part of every sheet that no import or paste can publish.
@Suite struct DNSRemovalsTests {
    static let current = Fixtures.plan(Fixtures.config(domain: "nap.acme.com", entry: "203.0.113.10"))
    static let old = Fixtures.plan(Fixtures.config(domain: "nap.old-acme.com", entry: "198.51.100.7"))

    @Test func theRecordsOfTheOldDomainThatNoLongerAppear() {
        let removed = DNSRemovals.records(previous: Self.old, current: Self.current)
        #expect(removed.map(\.name) == ["nap.old-acme.com", "files.nap.old-acme.com", "browsers.nap.old-acme.com",
                                        "sandbox.nap.old-acme.com", "*.sandbox.nap.old-acme.com"])
        #expect(removed.allSatisfy { $0.value == "198.51.100.7" }, "the values the old answers published")
        #expect(DNSRemovals.records(previous: Self.current, current: Self.current).isEmpty, "an unchanged plan removes nothing")
    }

    @Test func aRecordThatStaysIsNotRemovedNorIsAPlaceholder() {
        // Old apex acme.com, new apex acme.com with a second address: only the address that went away is listed.
        let before = Fixtures.plan(Fixtures.config(domain: "nap.acme.com", entry: "203.0.113.10,198.51.100.7"))
        let removed = DNSRemovals.records(previous: before, current: Self.current)
        #expect(removed.count == 5 && removed.allSatisfy { $0.value == "198.51.100.7" })
        let placeholders = Fixtures.plan(Fixtures.config(domain: "nap.old-acme.com", entry: ""))
        #expect(DNSRemovals.records(previous: placeholders, current: Self.current).isEmpty, "a placeholder was never published")
    }

    @Test func thePreviousPlanFromOldAnswersOrFromTheDomainAlone() throws {
        var oldConfig = Fixtures.config(domain: "nap.old-acme.com", entry: "198.51.100.7")
        let fromAnswers = try #require(DNSRemovals.previousPlan(from: oldConfig, current: Self.current))
        #expect(fromAnswers.dnsRecords().first?.value == "198.51.100.7", "the old entry, as DNS holds it")
        oldConfig[.tlsSource] = "nonsense"
        let fromDomain = try #require(DNSRemovals.previousPlan(from: oldConfig, current: Self.current))
        #expect(fromDomain.dnsRecords().first?.name == "nap.old-acme.com")
        #expect(fromDomain.dnsRecords().first?.value == "203.0.113.10", "invalid old answers: the current entry under the old names")
        #expect(DNSRemovals.previousPlan(from: Fixtures.config(), current: Self.current) == nil, "same domain")
        #expect(DNSRemovals.previousPlan(from: Fixtures.config(domain: "bad_domain"), current: Self.current) == nil)
        #expect(DNSRemovals.previousPlan(Self.current, domain: "not a domain") == nil)
    }

    @Test(arguments: DNSSheetFormat.allCases)
    func everySheetListsThemApartOrNotAtAll(format: DNSSheetFormat) throws {
        let plan = Self.current.removing(recordsOf: Self.old)
        let sheet = format.format(plan)
        Golden.assert(sheet, named: "dns/removals/\(format.fileName)")
        #expect(format.format(Self.current) == format.format(Self.current.removing(recordsOf: nil)), "no removals: the sheet as before")
        switch format {
        case .zone:
            // Comments only: pasting the whole sheet cannot publish a record to delete.
            for line in sheet.split(separator: "\n") where line.contains("old-acme") { #expect(line.hasPrefix(";"), "\(line)") }
        case .csv, .json:
            // An importer reads every row and a `jq '.[]'` loop every element: not one may be a record to delete.
            #expect(sheet == format.format(Self.current), "the sheet of the current domain, 0.9.0's shape, whatever the plan removes")
            #expect(!sheet.contains("old-acme") && !sheet.contains("198.51.100.7") && !sheet.contains("action"))
            #expect(!format.listsRemovals)
        case .markdown:
            let part = try #require(sheet.range(of: "## Remove: the previous main domain's records"))
            #expect(!sheet[..<part.lowerBound].contains("old-acme"), "the records to publish come first, apart")
        }
    }

    @Test func theCSVAndJSONColumnsAreFixed() throws {
        let plan = Self.current.removing(recordsOf: Self.old)
        let rows = DNSSheetFormat.csv.format(plan).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "name,type,value,ttl,note")
        #expect(rows.count == 6 && rows.allSatisfy { Self.fields($0) == 5 }, "\(rows)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(DNSSheetFormat.json.format(plan).utf8)) as? [[String: Any]])
        #expect(json.count == 5)
        #expect(json.allSatisfy { Set($0.keys) == ["name", "type", "value", "ttl", "note"] })
    }

    /// The fields of a CSV row (commas inside a quoted field do not count).
    static func fields(_ row: String) -> Int {
        var quoted = false, count = 1
        for c in row {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { count += 1 }
        }
        return count
    }

    @Test func renderWritesThemToTheirOwnFileOnlyWhenThereAreSome() throws {
        let plan = Self.current.removing(recordsOf: Self.old)
        let file = try #require(RenderBundle.files(for: plan).first { $0.path == "dns-removals.csv" })
        let text = String(decoding: file.contents, as: UTF8.self)
        Golden.assert(text, named: "dns/removals/dns-removals.csv")
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "name,type,value,ttl,note", "the sheet's columns, so the same script reads it")
        #expect(rows.dropFirst().map { $0.split(separator: ",").first.map(String.init) } == ["nap.old-acme.com", "files.nap.old-acme.com", "browsers.nap.old-acme.com",
                                                                                              "sandbox.nap.old-acme.com", "*.sandbox.nap.old-acme.com"])
        #expect(rows.dropFirst().allSatisfy { $0.hasSuffix(",198.51.100.7,300,previous main domain: no longer used; delete this record") }, "\(rows)")
        #expect(!RenderBundle.files(for: Self.current).contains { $0.path == "dns-removals.csv" }, "no domain change, no file")
        #expect(DNSSheetFormat.removalsSheet(plan, ttl: 60)?.contains(",198.51.100.7,60,") == true, "the TTL every sheet gets")
    }

    @Test func nextStepsListsThemUnderDNS() throws {
        let plan = Self.current.removing(recordsOf: Self.old)
        let text = NextSteps.markdown(plan, manifests: ["a.yaml"], notes: Renderers.renderer(for: .contour).notes(plan))
        #expect(text.contains("The previous main domain's records are no longer used"))
        #expect(text.contains("| `files.nap.old-acme.com` | A | `198.51.100.7` |"))
        #expect(!NextSteps.markdown(Self.current, manifests: ["a.yaml"], notes: Renderers.renderer(for: .contour).notes(Self.current)).contains("previous main domain"))
    }
}

/// DNS_TTL: one answer for every sheet, validated by name.
@Suite struct DNSTTLTests {
    @Test func theSheetsUseTheAnswerAndAnOverrideWins() {
        let plan = Fixtures.plan(Fixtures.config([.dnsTTL: "3600"]))
        #expect(plan.dnsTTL == 3600)
        #expect(DNSSheetFormat.csv.format(plan).contains("nap.acme.com,A,203.0.113.10,3600,"))
        #expect(DNSSheetFormat.csv.format(plan, ttl: 60).contains("nap.acme.com,A,203.0.113.10,60,"))
        #expect(Fixtures.plan(Fixtures.config()).dnsTTL == 300, "the default")
    }

    @Test(arguments: ["0", "-1", "2147483648", "99999999999", "5m", "", " 300", "0300"])
    func aBadTTLIsAFindingNamingTheKey(value: String) {
        let (plan, found) = Plan.make(Fixtures.config([.dnsTTL: value]))
        #expect(plan == nil)
        let finding = found.first { $0.code == "dns.ttl-invalid" }
        #expect(finding?.subject == .key(.dnsTTL), "\(value): \(found.map(\.message))")
        #expect(finding?.field == "DNS_TTL (--dns-ttl)")
    }

    @Test func inNodePortModeABadTTLOnlyWarns() throws {
        // The NodePort path of the wizard has no DNS step: a finding it cannot fix must not block the write.
        var config = Fixtures.config([.dnsTTL: "0"])
        config[.ingressMode] = "nodeport"
        let (plan, found) = Plan.make(config)
        #expect(try #require(plan).dnsTTL == 300)
        #expect(found.first { $0.code == "dns.ttl-invalid" }?.severity == .warning)
    }

    @Test(arguments: ["1", "300", "86400", "2147483647"])
    func aGoodTTLIsTaken(value: String) {
        #expect(Plan.make(Fixtures.config([.dnsTTL: value])).0?.dnsTTL == Int(value))
    }
}
