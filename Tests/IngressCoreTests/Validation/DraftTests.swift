@testable import IngressCore
import Testing

/// values.env becomes a typed draft once: a key whose text does not parse has exactly one
/// finding about it (the draft's), which `check` shows once, and the plan reads the same values.
struct DraftTests {
    /// A text each parsed key cannot be read from, and the answers under which its key is used.
    static let unreadable: [(OwnedKey, String, [OwnedKey: String])] = [
        (.ingressMode, "ingress", [:]),
        (.tosNodePort, "+30300", [:]),
        (.browserNodePort, "30 305", [:]),
        (.sandboxNodePort, "", [:]),
        (.controller, "nginx", [:]),
        (.controllerVersion, "three", [.controller: "traefik"]),
        (.ingressAnnotations, "a;b", [.controller: "ingress"]),
        (.istioGatewaySelector, "istio", [.controller: "istio"]),
        (.wildcardRecord, "alias", [:]),
        (.tlsSource, "acme", [:]),
        (.sandboxTLSSource, "acme", [:]),
        (.tlsIssuer, "letsencrypt", [.tlsSource: "cert-manager"]),
        (.turnExposure, "hostnetwork", [:]),
        (.turnPort, "3478/udp", [:]),
        (.turnRelayPorts, "49152:49252", [:]),
        (.nodePortRange, "30000-", [:]),
        (.dnsTTL, "5m", [.ingressMode: "external"]),
        (.turnSelector, "app", [:]),
        (.turnLBProvider, "gcp", [.turnExposure: "loadbalancer"]),
        (.turnServiceAnnotations, "x", [.turnExposure: "loadbalancer"]),
    ]

    @Test func everyParsedKeyThatDoesNotParseHasExactlyOneFinding() {
        let covered = Set(Self.unreadable.map(\.0))
        // TOS_HOST lists every rule the name breaks, INGRESS_ENTRY each unusable item (EntryAddressTests).
        #expect(covered.union([.tosHost, .entry]) == Set(Draft.parsedKeys), "a parsed key without a case here")
        for (key, text, context) in Self.unreadable {
            var values = context
            values[key] = text
            let config = Fixtures.config(values)
            let draft = Draft(config)
            let own = draft.findings(for: key)
            #expect(own.count == 1, "\(key.rawValue)=\(text): \(own)")
            #expect(own.allSatisfy { $0.subject.fieldKey == key && $0.severity == .error && $0.hint != nil }, "\(key.rawValue)")
            // It quotes what was written (a list: its first item that is not KEY=VALUE).
            let quoted = text.split(separator: ";").first.map(String.init) ?? text
            #expect(own.first.map { $0.message.contains("\"\(quoted)\"") || text.isEmpty } == true, "\(own)")
            let shown = Validator.validate(draft).filter { $0.subject.fieldKey == key && $0.severity == .error }
            #expect(shown == own, "\(key.rawValue)=\(text): check shows \(shown.map(\.description))")
            #expect(Plan.make(draft).0 == nil)
        }
    }

    @Test func aChoiceFindingNamesTheAcceptedValues() {
        let finding = Draft(Fixtures.config([.turnExposure: "hostnetwork"])).findings(for: .turnExposure)
        #expect(finding.map(\.description) == ["""
            error[enum.invalid] TURN_EXPOSURE (--turn-exposure): "hostnetwork" is not one of: hostport, nodeport, loadbalancer, udproute.
              hint: use one of: hostport, nodeport, loadbalancer, udproute.
            """])
    }

    @Test func severalItemsThatAreNotKeyValueAreOneFinding() {
        let found = Validator.validate(Fixtures.config(controller: .ingress, [.ingressAnnotations: "a; x=1 ;b"]))
            .filter { $0.code == "annotations.invalid" }
        #expect(found.map(\.message) == ["\"a\" and \"b\" are not KEY=VALUE."])
        let selector = Validator.validate(Fixtures.config([.turnSelector: "app,tier"])).filter { $0.code == "turn.selector-invalid" }
        #expect(selector.map(\.message) == ["\"app\" and \"tier\" are not KEY=VALUE labels."])
    }

    @Test func aKeyTheControllerIgnoresIsNotAnErrorForItsText() {
        // A Traefik version under Contour is unused: a warning that it is, not an error that it is no version.
        let found = Validator.validate(Fixtures.config(controller: .contour, [.controllerVersion: "three"]))
        #expect(found.filter { $0.subject.fieldKey == .controllerVersion }.map(\.code) == ["controller.version-ignored"])
    }

    @Test func thePlanReadsTheDraftsValues() throws {
        let draft = Draft(Fixtures.config(controller: .traefik, [.controllerVersion: "v3.6.2", .turnSelector: "app = coturn, tier=media",
                                                                 .sandboxTLSSource: "", .tlsSource: "self-signed"]))
        #expect(draft.controllerVersion == ReleaseVersion(3, 6, 2))
        #expect(draft.sandboxTLSSource == .selfSigned, "an empty SANDBOX_TLS_SOURCE follows TLS_SOURCE")
        let plan = try #require(Plan.make(draft).0)
        #expect(plan.options.release == ReleaseVersion(3, 6, 2))
        #expect(!plan.options.traefikMatchesWildcardHost)
        #expect(plan.turn.selector == StringMap([("app", "coturn"), ("tier", "media")]))
        #expect(plan.tlsSources == [.selfSigned, .selfSigned])
    }
}
