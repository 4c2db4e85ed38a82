import Foundation
import Testing
import TestSupport

/// `dns` with DNS_TTL and `--previous-domain`, and `configure` naming the records a domain change leaves behind.
@Suite struct DNSCommandTests {
    func install(_ extra: String = "") throws -> URL {
        let dir = try NapIngressBinary.temporaryFolder()
        try (SampleValues.external + extra).write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func theSheetTakesDNSTTLAndTTLOverridesIt() throws {
        let dir = try install("DNS_TTL=3600\n")
        let sheet = try NapIngressBinary.run(["dns", "--format", "csv"], in: dir)
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(sheet.stdout.contains("nap.acme.com,A,203.0.113.10,3600,"))
        let override = try NapIngressBinary.run(["dns", "--format", "csv", "--ttl", "60"], in: dir)
        #expect(override.stdout.contains("nap.acme.com,A,203.0.113.10,60,"))
        #expect(try NapIngressBinary.run(["dns", "--ttl", "0"], in: dir).status == 64)
    }

    @Test func aBadDNSTTLIsAFindingNamingTheKeyAndNothingIsWritten() throws {
        let dir = try install()
        let path = dir.appendingPathComponent("values.env")
        let before = try Data(contentsOf: path)
        let run = try NapIngressBinary.run(["configure", "--dns-ttl", "5m"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[dns.ttl-invalid] DNS_TTL (--dns-ttl): \"5m\" is not a number of seconds"), "\(run.stderr)")
        #expect(try Data(contentsOf: path) == before, "values.env byte-identical after a failed run")
    }

    @Test func previousDomainListsItsRecordsForRemovalNeverInCSVOrJSON() throws {
        let dir = try install()
        let zone = try NapIngressBinary.run(["dns", "--format", "zone", "--previous-domain", "nap.old-acme.com"], in: dir)
        #expect(zone.status == 0, "\(zone.stderr)")
        #expect(zone.stdout.contains("; REMOVE files.nap.old-acme.com.\t300\tIN\tA\t203.0.113.10"))
        for line in zone.stdout.split(separator: "\n") where line.contains("old-acme") { #expect(line.hasPrefix(";"), "\(line)") }
        let plain = try NapIngressBinary.run(["dns", "--format", "csv"], in: dir)
        for format in ["csv", "json"] {
            // The sheet an importer reads holds only records to publish; stderr says where the others are.
            let sheet = try NapIngressBinary.run(["dns", "--format", format, "--previous-domain", "nap.old-acme.com"], in: dir)
            #expect(sheet.status == 0, "\(sheet.stderr)")
            #expect(!sheet.stdout.contains("old-acme") && !sheet.stdout.contains("action"), "\(format): \(sheet.stdout)")
            #expect(sheet.stderr.contains("note: 5 records of nap.old-acme.com are to be removed and are not in this \(format) sheet"), "\(sheet.stderr)")
            #expect(sheet.stderr.contains("--format markdown or --format zone lists them"), "\(sheet.stderr)")
        }
        let csv = try NapIngressBinary.run(["dns", "--format", "csv", "--previous-domain", "nap.old-acme.com"], in: dir)
        #expect(csv.stdout == plain.stdout, "0.9.0's sheet, byte for byte")
        let same = try NapIngressBinary.run(["dns", "--format", "csv", "--previous-domain", "nap.acme.com"], in: dir)
        #expect(!same.stdout.contains("remove") && !same.stderr.contains("note:"), "the same domain removes nothing: \(same.stderr)")
        let bad = try NapIngressBinary.run(["dns", "--previous-domain", "not a domain"], in: dir)
        #expect(bad.status == 64 && bad.stderr.contains("--previous-domain"), "\(bad.stderr)")
    }

    @Test func configurePrintsTheRecordsADomainChangeLeaves() throws {
        let dir = try install()
        let run = try NapIngressBinary.run(["configure", "--domain", "nap.new-acme.com"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("TOS_HOST changed from nap.acme.com to nap.new-acme.com: delete these DNS records of the previous domain"))
        #expect(run.stdout.contains("  *.sandbox.nap.acme.com  A  203.0.113.10\n"))
        #expect(run.stdout.contains("nap-ingress dns --previous-domain nap.acme.com"))
        let again = try NapIngressBinary.run(["configure", "--dns-ttl", "600"], in: dir)
        #expect(again.status == 0 && !again.stdout.contains("TOS_HOST changed"), "no domain change, nothing to remove")
    }
}
