import Foundation
import Testing
import Yams
@testable import IngressCore

/// The manifest encoder must write exactly what Yams' own YAMLEncoder writes.
@Suite struct ManifestNodeEncoderTests {
    struct Sample: Encodable {
        var strings: [String]
        var flag: Bool
        var count: Int
        var optional: String?
        var map: StringMap
    }

    static let tricky = ["3600", "3600s", "0s", "yes", "Yes", "on", "OFF", "y", "n", "null", "~", "", "true", "False",
                         "1.5", ".inf", "-1", "0x1F", "2026-11-29", "<<", "=", "*.sandbox.acme.com", "nap", "nap-cp",
                         "infinity", "a: b", "# not a comment", "Host(`*.sandbox.acme.com`)", "bücher", "yesterday",
                         "on-call", "nullable", "istio=ingressgateway", "- item", "'quoted'", "\"double\""]

    @Test func outputIsByteIdenticalToYAMLEncoder() throws {
        let sample = Sample(strings: Self.tricky, flag: true, count: 3006, optional: nil,
                            map: ["nginx.ingress.kubernetes.io/proxy-read-timeout": "3600", "off": "on"])
        let encoder = YAMLEncoder()
        encoder.options.width = -1
        // One deliberate difference: YAMLEncoder leaves a key like `off` plain, which YAML 1.1
        // (and so kubectl) reads as a boolean; the manifest encoder quotes it.
        let expected = try encoder.encode(sample).replacingOccurrences(of: "\n  off: 'on'", with: "\n  'off': 'on'")
        let actual = ManifestFile(name: "x.yaml", objects: [sample]).yaml()
        #expect(actual == expected)
    }

    @Test(arguments: tricky)
    func stringsReadBackAsTheSameString(_ s: String) throws {
        let yaml = ManifestFile(name: "x.yaml", objects: [["k": s]]).yaml()
        let loaded = try Yams.load(yaml: yaml) as? [String: Any]
        #expect(loaded?["k"] as? String == s, "\(yaml)")
    }
}
