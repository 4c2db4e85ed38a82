import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Issue 15: the DNS TTL as an answer on the entry step, and after a domain change the previous
/// domain's records listed for removal (sheets, NEXT-STEPS.md and Done).
@Suite struct DNSAnswersTests {
    func existing(_ name: String) throws -> (Driver, String) {
        let dir = try Scratch.folder(name)
        try SampleValues.external.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        return (try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress"), dir)
    }

    /// From the start screen of an existing install to the entry step.
    func toEntry(_ d: inout Driver) {
        d.press(.enter, .enter, .enter, .enter)
    }

    @Test func theTTLIsAskedOnTheEntryStepAndUsedByTheSheets() throws {
        var (d, dir) = try existing("dns-ttl")
        toEntry(&d)
        try #require(d.state.step == .entry)
        #expect(d.state.items.contains { $0.id == .key(.dnsTTL) && $0.label == "DNS TTL (seconds)" })
        #expect(d.screen(100, 30).contains("DNS records  TTL 300 s"), "the preview shows the TTL the sheets get")
        // The third item: entry, wildcard, TTL.
        d.press(.tab, .tab, .control("u"))
        d.type("0")
        #expect(d.screen(100, 30).contains("\"0\" is outside 1-2147483647 seconds"), "the finding under its field")
        d.press(.enter)
        #expect(d.state.step == .entry, "a bad TTL keeps the operator on the step")
        #expect(d.state.message?.text.hasPrefix("Can't go on: DNS TTL (seconds): ") == true, "\(d.state.message?.text ?? "")")
        #expect(d.state.message?.text.contains("--") == false, "no flag in the wizard")
        d.press(.control("u"))
        d.type("3600")
        #expect(d.screen(100, 30).contains("DNS records  TTL 3600 s"))
        d.press(.control("s"), .enter)
        try #require(d.state.step == .done)
        let values = try String(contentsOfFile: dir + "/values.env", encoding: .utf8)
        #expect(values.contains("\nDNS_TTL=3600\n"))
        let csv = try String(contentsOfFile: dir + "/ingress/dns-records.csv", encoding: .utf8)
        #expect(csv.contains("nap.acme.com,A,203.0.113.10,3600,"), "the output folder's sheets use it")
        d.press(.down, .tab, .control("u"))
        d.type(dir + "/sheet.csv")
        d.press(.enter)
        #expect(try String(contentsOfFile: dir + "/sheet.csv", encoding: .utf8).contains(",3600,"), "so does the exported sheet")
        // The round trip: a re-run shows the answer as written.
        var again = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        toEntry(&again)
        #expect(again.state.text(of: .key(.dnsTTL)).text == "3600")
    }

    @Test func aDomainChangeListsTheOldRecordsForRemoval() throws {
        var (d, dir) = try existing("dns-removals")
        d.press(.enter, .control("u"))
        d.type("nap.new-acme.com")
        #expect(!d.screen(100, 30).contains("nap.acme.com  A"), "the step previews the new records only")
        d.press(.control("s"))
        try #require(d.state.step == .review)
        let plan = try #require(d.state.analysis.plan)
        #expect(plan.dnsRemovals.map(\.name) == ["nap.acme.com", "files.nap.acme.com", "browsers.nap.acme.com",
                                                 "sandbox.nap.acme.com", "*.sandbox.nap.acme.com"])
        d.press(.character("n"))
        #expect(NextStepsView.document(d.state)?.contains("The previous main domain's records are no longer used") == true)
        d.press(.escape, .enter)
        try #require(d.state.step == .done)
        for (w, h) in [(80, 24), (100, 30)] {
            let screen = d.screen(w, h)
            #expect(screen.contains("! Delete from DNS once the new names work, nap.acme.com's records"), "\(w)x\(h)")
            #expect(screen.contains("files.nap.acme.com,"), "\(w)x\(h)")
            #expect(screen.contains("*.sandbox.nap.acme.com → A 203.0.113.10"), "\(w)x\(h)")
            #expect(screen.contains("DNS sheet format") && screen.contains("dns-records.md"), "the export keeps its room at \(w)x\(h)")
        }
        d.snapshot("done-domain-changed")
        let zone = try String(contentsOfFile: dir + "/ingress/dns-records.zone", encoding: .utf8)
        #expect(zone.contains("; REMOVE files.nap.acme.com.\t300\tIN\tA\t203.0.113.10"))
        #expect(zone.contains("\nfiles.nap.new-acme.com.\t300\tIN\tA\t203.0.113.10"))
        d.press(.down, .down, .down, .tab, .control("u"))
        try #require(d.state.exportFormat == .json)
        d.type(dir + "/sheet.json")
        d.press(.enter)
        let json = try String(contentsOfFile: dir + "/sheet.json", encoding: .utf8)
        #expect(!json.contains("nap.acme.com\"") && !json.contains("action"), "an exported JSON sheet holds only records to publish")
        #expect(json.contains("\"name\" : \"files.nap.new-acme.com\""))
        #expect(d.state.message?.text.hasPrefix("Wrote the json DNS sheet, without the 5 old records to delete (listed above, and in dns-removals.csv), to ") == true,
                "\(String(describing: d.state.message))")
        #expect(d.screen(80, 24).contains("without the 5 old records to delete"), "the status line keeps it at 80x24")
        let csv = try String(contentsOfFile: dir + "/ingress/dns-records.csv", encoding: .utf8)
        #expect(!csv.contains("nap.acme.com,") && !csv.contains("action"), "the sheet in the output folder holds only records to publish")
        let removals = try String(contentsOfFile: dir + "/ingress/dns-removals.csv", encoding: .utf8)
        #expect(removals.hasPrefix("name,type,value,ttl,note\r\nnap.acme.com,A,203.0.113.10,300,previous main domain"), "\(removals)")

        // Writing again with the domain unchanged: nothing to remove, and the file goes.
        var again = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        again.press(.control("s"), .enter)
        try #require(again.state.step == .done)
        #expect(!FileManager.default.fileExists(atPath: dir + "/ingress/dns-removals.csv"))
        #expect(again.state.report?.output.removed.contains("dns-removals.csv") == true)
    }

    @Test func anUnchangedDomainListsNothing() throws {
        var (d, dir) = try existing("dns-no-removals")
        d.press(.control("s"), .enter)
        try #require(d.state.step == .done)
        #expect(!d.screen(100, 30).contains("Delete from DNS"))
        #expect(try !String(contentsOfFile: dir + "/ingress/dns-records.csv", encoding: .utf8).contains("action"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/ingress/dns-removals.csv"))
    }
}
