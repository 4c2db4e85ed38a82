import Foundation
import Testing
@testable import IngressCore

/// `Resources/examples` holds the values.env files the README points at; they must stay what
/// the tool itself would write (regenerated with UPDATE_GOLDEN=1 like every golden file).
@Suite struct ResourceExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/examples")

    static func check(_ text: String, _ name: String) throws {
        let url = folder.appendingPathComponent(name)
        if Golden.updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == text, "\(name) is stale; run UPDATE_GOLDEN=1 swift test")
    }

    @Test func nodePortExampleIsTheFirstInstallTemplate() throws {
        try Self.check(ValuesTemplate.text, "values.env.nodeport")
        let (plan, diagnostics) = Plan.make(Config(file: ValuesFile(text: ValuesTemplate.text)))
        #expect(plan?.mode == .nodeport && !diagnostics.hasErrors)
    }

    @Test func externalExampleIsValidAndRenders() throws {
        var file = ValuesFile(text: ValuesTemplate.text)
        var config = Config(file: file)
        config[.ingressMode] = "external"
        config.setMainDomain("nap.acme.com")
        config[.entry] = "203.0.113.10"
        try config.apply(to: &file)
        let text = String(decoding: file.serialized(), as: UTF8.self)
        try Self.check(text, "values.env.external")
        let (plan, diagnostics) = Plan.make(Config(file: ValuesFile(text: text)))
        #expect(!diagnostics.hasErrors)
        #expect(plan?.routes.count == 5)
    }
}
