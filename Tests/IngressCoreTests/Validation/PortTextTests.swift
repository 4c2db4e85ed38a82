import Testing
@testable import IngressCore

/// Every port and port-range key takes only the canonical form install.sh's bash arithmetic and
/// coturn read: digits, no sign, no leading zero, MIN-MAX without spaces.
@Suite struct PortTextTests {
    static let portKeys: [OwnedKey] = [.turnPort, .tosNodePort, .browserNodePort, .sandboxNodePort]
    static let rangeKeys: [OwnedKey] = [.turnRelayPorts, .nodePortRange]

    func errors(_ key: OwnedKey, _ value: String) -> [Diagnostic] {
        Validator.validate(Fixtures.config([key: value])).filter { $0.field == key.fieldName && $0.severity == .error }
    }

    @Test func everyPortKeyIsCovered() {
        // A new key ending in PORT or PORTS must be added to one of the lists (and to a rule).
        let numeric = OwnedKey.allCases.filter { $0.rawValue.hasSuffix("PORT") || $0.rawValue.hasSuffix("PORTS") || $0.rawValue.hasSuffix("PORT_RANGE") }
        #expect(Set(numeric) == Set(Self.portKeys + Self.rangeKeys))
    }

    @Test(arguments: portKeys)
    func portKeysRefuseNonCanonicalText(_ key: OwnedKey) throws {
        let canonical = key.defaultValue.isEmpty ? "3478" : key.defaultValue
        for (raw, what) in [("+\(canonical)", "has a plus sign"), ("0\(canonical)", "has a leading zero"),
                            ("00\(canonical)", "has a leading zero"), (" \(canonical)", "has spaces around it"),
                            ("\(canonical) ", "has spaces around it"), ("+0\(canonical)", "has a plus sign and a leading zero")] {
            let found = errors(key, raw)
            let d = try #require(found.first, "\(key.rawValue)=\(raw) must be refused")
            #expect(found.count == 1, "\(found)")
            #expect(d.message.hasPrefix("\"\(raw)\" \(what)"), "\(d.message)")
            #expect(d.commandLineHint == "write \(canonical).", "\(d)")
        }
        #expect(errors(key, canonical).isEmpty)
    }

    @Test(arguments: portKeys)
    func portKeysRefuseWhatIsNoPort(_ key: OwnedKey) throws {
        for raw in ["", "0", "000", "65536", "99999999999999999999999", "-3478", "34 78", "3478a", "0x0d96", "٣٤٧٨", "+"] {
            let d = try #require(errors(key, raw).first, "\(key.rawValue)=\(raw) must be refused")
            #expect(d.commandLineHint?.hasPrefix("write ") == true, "\(d)")
            #expect(!d.message.contains("\n"))
        }
    }

    @Test(arguments: rangeKeys)
    func rangeKeysRefuseNonCanonicalText(_ key: OwnedKey) throws {
        let (low, high) = key == .nodePortRange ? (30000, 32767) : (49152, 49252)
        for (raw, what) in [("0\(low)-\(high)", "has a leading zero"), ("\(low)-0\(high)", "has a leading zero"),
                            ("+\(low)-\(high)", "has a plus sign"), ("\(low) - \(high)", "has spaces in it"),
                            ("\(low)- \(high)", "has spaces in it"), (" \(low)-\(high)", "has spaces in it"),
                            ("0\(low) - +\(high)", "has spaces in it and a leading zero (bash reads it as an octal number) and a plus sign")] {
            let d = try #require(errors(key, raw).first, "\(key.rawValue)=\(raw) must be refused")
            #expect(d.message.hasPrefix("\"\(raw)\" \(what)"), "\(d.message)")
            #expect(d.commandLineHint?.hasPrefix("write \(low)-\(high).") == true, "\(d)")
        }
        #expect(errors(key, "\(low)-\(high)").isEmpty)
    }

    @Test(arguments: rangeKeys)
    func rangeKeysRefuseWhatIsNoRange(_ key: OwnedKey) throws {
        for raw in ["", "-", "49152-", "-49152", "0-10", "1-70000", "a-b", "1-2-3", "49152–49252", "49152..49252"] {
            let d = try #require(errors(key, raw).first, "\(key.rawValue)=\(raw) must be refused")
            #expect(d.commandLineHint?.contains("write") == true, "\(d)")
        }
    }

    @Test func aReversedNodePortRangeIsNamed() throws {
        let d = try #require(errors(.nodePortRange, "32767-30000").first)
        #expect(d.code == "nodeport.range-invalid" && d.commandLineHint == "write the lower port first: 30000-32767.")
    }

    @Test func anUnreadableNodePortRangeStillChecksThePortsThemselves() {
        let found = Validator.validate(Fixtures.config([.nodePortRange: "30000 - 32767", .tosNodePort: "+30300"])).errors
        #expect(found.map(\.code) == ["nodeport.range-invalid", "nodeport.invalid"])
    }

    @Test func aSinglePortIsARangeOfOne() {
        #expect(PortRange.parse("3478") == 3478...3478)
        #expect(PortRange.parse("03478") == nil)
    }

    @Test func noPlanIsMadeFromNonCanonicalPorts() {
        for (key, raw) in [(OwnedKey.turnPort, "+3478"), (.turnRelayPorts, "049152-49252"), (.tosNodePort, "030300")] {
            #expect(Plan.make(Fixtures.config([key: raw])).0 == nil, "\(key.rawValue)=\(raw)")
        }
    }
}
