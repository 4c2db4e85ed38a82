import Foundation
import Testing
@testable import IngressCore

/// TURN configs the TURN tests share: the fixture external config plus TURN answers.
enum TURNFixtures {
    static func config(_ exposure: TURNExposure, _ extra: [OwnedKey: String] = [:]) -> Config {
        var answers: [OwnedKey: String] = [.turnExposure: exposure.rawValue, .turnExternalIP: "203.0.113.20"]
        if exposure == .nodeport {
            answers[.turnPort] = "32666"
            answers[.turnRelayPorts] = "32667-32767"
        }
        if exposure == .udproute { answers[.turnGatewayClass] = "eg" }
        for (key, value) in extra { answers[key] = value }
        return Fixtures.config(answers)
    }

    static func plan(_ exposure: TURNExposure, _ extra: [OwnedKey: String] = [:]) -> Plan {
        Fixtures.plan(config(exposure, extra))
    }

    /// The codes of every finding for the config.
    static func codes(_ config: Config) -> [String] { Validator.validate(config).map(\.code) }
}
