import Foundation
@testable import IngressCore

/// What the self-signed suites share: a plan with both Secrets self-signed, and the files a
/// render writes for it, as the map the loader reads back on the next render.
protocol SelfSignedScenario {}

extension SelfSignedScenario {
    func plan(domain: String = TLSFixtureCatalogue.main) -> Plan {
        Fixtures.plan(Fixtures.config(domain: domain, [.tlsSource: "self-signed"]))
    }

    func written(_ plan: Plan, _ material: TLSMaterial) -> [String: String] {
        Dictionary(uniqueKeysWithValues: TLSRenderer.render(plan, material: material).files.map { ($0.path, $0.text) })
    }
}
