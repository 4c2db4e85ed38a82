import Testing
@testable import IngressCore

@Suite struct HostNameMatchTests {
    @Test(arguments: [
        ("nap.acme.com", "nap.acme.com", true),
        ("NAP.acme.com.", "nap.ACME.com", true),
        ("*.sandbox.nap.acme.com", "ab12-3000.sandbox.nap.acme.com", true),
        ("*.sandbox.nap.acme.com", "a.b.sandbox.nap.acme.com", false),
        ("*.sandbox.nap.acme.com", "sandbox.nap.acme.com", false),
        ("*.sandbox.nap.acme.com", "*.sandbox.nap.acme.com", true),
        ("*.nap.acme.com", "*.sandbox.nap.acme.com", false),
        ("*.nap.acme.com", "x.sandbox.nap.acme.com", false),
        ("*.nap.acme.com", "files.nap.acme.com", true),
        ("x.sandbox.nap.acme.com", "*.sandbox.nap.acme.com", false),
        ("*.com", "acme.com", false),
        ("f*.nap.acme.com", "files.nap.acme.com", false),
        ("", "nap.acme.com", false),
    ])
    func rfc6125(_ presented: String, _ reference: String, _ expected: Bool) {
        #expect(HostNameMatch.covers(presented, reference) == expected)
    }
}
