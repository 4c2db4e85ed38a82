import Foundation
import IngressCore
import Testing
@testable import Wizard

/// The wizard's fields come from the key registry: every key a step keeps the operator on has a
/// field on that step for some answers, labelled as the registry says, and findings land under
/// their field by identity, worded by label.
@Suite struct KeyFieldTests {
    static func state(_ edit: (inout Config) -> Void) throws -> WizardState {
        var state = WizardState(workspace: try Workspace.load(".build/wizard-tests/no-such-folder/values.env"), outFolder: "ingress")
        var config = state.config
        config[.ingressMode] = "external"
        edit(&config)
        state.config = config
        state.analyze()
        return state
    }

    @Test func everyKeyIsAFieldOfTheStepItBelongsTo() throws {
        var shown: [OwnedKey: String] = [:]
        for controller in IngressControllerKind.allCases {
            for exposure in TURNExposure.allCases {
                for source in TLSSource.allCases {
                    let state = try Self.state {
                        $0[.controller] = controller.rawValue
                        $0[.turnExposure] = exposure.rawValue
                        $0[.tlsSource] = source.rawValue
                    }
                    // The certificate and TURN steps show exactly the keys that apply to the answers.
                    for step in [Step.certificates, .turn] {
                        let fields = Set(state.items(for: step).compactMap { item -> OwnedKey? in
                            if case .key(let key) = item.id { key } else { nil }
                        })
                        // NODE_PORT_RANGE also bounds the platform's NodePorts; the wizard asks for it where TURN needs it.
                        for key in step.keys where key != .nodePortRange {
                            #expect(fields.contains(key) == key.spec.applies(to: state.config),
                                    "\(key.rawValue) on \(step) with \(controller), \(exposure), \(source): shown \(fields.contains(key))")
                        }
                    }
                    for step in Step.allCases {
                        for item in state.items(for: step) {
                            guard case .key(let key) = item.id else { continue }
                            #expect(step.keys.contains(key), "\(key.rawValue) is a field of \(step) but not one of its keys")
                            shown[key] = item.label
                            #expect(item.label == key.spec.label(for: state.config),
                                    "\(key.rawValue): the field's label \"\(item.label)\" is not the registry's")
                        }
                    }
                }
            }
        }
        // INGRESS_MODE is the start screen's choice; SANDBOX_DOMAIN follows the main domain.
        for key in OwnedKey.allCases where key != .ingressMode && key != .sandboxDomain {
            #expect(shown[key] != nil, "\(key.rawValue) has no field in the wizard")
            #expect(Step.allCases.filter { $0.keys.contains(key) }.count == 1, "\(key.rawValue) belongs to exactly one step")
        }
    }

    @Test func everyControllerOptionIsAFieldOfTheOptionsStep() throws {
        for descriptor in ControllerDescriptor.all {
            let state = try Self.state { $0[.controller] = descriptor.id.rawValue }
            let fields = state.items(for: .controllerOptions).compactMap { item -> OwnedKey? in
                if case .key(let key) = item.id { key } else { nil }
            }
            #expect(fields == [.namespace] + descriptor.options.map(\.key), "\(descriptor.id): fields \(fields.map(\.rawValue))")
            for option in descriptor.options {
                #expect(Step.owning(option.key) == .controllerOptions, "\(option.key.rawValue) of \(descriptor.id) keeps the operator on \(String(describing: Step.owning(option.key)))")
            }
        }
    }

    @Test func aFindingIsPlacedByIdentityAndWordedByLabel() throws {
        let state = try Self.state {
            $0.setMainDomain("nap.acme.com")
            $0[.tlsSource] = "cert-manager"
            $0[.tlsIssuer] = ""
        }
        let issuer = try #require(state.analysis.diagnostics.first { $0.code == "tls.issuer-invalid" })
        #expect(issuer.subject == .key(.tlsIssuer))
        let words = FindingWords(state)
        #expect(words.line(issuer) == "Issuer ClusterIssuer/NAME: cert-manager needs an issuer.")
        #expect(words.hint(try #require(issuer.hint), under: .tlsIssuer) == "e.g. ClusterIssuer/letsencrypt-dns.")
        #expect(issuer.commandLineHint == "e.g. --issuer ClusterIssuer/letsencrypt-dns.")
        #expect(state.findings(for: .certificates).contains(issuer) && !state.findings(for: .turn).contains(issuer))
    }

    @Test func aHintAboutAnotherFieldNamesItsLabel() throws {
        let hint: FindingHint = "\(clear: .ingressClass), or \(clear: .gatewayName) to render a Gateway of this class."
        let words = FindingWords(try Self.state { $0[.controller] = "gateway-api" })
        #expect(words.hint(hint, under: .ingressClass) == "empty this field, or empty “Existing Gateway name” to render a Gateway of this class.")
    }

    /// Issue 15's symptoms: messages without their subject, and hints that read like templates.
    @Test func findingsUnderTheirFieldReadAsSentences() throws {
        var d = Driver(state: try Self.state {
            $0.setMainDomain("nap.acme.com")
            $0[.turnRelayPorts] = "32767-32667"
            $0[.tlsSource] = "cert-manager"
        })
        d.state.step = .turn
        let turn = d.screen(120, 40)
        #expect(turn.contains("✗ the range starts at 32767 but ends at 32667,") && turn.contains("below its start."), "\(turn)")
        #expect(turn.contains("! no TURN external address is set: coturn"), "\(turn)")
        #expect(!turn.contains("! is empty") && !turn.contains("✗ starts at"))
        d.state.step = .certificates
        let certificates = d.screen(120, 40)
        #expect(certificates.contains("e.g. ClusterIssuer/letsencrypt-dns."))
        #expect(!certificates.contains("“Issuer ClusterIssuer/NAME”"), "\(certificates)")
        for flag in KeyRegistry.all.compactMap(\.flag) { #expect(!certificates.contains("--" + flag), "\(certificates)") }
    }
}
