import Foundation
import Testing

/// Values that look almost right (a malformed IPv4 entry, ports in non-canonical form) are refused
/// by `configure`, and `check`/`dns` refuse them when they are already in values.env.
@Suite struct MalformedValuesTests {
    @Test(arguments: ["300.1.1.1", "999.999.999.999", "1.2.3", "01.02.03.04"])
    func aMalformedIPv4EntryIsRefusedNotPublishedAsACNAME(_ entry: String) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let configure = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", entry], in: dir)
        #expect(configure.status != 0)
        #expect(configure.stderr.contains("error[entry.invalid-ipv4] INGRESS_ENTRY (--entry): \"\(entry)\" is not a valid IPv4 address: "), "\(configure.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path), "nothing is written")

        // Written by hand into values.env, it stops check and dns too.
        try "INGRESS_MODE=external\nTOS_HOST=nap.acme.com\nSANDBOX_DOMAIN=sandbox.nap.acme.com\nINGRESS_ENTRY=\(entry)\n"
            .write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let check = try NapIngressBinary.run(["check"], in: dir)
        #expect(check.status != 0 && check.stderr.contains("entry.invalid-ipv4"), "\(check.stderr)")
        let dns = try NapIngressBinary.run(["dns", "--format", "zone"], in: dir)
        #expect(dns.status != 0)
        #expect(!dns.stdout.contains("CNAME \(entry)"), "\(dns.stdout)")
    }

    @Test func nonCanonicalPortsAreRefusedWithTheFormToWrite() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let configure = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                                  "--turn-port", "+3478", "--turn-relay-ports", "049152-49252",
                                                  "--tos-node-port", "030300", "--node-port-range", "30000 - 32767"], in: dir)
        #expect(configure.status != 0)
        for (field, hint) in [("TURN_PORT (--turn-port): \"+3478\" has a plus sign", "write 3478."),
                              ("TURN_RELAY_PORTS (--turn-relay-ports): \"049152-49252\" has a leading zero", "write 49152-49252."),
                              ("TOS_NODE_PORT (--tos-node-port): \"030300\" has a leading zero", "write 30300."),
                              ("NODE_PORT_RANGE (--node-port-range): \"30000 - 32767\" has spaces in it", "write 30000-32767.")] {
            #expect(configure.stderr.contains(field), "\(configure.stderr)")
            #expect(configure.stderr.contains("hint: \(hint)"), "\(configure.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path), "nothing is written")

        let canonical = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                                  "--turn-port", "3478", "--turn-relay-ports", "49152-49252"], in: dir)
        #expect(canonical.status == 0, "\(canonical.stderr)")
    }
}
