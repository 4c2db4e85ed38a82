import Foundation
import IngressCore
import Testing
import TestSupport

/// The key registry is the one home of what a key is: `configure`'s options and the README's
/// configure table come from it, and each of them failing to cover a key fails here.
@Suite struct KeyRegistryTests {
    struct Dump: Decodable {
        struct Command: Decodable {
            var commandName: String
            var arguments: [Argument]?
            var subcommands: [Command]?
        }
        struct Argument: Decodable {
            struct Name: Decodable { var kind: String; var name: String }
            var names: [Name]?
            var abstract: String?
        }
        var command: Command
    }

    /// Options of `configure` that are not keys.
    static let commandOptions: Set<String> = ["values", "dry-run", "help", "version"]

    @Test func everyKeyHasItsConfigureOptionAndEveryOptionAKey() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let dump = try NapIngressBinary.run(["--experimental-dump-help"], in: dir)
        let tool = try JSONDecoder().decode(Dump.self, from: Data(dump.stdout.utf8))
        let configure = try #require(tool.command.subcommands?.first { $0.commandName == "configure" })
        var options: [String: String] = [:]
        for argument in configure.arguments ?? [] {
            if let long = argument.names?.first(where: { $0.kind == "long" }) { options[long.name] = argument.abstract ?? "" }
        }
        for spec in KeyRegistry.all {
            guard let flag = spec.flag else {
                #expect(spec.key == .sandboxDomain, "\(spec.key.rawValue) has no option; only SANDBOX_DOMAIN is derived")
                continue
            }
            #expect(options[flag] == spec.help, "configure --\(flag) (\(spec.key.rawValue)): missing, or its help is not the registry's")
        }
        let flags = Set(KeyRegistry.all.compactMap(\.flag))
        for option in options.keys where !Self.commandOptions.contains(option) {
            #expect(flags.contains(option), "configure --\(option) sets no key of the registry")
        }
    }

    /// A value for every key, valid together (warnings allowed): the test fails when a key is added
    /// without one, so every option is proven to set its key.
    static let values: [OwnedKey: String] = [
        .ingressMode: "external", .tosHost: "nap.acme.com", .namespace: "napx", .controller: "gateway-api",
        .controllerVersion: "3.6", .ingressClass: "eg", .ingressAnnotations: "a.example/x=1", .gatewayName: "shared",
        .gatewayNamespace: "gw", .istioGatewayNamespace: "istio-x", .istioGatewaySelector: "istio=gw", .entry: "203.0.113.10",
        .wildcardRecord: "cname", .dnsTTL: "600", .tlsSource: "cert-manager", .sandboxTLSSource: "cert-manager", .tlsCertFile: "a.pem",
        .tlsKeyFile: "a.key", .sandboxTLSCertFile: "b.pem", .sandboxTLSKeyFile: "b.key", .tlsIssuer: "ClusterIssuer/le",
        .turnExposure: "loadbalancer", .turnPort: "3479", .turnRelayPorts: "49160-49199", .turnExternalIP: "203.0.113.20",
        .nodePortRange: "30000-32000", .turnSelector: "app=coturn", .turnLBProvider: "metallb", .turnLBAddress: "203.0.113.20",
        .turnServiceAnnotations: "a.example/y=2", .turnGatewayClass: "eg", .tosNodePort: "30310", .browserNodePort: "30311",
        .sandboxNodePort: "30312",
    ]

    @Test func everyOptionSetsItsKey() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        var arguments = ["configure"]
        for spec in KeyRegistry.all {
            guard let flag = spec.flag else { continue }
            let value = try #require(Self.values[spec.key], "no test value for \(spec.key.rawValue)")
            arguments += ["--\(flag)", value]
        }
        let run = try NapIngressBinary.run(arguments, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8)
        for spec in KeyRegistry.all where spec.flag != nil {
            #expect(written.contains("\n\(spec.key.rawValue)=\(Self.values[spec.key] ?? "")\n"), "--\(spec.flag!) did not set \(spec.key.rawValue)")
        }
        #expect(written.contains("\nSANDBOX_DOMAIN=sandbox.nap.acme.com\n"))
    }

    @Test func aValueStartingWithADashIsTakenAsTheValue() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let run = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "-nap.acme.com"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[domain.hyphen] TOS_HOST (--domain): the label \"-nap\" starts or ends with a hyphen."), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path), "nothing is written")
    }

    /// The README's configure table, as the registry writes it.
    static var table: String {
        var out = "| flag | key | wizard field | default | what it sets |\n|---|---|---|---|---|\n"
        for spec in KeyRegistry.all {
            let flag = spec.flag.map { "`--\($0)`" } ?? "(derived)"
            let value = spec.defaultValue.isEmpty ? "" : "`\(spec.defaultValue)`"
            let help = spec.help.replacingOccurrences(of: "|", with: "\\|")
            out += "| \(flag) | `\(spec.key.rawValue)` | \(spec.label.replacingOccurrences(of: "|", with: "\\|")) | \(value) | \(help) |\n"
        }
        return out
    }

    @Test func theReadmeConfigureTableIsTheRegistrys() throws {
        let url = ExpectedFile.packageRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = "<!-- key-registry: generated by KeyRegistryTests (UPDATE_GOLDEN=1) -->\n", end = "<!-- /key-registry -->"
        let from = try #require(readme.range(of: start), "README.md lacks the generated configure table")
        let to = try #require(readme.range(of: end, range: from.upperBound..<readme.endIndex))
        let current = String(readme[from.upperBound..<to.lowerBound])
        if ExpectedFile.updating {
            try (readme[..<from.upperBound] + Self.table + readme[to.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == Self.table, "the README's configure table differs from the key registry; regenerate it with UPDATE_GOLDEN=1")
        for spec in KeyRegistry.all { #expect(current.contains("`\(spec.key.rawValue)`"), "README lacks \(spec.key.rawValue)") }
    }
}
