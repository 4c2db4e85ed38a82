import Testing
@testable import IngressCore

/// The main-domain rules as a table: what the operator types, and either the normalised
/// A-label form (with the warnings it still earns) or the diagnostic codes it is refused with.
@Suite struct DomainRulesTableTests {
    enum Expected: Sendable, CustomStringConvertible {
        case accepted(String, warnings: [String] = [])
        case rejected([String])
        var description: String {
            switch self {
            case .accepted(let a, let w): "accepted \(a) \(w)"
            case .rejected(let c): "rejected \(c)"
            }
        }
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: Expected
        var testDescription: String { "\(input.debugDescription) → \(expected)" }
    }

    static func ok(_ input: String, _ ascii: String, warnings: [String] = []) -> Row { Row(input: input, expected: .accepted(ascii, warnings: warnings)) }
    static func no(_ input: String, _ codes: String...) -> Row { Row(input: input, expected: .rejected(codes)) }

    static let label63 = String(repeating: "a", count: 63)
    static let label64 = String(repeating: "a", count: 64)
    /// A Unicode label of 60 characters whose A-label is longer than 63.
    static let longUnicodeLabel = String(repeating: "ü", count: 30) + String(repeating: "b", count: 30)
    /// 181 characters: the longest main domain (so that a 63-character preview label fits in 253).
    static let domain181 = [String(repeating: "a", count: 63), String(repeating: "b", count: 63), String(repeating: "c", count: 49), "com"].joined(separator: ".")
    static let domain182 = [String(repeating: "a", count: 63), String(repeating: "b", count: 63), String(repeating: "c", count: 50), "com"].joined(separator: ".")

    static let rows: [Row] = [
        // Plain names, trimming, case, one trailing dot.
        ok("nap.acme.com", "nap.acme.com"),
        ok("acme.com", "acme.com"),
        ok("  nap.acme.com  ", "nap.acme.com"),
        ok("\tnap.acme.com\n", "nap.acme.com"),
        ok("NAP.Acme.COM", "nap.acme.com"),
        ok("nap.acme.com.", "nap.acme.com"),
        ok("a.b.c.d.acme.com", "a.b.c.d.acme.com"),
        ok("nap-1.acme-corp.com", "nap-1.acme-corp.com"),
        ok("123.acme.com", "123.acme.com"),
        ok("nap.acme.co.uk", "nap.acme.co.uk"),
        ok("acme.co.uk", "acme.co.uk"),
        ok("www.ck", "www.ck"),
        ok("nap.www.ck", "nap.www.ck"),
        ok("nap.acme.github.io", "nap.acme.github.io"),
        ok("\(label63).acme.com", "\(label63).acme.com"),
        ok(domain181, domain181),
        // IDN: IDNA2008 non-transitional A-labels.
        ok("bücher.de", "xn--bcher-kva.de"),
        ok("nap.bücher.de", "nap.xn--bcher-kva.de"),
        ok("straße.de", "xn--strae-oqa.de"),
        ok("BÜCHER.DE", "xn--bcher-kva.de"),
        ok("Bücher.de.", "xn--bcher-kva.de"),
        ok("xn--bcher-kva.de", "xn--bcher-kva.de"),
        ok("münchen.acme.com", "xn--mnchen-3ya.acme.com"),
        ok("日本.jp", "xn--wgv71a.jp"),
        ok("nap.bücher。de", "nap.xn--bcher-kva.de"),
        // Reserved names: accepted with a warning.
        ok("example.com", "example.com", warnings: ["domain.reserved"]),
        ok("nap.example.org", "nap.example.org", warnings: ["domain.reserved"]),
        ok("nap.test", "nap.test", warnings: ["domain.reserved"]),
        ok("nap.local", "nap.local", warnings: ["domain.reserved"]),
        ok("nap.corp.internal", "nap.corp.internal", warnings: ["domain.reserved"]),
        ok("nap.home.arpa", "nap.home.arpa", warnings: ["domain.reserved"]),
        // Empty, and empty labels.
        no("", "domain.empty"),
        no("   ", "domain.empty"),
        no("nap..acme.com", "domain.empty-label"),
        no(".nap.acme.com", "domain.empty-label"),
        no("nap.acme.com..", "domain.empty-label"),
        no("nap.。acme.com", "domain.empty-label"),
        // Length, on the A-label form.
        no("\(label64).acme.com", "domain.label-too-long"),
        no("\(longUnicodeLabel).acme.com", "domain.label-too-long"),
        no(domain182, "domain.too-long"),
        // Hyphens.
        no("-nap.acme.com", "domain.hyphen"),
        no("nap-.acme.com", "domain.hyphen"),
        no("nap.acme.com-", "domain.hyphen"),
        // Characters a host name cannot hold.
        no("nap_1.acme.com", "domain.invalid-character"),
        no("nap acme.com", "domain.invalid-character"),
        no("nap.acme.com$", "domain.invalid-character"),
        no("$(touch x).acme.com", "domain.invalid-character"),
        no("`id`.acme.com", "domain.invalid-character"),
        no("\"nap.acme.com\"", "domain.invalid-character"),
        no("'nap.acme.com'", "domain.invalid-character"),
        no("nap.acme.com;reboot", "domain.invalid-character"),
        no("nap\u{0}.acme.com", "domain.invalid-character"),
        no("nap\u{7}.acme.com", "domain.invalid-character"),
        no("nap.acme\u{1B}[2J.com", "domain.invalid-character"),
        // UTS #46 ignores zero-width spaces and soft hyphens; what is written is the clean name.
        ok("nap\u{200B}.acme.com", "nap.acme.com"),
        no("nap.acme.com\u{00A0}x", "domain.invalid-character"),
        no("nap@acme.com", "domain.invalid-character"),
        // Wildcards, addresses, URLs, ports.
        no("*.nap.acme.com", "domain.wildcard"),
        no("*.sandbox.nap.acme.com", "domain.wildcard"),
        no("203.0.113.10", "domain.ip-literal"),
        no("203.0.113.10.", "domain.ip-literal"),
        no("2001:db8::1", "domain.ip-literal"),
        no("::1", "domain.ip-literal"),
        no("[::1]", "domain.ip-literal"),
        no("fe80::1%eth0", "domain.ip-literal"),
        no("https://nap.acme.com", "domain.url"),
        no("https://nap.acme.com/login", "domain.url"),
        no("nap.acme.com/", "domain.url"),
        no("nap.acme.com:443", "domain.port"),
        no("[::1]:443", "domain.port"),
        // Names no one can own.
        no("localhost", "domain.single-label"),
        no("nap", "domain.single-label"),
        no("com", "domain.public-suffix"),
        no("co.uk", "domain.public-suffix"),
        no("CO.UK.", "domain.public-suffix"),
        no("foo.ck", "domain.public-suffix"),
        no("github.io", "domain.public-suffix"),
        no("nap.acme.123", "domain.numeric-tld"),
        no("1.2.3", "domain.numeric-tld"),
        // Internationalised names IDNA2008 refuses.
        no("😀.acme.com", "domain.idna"),
        no("nap.☃.com", "domain.idna"),
        no("xn--zzzz-.de", "domain.idna"),
        no("xn--a.de", "domain.idna"),
    ]

    static let suffixes = PublicSuffixList.shared

    @Test func theInstalledSuffixListIsUsed() {
        #expect(Self.suffixes != nil, "Debian package publicsuffix must be installed for these tests")
    }

    @Test(arguments: rows) func rule(_ row: Row) {
        let (name, diagnostics) = DomainName.analyze(row.input, suffixes: Self.suffixes)
        switch row.expected {
        case .accepted(let ascii, let warnings):
            #expect(name?.ascii == ascii, "\(diagnostics)")
            #expect(diagnostics.map(\.code) == warnings)
            #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.field == "TOS_HOST (--domain)" && $0.commandLineHint != nil })
        case .rejected(let codes):
            #expect(name == nil)
            #expect(diagnostics.errors.map(\.code) == codes, "\(diagnostics)")
            #expect(diagnostics.allSatisfy { $0.field == "TOS_HOST (--domain)" && !($0.commandLineHint ?? "").isEmpty })
            // A message never carries a raw control character to the terminal.
            #expect(diagnostics.allSatisfy { !$0.message.unicodeScalars.contains { $0.value < 0x20 || $0.properties.generalCategory == .format } })
        }
    }

    @Test func unicodeFormIsShownBesideTheALabel() throws {
        let name = try DomainName.normalize("Straße.de", suffixes: Self.suffixes)
        #expect(name.ascii == "xn--strae-oqa.de")
        #expect(name.unicode == "straße.de")
        #expect(name.isInternationalized)
        #expect(try DomainName.normalize("nap.acme.com", suffixes: Self.suffixes).isInternationalized == false)
    }

    @Test(arguments: [
        ("acme.com", "acme.com", true), ("nap.acme.com", "acme.com", false), ("acme.co.uk", "acme.co.uk", true),
        ("nap.acme.co.uk", "acme.co.uk", false), ("www.ck", "www.ck", true), ("nap.www.ck", "www.ck", false),
        ("acme.foo.ck", "acme.foo.ck", true), ("bücher.de", "xn--bcher-kva.de", true), ("a.b.city.kawasaki.jp", "city.kawasaki.jp", false),
        ("nap.acme.github.io", "acme.github.io", false),
    ]) func apexOrSubdomain(_ input: String, _ registrable: String, _ apex: Bool) throws {
        let name = try DomainName.normalize(input, suffixes: Self.suffixes)
        #expect(name.registrableDomain == registrable)
        #expect(name.isApex == apex)
    }

    @Test func aMissingSuffixListSkipsOnlyThePublicSuffixRule() {
        let (name, diagnostics) = DomainName.analyze("co.uk", suffixes: nil)
        #expect(name?.ascii == "co.uk", "without the list a suffix cannot be recognised")
        #expect(name?.isApex == nil)
        #expect(name?.registrableDomain == nil)
        #expect(diagnostics.map(\.code) == ["domain.suffix-list-missing"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.contains(PublicSuffixList.path) == true)
        // Every other rule still applies, and the warning comes only once per analysis.
        #expect(DomainName.analyze("nap_1.acme.com", suffixes: nil).1.map(\.code) == ["domain.invalid-character"])
        #expect(DomainName.analyze("nap.test", suffixes: nil).1.map(\.code) == ["domain.suffix-list-missing", "domain.reserved"])
        #expect(DomainName.analyze("nap", suffixes: nil).1.map(\.code) == ["domain.single-label"])
        #expect(DomainName.analyze("-a.acme.com", suffixes: nil).1.map(\.code) == ["domain.hyphen", "domain.suffix-list-missing"])
    }

    @Test func everyRuleIsCollectedNotJustTheFirst() {
        let codes = DomainName.analyze("*.-\(Self.label64).acme.123", suffixes: Self.suffixes).1.map(\.code)
        #expect(codes == ["domain.wildcard", "domain.label-too-long", "domain.hyphen", "domain.numeric-tld"])
    }

    @Test func anEmptyListFileCountsAsMissing() {
        #expect(PublicSuffixList(text: "// nothing\n").isListed("com") == false)
        let list = PublicSuffixList(text: "com\n*.ck\n!www.ck\n")
        #expect(list.isPublicSuffix("foo.ck"))
        #expect(list.registrableDomain(of: "nap.www.ck") == "www.ck")
    }

    @Test func lengthLimitsCountTheALabelForm() {
        #expect(Self.domain181.count == 181 && Self.domain182.count == 182)
        #expect(Self.longUnicodeLabel.count == 60, "60 characters typed, over 63 once encoded")
    }

    @Test func theTableIsLargeEnough() {
        #expect(Self.rows.count >= 60)
    }
}
