import Foundation
import IngressCore
import Testing
import TestSupport

/// A finding's message and hint hold no command-line flag and no wizard label: both fronts name
/// keys in their own words (the command line `KEY (--flag)`, the wizard the field's label).
@Suite struct FindingTextTests {
    /// `--word` outside backticks: a flag. (A command for another tool is quoted as code.)
    static func flags(in text: String) -> [String] {
        var found: [String] = []
        for (index, piece) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() where index % 2 == 0 {
            found += piece.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }
        }
        return found
    }

    /// Labels of two or more words (one-word labels such as "Mode" are ordinary words too).
    static let labels = KeyRegistry.all.map(\.label).filter { $0.contains(" ") }

    /// Every value worth trying for a key: empty, a dash value, junk, out of range, reversed.
    static let probes = ["", "-x", "bad value!", "99999", "50000-40000", "a=b;c", "10.0.0.1", "*.x", "ClusterIssuer/", "9"]

    /// Configurations across controllers, exposures and TLS sources, each key given each probe.
    static var configs: [Config] {
        var out: [Config] = []
        for controller in IngressControllerKind.allCases {
            for exposure in TURNExposure.allCases {
                for source in TLSSource.allCases {
                    var base = Config()
                    base[.ingressMode] = "external"
                    base.setMainDomain("nap.acme.com")
                    base[.controller] = controller.rawValue
                    base[.turnExposure] = exposure.rawValue
                    base[.tlsSource] = source.rawValue
                    base[.sandboxTLSSource] = source.rawValue
                    out.append(base)
                    for key in OwnedKey.allCases where exposure == .nodeport && source == .files {
                        for probe in probes {
                            var config = base
                            config[key] = probe
                            out.append(config)
                        }
                    }
                }
            }
        }
        return out
    }

    @Test func noFindingTheRulesProduceNamesAFlagOrALabel() {
        var seen = Set<String>()
        for config in Self.configs {
            for d in Validator.validate(config) where seen.insert(d.code + d.message).inserted {
                let words = [d.message] + (d.hint?.words ?? [])
                for text in words {
                    #expect(Self.flags(in: text).isEmpty, "\(d.code): \(text)")
                    for label in Self.labels { #expect(!text.contains(label), "\(d.code) names the label \(label): \(text)") }
                }
            }
        }
        #expect(seen.count > 60, "the configurations reach most of the rules' findings (\(seen.count))")
    }

    /// The sources themselves: a string literal in the core's findings with a flag fails here,
    /// whether or not a configuration above reaches it. Generated documents (NEXT-STEPS.md,
    /// firewall sheets, manifests) show commands and are left out, as are the registry (the one
    /// home of the flags) and the command line's naming of a subject.
    @Test func noCoreSourceWritesAFlagIntoAFinding() throws {
        let root = ExpectedFile.packageRoot.appendingPathComponent("Sources/IngressCore")
        let skipped = ["Render/", "TURN/Firewall/", "TLS/TLSNextSteps.swift", "Values/KeyRegistry.swift", "Values/OwnedKey.swift",
                       "Diagnostics/FindingSubject.swift", "Output/ValuesStore.swift"]
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !skipped.contains(where: $0.hasPrefix) }
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//") else { continue }
                // Only what is inside string literals.
                let literals = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                for literal in literals {
                    #expect(Self.flags(in: String(literal)).isEmpty, "\(file):\(number + 1): \(literal)")
                }
            }
        }
    }

    @Test func theCommandLineKeepsKeyAndFlag() {
        let d = Diagnostic.warning("entry.missing", .entry, "no ingress entry is set.",
                                   hint: .set(.entry, example: "203.0.113.10", what: "the load balancer's address"))
        #expect(d.description == "warning[entry.missing] INGRESS_ENTRY (--entry): no ingress entry is set.\n"
                + "  hint: set the load balancer's address, e.g. --entry 203.0.113.10.")
        let clear = Diagnostic.warning("x", .ingressClass, "m", hint: "\(clear: .ingressClass), or \(clear: .gatewayName) to render.")
        #expect(clear.commandLineHint == "clear it with --ingress-class \"\", or clear --gateway-name to render.")
        let file = Diagnostic(.error, "tls.file-not-found", .file(path: "certs/a.pem", key: .tlsCertFile), "gone.")
        #expect(file.description == "error[tls.file-not-found] TLS_CERT_FILE=certs/a.pem: gone.")
        #expect(file.subject.fieldKey == .tlsCertFile && !file.subject.isAbout(.tlsCertFile))
        #expect(Diagnostic(.warning, "values.crlf", .file(path: "values.env", line: 3), "m").field == "values.env:3")
    }

    @Test func severityOrderKeepsTheRulesOrderWithinEachSeverity() {
        let list = [Diagnostic.warning("a", .entry, "1"), .error("b", .entry, "2"), .warning("c", .entry, "3"), .error("d", .entry, "4")]
        #expect(list.bySeverity.map(\.code) == ["b", "d", "a", "c"])
    }
}
