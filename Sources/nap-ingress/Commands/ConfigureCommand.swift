import ArgumentParser
import IngressCore

/// `configure`: the wizard's answers as flags; validates, then updates values.env in place.
struct ConfigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "configure",
        abstract: "Set answers in values.env without the wizard (only the keys you pass change).")

    @OptionGroup var values: ValuesOption
    @Flag(help: "Print the unified diff of values.env and write nothing.") var dryRun = false

    // Every option's name and help come from the key registry (`KeyRegistry`); a test checks
    // that each registry key has its option here and each option a key. A value may start with
    // a dash (`--domain -nap.acme.com`): it is taken as the value, so validation names the problem.
    @Option(name: .key(.ingressMode), parsing: .unconditional, help: .key(.ingressMode)) var mode: String?
    @Option(name: .key(.tosHost), parsing: .unconditional, help: .key(.tosHost)) var domain: String?
    @Option(name: .key(.namespace), parsing: .unconditional, help: .key(.namespace)) var namespace: String?
    @Option(name: .key(.controller), parsing: .unconditional, help: .key(.controller)) var controller: String?
    @Option(name: .key(.controllerVersion), parsing: .unconditional, help: .key(.controllerVersion)) var controllerVersion: String?
    @Option(name: .key(.ingressClass), parsing: .unconditional, help: .key(.ingressClass)) var ingressClass: String?
    @Option(name: .key(.ingressAnnotations), parsing: .unconditionalSingleValue, help: .key(.ingressAnnotations)) var ingressAnnotation: [String] = []
    @Option(name: .key(.gatewayName), parsing: .unconditional, help: .key(.gatewayName)) var gatewayName: String?
    @Option(name: .key(.gatewayNamespace), parsing: .unconditional, help: .key(.gatewayNamespace)) var gatewayNamespace: String?
    @Option(name: .key(.istioGatewayNamespace), parsing: .unconditional, help: .key(.istioGatewayNamespace)) var istioGatewayNamespace: String?
    @Option(name: .key(.istioGatewaySelector), parsing: .unconditional, help: .key(.istioGatewaySelector)) var istioGatewaySelector: String?
    @Option(name: .key(.entry), parsing: .unconditional, help: .key(.entry)) var entry: String?
    @Option(name: .key(.wildcardRecord), parsing: .unconditional, help: .key(.wildcardRecord)) var wildcardRecord: String?
    @Option(name: .key(.dnsTTL), parsing: .unconditional, help: .key(.dnsTTL)) var dnsTTL: String?
    @Option(name: .key(.tlsSource), parsing: .unconditional, help: .key(.tlsSource)) var tlsSource: String?
    @Option(name: .key(.sandboxTLSSource), parsing: .unconditional, help: .key(.sandboxTLSSource)) var sandboxTLSSource: String?
    @Option(name: .key(.tlsCertFile), parsing: .unconditional, help: .key(.tlsCertFile)) var tlsCert: String?
    @Option(name: .key(.tlsKeyFile), parsing: .unconditional, help: .key(.tlsKeyFile)) var tlsKey: String?
    @Option(name: .key(.sandboxTLSCertFile), parsing: .unconditional, help: .key(.sandboxTLSCertFile)) var sandboxTLSCert: String?
    @Option(name: .key(.sandboxTLSKeyFile), parsing: .unconditional, help: .key(.sandboxTLSKeyFile)) var sandboxTLSKey: String?
    @Option(name: .key(.tlsIssuer), parsing: .unconditional, help: .key(.tlsIssuer)) var issuer: String?
    @Option(name: .key(.turnExposure), parsing: .unconditional, help: .key(.turnExposure)) var turnExposure: String?
    @Option(name: .key(.turnPort), parsing: .unconditional, help: .key(.turnPort)) var turnPort: String?
    @Option(name: .key(.turnRelayPorts), parsing: .unconditional, help: .key(.turnRelayPorts)) var turnRelayPorts: String?
    @Option(name: .key(.turnExternalIP), parsing: .unconditional, help: .key(.turnExternalIP)) var turnExternalIP: String?
    @Option(name: .key(.nodePortRange), parsing: .unconditional, help: .key(.nodePortRange)) var nodePortRange: String?
    @Option(name: .key(.turnSelector), parsing: .unconditional, help: .key(.turnSelector)) var turnSelector: String?
    @Option(name: .key(.turnLBProvider), parsing: .unconditional, help: .key(.turnLBProvider)) var turnLBProvider: String?
    @Option(name: .key(.turnLBAddress), parsing: .unconditional, help: .key(.turnLBAddress)) var turnLBAddress: String?
    @Option(name: .key(.turnServiceAnnotations), parsing: .unconditionalSingleValue, help: .key(.turnServiceAnnotations)) var turnServiceAnnotation: [String] = []
    @Option(name: .key(.turnGatewayClass), parsing: .unconditional, help: .key(.turnGatewayClass)) var turnGatewayClass: String?
    @Option(name: .key(.tosNodePort), parsing: .unconditional, help: .key(.tosNodePort)) var tosNodePort: String?
    @Option(name: .key(.browserNodePort), parsing: .unconditional, help: .key(.browserNodePort)) var browserNodePort: String?
    @Option(name: .key(.sandboxNodePort), parsing: .unconditional, help: .key(.sandboxNodePort)) var sandboxNodePort: String?

    /// Each option's value and the key it sets (the domain is set with its derived SANDBOX_DOMAIN).
    /// A list option repeated joins its values with the key's separator (`k=v;k2=v2`).
    private var answers: [(OwnedKey, String?)] {
        func list(_ key: OwnedKey, _ values: [String]) -> String? {
            values.isEmpty ? nil : values.joined(separator: String(key.spec.separator ?? ";"))
        }
        return [(.ingressMode, mode), (.namespace, namespace), (.controller, controller), (.controllerVersion, controllerVersion),
                (.ingressClass, ingressClass), (.ingressAnnotations, list(.ingressAnnotations, ingressAnnotation)),
                (.gatewayName, gatewayName), (.gatewayNamespace, gatewayNamespace),
                (.istioGatewayNamespace, istioGatewayNamespace), (.istioGatewaySelector, istioGatewaySelector),
                (.entry, entry), (.wildcardRecord, wildcardRecord), (.dnsTTL, dnsTTL), (.tlsSource, tlsSource), (.sandboxTLSSource, sandboxTLSSource),
                (.tlsCertFile, tlsCert), (.tlsKeyFile, tlsKey), (.sandboxTLSCertFile, sandboxTLSCert), (.sandboxTLSKeyFile, sandboxTLSKey),
                (.tlsIssuer, issuer), (.turnExposure, turnExposure), (.turnPort, turnPort), (.turnRelayPorts, turnRelayPorts),
                (.turnExternalIP, turnExternalIP), (.tosNodePort, tosNodePort), (.browserNodePort, browserNodePort),
                (.sandboxNodePort, sandboxNodePort), (.nodePortRange, nodePortRange), (.turnSelector, turnSelector),
                (.turnLBProvider, turnLBProvider), (.turnLBAddress, turnLBAddress),
                (.turnServiceAnnotations, list(.turnServiceAnnotations, turnServiceAnnotation)),
                (.turnGatewayClass, turnGatewayClass)]
    }

    /// After TOS_HOST changed: the previous domain's DNS records that are now unused, and the
    /// command that puts them in a sheet ("" when the domain did not change or either is not valid).
    static func removals(from old: Config, to new: Config) -> String {
        guard let plan = Plan.make(new).0, let previous = DNSRemovals.previousPlan(from: old, current: plan) else { return "" }
        let records = DNSRemovals.records(previous: previous, current: plan)
        guard !records.isEmpty else { return "" }
        var out = "TOS_HOST changed from \(old[.tosHost]) to \(new[.tosHost]): delete these DNS records of the previous domain once the new names work:\n"
        for r in records { out += "  \(r.name)  \(r.needsAlias ? "ALIAS" : r.type.rawValue)  \(r.value)\n" }
        out += "  (nap-ingress dns --previous-domain \(old[.tosHost]) --format markdown or zone lists them apart in a sheet; render writes them to \(DNSSheetFormat.removalsFileName))\n"
        return out
    }

    func validate() throws {
        // values.env keeps the annotations as one `k=v;k2=v2` value.
        if let bad = ingressAnnotation.first(where: { $0.contains(";") }) {
            throw ValidationError("--ingress-annotation \"\(bad)\": a value cannot contain ';' (values.env separates annotations with it).")
        }
    }

    func run() throws {
        // Writers of one values.env take turns from this read to the rename (a dry run writes nothing).
        let lock = dryRun ? nil : try Console.lockValues(values.values)
        let workspace = try Console.workspace(values.values, mustExist: false)
        var config = workspace.config
        if let domain { config.setMainDomain(domain) }
        for case let (key, value?) in answers { config[key] = value }

        let updated: ValuesFile
        switch workspace.updatedFile(with: config) {
        case .failure(let failure):
            Console.report(failure.diagnostics + RenderJob.certificateFindings(for: config).errors)
            Console.err("\(values.values) was not changed.")
            throw ExitCode(1)
        case .success(let file):
            // The certificate files are checked as `check` checks them: a wrong path is not stored.
            let certificates = RenderJob.certificateFindings(for: config)
            Console.report(workspace.diagnostics(for: config) + certificates)
            if certificates.hasErrors {
                Console.err("\(values.values) was not changed.")
                throw ExitCode(1)
            }
            updated = file
        }
        if dryRun {
            Console.out(workspace.diff(to: updated))
            return
        }
        do {
            // The file is read again: an editor that takes no lock may have changed it meanwhile.
            let staged = try workspace.save(updated, holding: lock)
            let note = staged?.merged == true ? " (merged with changes made to it meanwhile)" : ""
            Console.out(staged != nil ? (workspace.exists ? "updated \(values.values)\(note) (previous version in \(ValuesStore.backupPath(for: values.values)))\n"
                                                          : "created \(values.values)\n")
                                      : "\(values.values) already holds these answers.\n")
            if staged != nil { Console.out(Self.removals(from: workspace.config, to: config)) }
        } catch {
            Console.err("error: \(error.message)\n  \(values.values) was not changed.")
            throw ExitCode(1)
        }
    }
}
