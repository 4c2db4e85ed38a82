import ArgumentParser
import IngressCore

/// `configure`: the wizard's answers as flags; validates, then updates values.env in place.
struct ConfigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "configure",
        abstract: "Set answers in values.env without the wizard (only the keys you pass change).")

    @OptionGroup var values: ValuesOption
    @Flag(help: "Print the unified diff of values.env and write nothing.") var dryRun = false

    @Option(help: "nodeport or external.") var mode: String?
    @Option(help: "The main domain, e.g. nap.acme.com (Unicode names are converted to xn--).") var domain: String?
    @Option(help: "The platform's namespace.") var namespace: String?
    @Option(help: ArgumentHelp(ControllerDescriptor.idList + ".")) var controller: String?
    @Option(help: "Traefik's version, e.g. 3.6: before 3.7 the preview host is rendered as HostRegexp (empty: 3.7 or later).") var controllerVersion: String?
    @Option(help: "Class: ingressClassName (ingress-nginx/nginx-inc default nginx), Contour's or Traefik's class, or the GatewayClass of the rendered Gateway (required for gateway-api without --gateway-name).") var ingressClass: String?
    @Option(help: "Annotation for the generic Ingress (--controller ingress), KEY=VALUE; repeat the flag for more; \"\" clears them.") var ingressAnnotation: [String] = []
    @Option(help: "Gateway API: attach the routes to this existing Gateway instead of rendering one.") var gatewayName: String?
    @Option(help: "Gateway API: namespace of the existing or rendered Gateway (default: the platform's namespace).") var gatewayNamespace: String?
    @Option(help: "Istio: namespace of the ingress gateway workload (its Secrets live there).") var istioGatewayNamespace: String?
    @Option(help: "Istio: selector of the ingress gateway workload, KEY=VALUE[,KEY=VALUE].") var istioGatewaySelector: String?
    @Option(help: "Ingress entry: IP address(es), comma-separated, or one load-balancer host name.") var entry: String?
    @Option(help: "direct or cname (*.sandbox as a CNAME to sandbox.<domain>).") var wildcardRecord: String?
    @Option(help: "existing, files, cert-manager or self-signed.") var tlsSource: String?
    @Option(help: "Source of the sandbox wildcard Secret when it differs from --tls-source.") var sandboxTLSSource: String?
    @Option(help: "PEM certificate chain for nap-tls-cert.") var tlsCert: String?
    @Option(help: "PEM private key for nap-tls-cert.") var tlsKey: String?
    @Option(help: "PEM certificate chain for nap-sandbox-tls-cert (wildcard).") var sandboxTLSCert: String?
    @Option(help: "PEM private key for nap-sandbox-tls-cert.") var sandboxTLSKey: String?
    @Option(help: "cert-manager issuer, ClusterIssuer/NAME or Issuer/NAME.") var issuer: String?
    @Option(help: "hostport, nodeport, loadbalancer or udproute.") var turnExposure: String?
    @Option(help: "TURN listener port (TCP and UDP).") var turnPort: String?
    @Option(help: "TURN relay port range, MIN-MAX (UDP).") var turnRelayPorts: String?
    @Option(help: "The address TURN clients are told to use.") var turnExternalIP: String?
    @Option(help: "The cluster's NodePort range, MIN-MAX (the API server's --service-node-port-range; default 30000-32767).") var nodePortRange: String?
    @Option(help: "Labels of the coturn pods, KEY=VALUE[,KEY=VALUE] (default app=nap-coturn).") var turnSelector: String?
    @Option(help: "loadbalancer exposure: generic, metallb or aws-nlb (how a fixed address is set, which limits apply).") var turnLBProvider: String?
    @Option(help: "A fixed address for the TURN load balancer or Gateways (empty lets the provider choose).") var turnLBAddress: String?
    @Option(help: "Annotation for the TURN Service, KEY=VALUE; repeat the flag for more.") var turnServiceAnnotation: [String] = []
    @Option(help: "udproute exposure: GatewayClass of the TURN Gateways (one whose implementation serves UDP).") var turnGatewayClass: String?
    @Option(help: "NodePort of nap-cp.") var tosNodePort: String?
    @Option(help: "NodePort of nap-browser.") var browserNodePort: String?
    @Option(help: "NodePort of nap-sandbox.") var sandboxNodePort: String?

    /// Each flag and the key it sets (the domain is set with its derived SANDBOX_DOMAIN).
    private var answers: [(OwnedKey, String?)] {
        [(.ingressMode, mode), (.namespace, namespace), (.controller, controller), (.controllerVersion, controllerVersion),
         (.ingressClass, ingressClass), (.ingressAnnotations, ingressAnnotation.isEmpty ? nil : ingressAnnotation.joined(separator: ";")),
         (.gatewayName, gatewayName), (.gatewayNamespace, gatewayNamespace),
         (.istioGatewayNamespace, istioGatewayNamespace), (.istioGatewaySelector, istioGatewaySelector),
         (.entry, entry), (.wildcardRecord, wildcardRecord), (.tlsSource, tlsSource), (.sandboxTLSSource, sandboxTLSSource),
         (.tlsCertFile, tlsCert), (.tlsKeyFile, tlsKey), (.sandboxTLSCertFile, sandboxTLSCert), (.sandboxTLSKeyFile, sandboxTLSKey),
         (.tlsIssuer, issuer), (.turnExposure, turnExposure), (.turnPort, turnPort), (.turnRelayPorts, turnRelayPorts),
         (.turnExternalIP, turnExternalIP), (.tosNodePort, tosNodePort), (.browserNodePort, browserNodePort),
         (.sandboxNodePort, sandboxNodePort), (.nodePortRange, nodePortRange), (.turnSelector, turnSelector),
         (.turnLBProvider, turnLBProvider), (.turnLBAddress, turnLBAddress),
         (.turnServiceAnnotations, turnServiceAnnotation.isEmpty ? nil : turnServiceAnnotation.joined(separator: ";")),
         (.turnGatewayClass, turnGatewayClass)]
    }

    func validate() throws {
        // values.env keeps the annotations as one `k=v;k2=v2` value.
        if let bad = ingressAnnotation.first(where: { $0.contains(";") }) {
            throw ValidationError("--ingress-annotation \"\(bad)\": a value cannot contain ';' (values.env separates annotations with it).")
        }
    }

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: false)
        var config = workspace.config
        if let domain { config.setMainDomain(domain) }
        for case let (key, value?) in answers { config[key] = value }

        let updated: ValuesFile
        switch workspace.updatedFile(with: config) {
        case .failure(let failure):
            Console.report(failure.diagnostics)
            Console.err("\(values.values) was not changed.")
            throw ExitCode(1)
        case .success(let file):
            Console.report(workspace.diagnostics(for: config))
            updated = file
        }
        if dryRun {
            Console.out(workspace.diff(to: updated))
            return
        }
        do {
            let changed = try workspace.save(updated)
            Console.out(changed ? (workspace.exists ? "updated \(values.values) (previous version in \(ValuesStore.backupPath(for: values.values)))\n"
                                                    : "created \(values.values)\n")
                                : "\(values.values) already holds these answers.\n")
        } catch {
            Console.err("error: \(error.message)\n  \(values.values) was not changed.")
            throw ExitCode(1)
        }
    }
}
