import Foundation
import TestSupport
@testable import IngressCore

/// Every certificate defect the `files` source must catch, generated once by openssl for the TLS suites.
struct TLSFixtureCatalogue: Sendable {
    static let main = "nap.acme.com"
    static let mainNames = ["nap.acme.com", "files.nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"]
    static let wildcard = "*.sandbox.nap.acme.com"

    /// One fixture: the files, which Secret it is for, and the codes `check` must report (errors and warnings).
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var cert: String
        var key: String
        var secret: String
        var expected: Set<String>
        var description: String { name }
    }

    let fixtures: OpenSSLFixtures
    let cases: [Case]

    /// Generated once per test process; openssl failures surface as a test failure, not a crash.
    static let shared: Result<TLSFixtureCatalogue, OpenSSLFixtures.Failure> = {
        do { return .success(try make()) } catch {
            return .failure(OpenSSLFixtures.Failure(description: "\(error)"))
        }
    }()

    static func make() throws -> TLSFixtureCatalogue {
        let fx = try OpenSSLFixtures()
        let inter = fx.intermediate!, root = fx.root!
        var cases: [Case] = []
        func add(_ name: String, _ leaf: OpenSSLFixtures.Issued, chain: [String]? = nil, key: String? = nil,
                 secret: String = Plan.mainSecret, _ expected: Set<String>) throws {
            let file = try fx.chain(chain ?? [leaf.cert, inter.cert])
            cases.append(Case(name: name, cert: file, key: key ?? leaf.key, secret: secret, expected: expected))
        }
        let good = try fx.issue(cn: "nap-tls-cert", sans: mainNames, issuer: inter)
        try add("good main", good, [])
        try add("good sandbox", try fx.issue(cn: "previews", sans: [wildcard], issuer: inter), secret: Plan.sandboxSecret, [])
        try add("one certificate for both, sandbox", try fx.issue(cn: "all", sans: mainNames + [wildcard], issuer: inter), secret: Plan.sandboxSecret, [])
        try add("missing files.", try fx.issue(cn: "x", sans: ["nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"], issuer: inter),
                ["tls.name-not-covered"])
        try add("wildcard one level too high", try fx.issue(cn: "x", sans: ["*.nap.acme.com"], issuer: inter), secret: Plan.sandboxSecret,
                ["tls.not-wildcard"])
        try add("main names but no wildcard", good, secret: Plan.sandboxSecret, ["tls.not-wildcard"])
        try add("name only in CN", try fx.issue(cn: "nap.acme.com", sans: nil, issuer: inter), ["tls.cn-only"])
        try add("expired", try fx.issue(cn: "x", sans: mainNames, issuer: inter, days: (-100, -10)), ["tls.expired"])
        try add("not yet valid", try fx.issue(cn: "x", sans: mainNames, issuer: inter, days: (10, 400)), ["tls.not-yet-valid"])
        try add("expires in 5 days", try fx.issue(cn: "x", sans: mainNames, issuer: inter, days: (-1, 5)), ["tls.expires-soon"])
        try add("key of another certificate", good, key: try fx.key(.p256), ["tls.key-mismatch"])
        try add("key of another type", good, key: try fx.key(.rsa), ["tls.key-mismatch"])
        try add("intermediate before leaf", good, chain: [inter.cert, good.cert], ["tls.chain-order"])
        try add("root before intermediate", good, chain: [good.cert, root.cert, inter.cert], ["tls.chain-order"])
        try add("chain up to the root", good, chain: [good.cert, inter.cert, root.cert], ["tls.untrusted-root"])
        let selfSigned = try fx.issue(cn: "x", sans: mainNames, issuer: nil)
        try add("self-signed leaf", selfSigned, chain: [selfSigned.cert], ["tls.untrusted-root"])
        for type in OpenSSLFixtures.KeyType.allCases {
            try add("\(type.rawValue) key", try fx.issue(cn: "x", sans: mainNames, issuer: inter, keyType: type), [])
        }
        try add("certificate and key paths swapped", good, chain: [good.key], key: good.cert, ["tls.cert-unreadable", "tls.key-unreadable"])
        return TLSFixtureCatalogue(fixtures: fx, cases: cases)
    }

    /// The requirement a case's Secret must meet (from a real plan: host names come only from the plan).
    static func requirement(_ secret: String) -> TLSRequirement {
        Fixtures.plan(Fixtures.config(domain: main)).tls.first { $0.secretName == secret }!
    }
}
