import IngressCore

/// One screen of the wizard.
public enum Step: String, CaseIterable, Sendable {
    case start, domain, controller, controllerOptions, entry, certificates, turn, nodePorts, review, done

    /// The steps in order for a mode (start first, done last).
    static func flow(for mode: IngressMode?) -> [Step] {
        mode == .nodeport ? [.start, .nodePorts, .review, .done]
                          : [.start, .domain, .controller, .controllerOptions, .entry, .certificates, .turn, .review, .done]
    }

    public var title: String {
        switch self {
        case .start: "Start"
        case .domain: "Main domain"
        case .controller: "Ingress controller"
        case .controllerOptions: "Controller options"
        case .entry: "Ingress entry and DNS"
        case .certificates: "Certificates"
        case .turn: "TURN exposure"
        case .nodePorts: "NodePort values"
        case .review: "Review"
        case .done: "Done"
        }
    }

    /// The keys whose errors keep the operator on this step.
    var keys: [OwnedKey] {
        switch self {
        case .start, .review, .done: []
        case .domain: [.tosHost, .sandboxDomain]
        case .controller: [.controller]
        case .controllerOptions: [.namespace, .ingressClass, .controllerVersion, .ingressAnnotations, .gatewayName, .gatewayNamespace,
                                  .istioGatewayNamespace, .istioGatewaySelector]
        case .entry: [.entry, .wildcardRecord]
        case .certificates: [.tlsSource, .sandboxTLSSource, .tlsCertFile, .tlsKeyFile, .sandboxTLSCertFile, .sandboxTLSKeyFile, .tlsIssuer]
        case .turn: [.turnExposure, .turnPort, .turnRelayPorts, .turnExternalIP, .nodePortRange, .turnLBProvider, .turnLBAddress,
                     .turnServiceAnnotations, .turnGatewayClass, .turnSelector]
        case .nodePorts: [.tosNodePort, .browserNodePort, .sandboxNodePort]
        }
    }

    /// The step whose form has the key's field (nil: no step asks for it, e.g. INGRESS_MODE).
    static func owning(_ key: OwnedKey) -> Step? { allCases.first { $0.keys.contains(key) } }

    /// What `?`/F1 shows.
    var help: [String] {
        switch self {
        case .start:
            ["Once you confirm on the review screen, the wizard writes values.env (the platform's install.sh reads it) and the manifests, DNS sheets and NEXT-STEPS.md into the output folder.",
             "External: the platform's Services become ClusterIP and your ingress controller routes five host names under your domain.",
             "NodePort: the platform's default; every node answers on three ports. Your domain and ingress answers stay in values.env so you can switch back.",
             "Nothing is written before the review screen."]
        case .domain:
            ["The main domain is where operators open the platform, e.g. nap.acme.com (a subdomain) or acme.com (a zone apex).",
             "Four more names grow under it: files., browsers., sandbox. and *.sandbox. (preview hosts {id}-{port}.sandbox.<domain>, new on every start: the DNS record and the certificate for them must be wildcards).",
             "Unicode names like bücher.de are converted to their xn-- form, which values.env and every manifest use.",
             "Paste works: the whole domain arrives at once."]
        case .controller:
            ["Pick the ingress controller that already runs in your cluster. Controllers marked 'not rendered yet' are accepted in values.env, but nap-ingress writes no manifests for them in this version.",
             "ingress-nginx was retired in March 2026 (no more releases or CVE fixes); Gateway API is its successor."]
        case .controllerOptions:
            ["Namespace: where the platform runs (its Services and, for most controllers, the TLS Secrets).",
             "Ingress class: the class name `kubectl get ingressclass` (or gatewayclass) shows; empty uses the controller's default.",
             "Gateway API: give an existing Gateway to attach the routes to it instead of rendering one. Istio: its gateway reads TLS Secrets from its own namespace."]
        case .entry:
            ["The ingress entry is where DNS sends users: the ingress's IP address(es) (A/AAAA records) or its load balancer's host name (CNAME records). Leave it empty to fill in the DNS sheet later.",
             "A zone apex cannot hold a CNAME: use your provider's ALIAS/ANAME or CNAME flattening.",
             "Wildcard as CNAME: for DNS systems without wildcard A records, *.sandbox.<domain> points at sandbox.<domain>."]
        case .certificates:
            ["Two TLS Secrets: nap-tls-cert covers the four fixed names; nap-sandbox-tls-cert must be a wildcard for *.sandbox.<domain>.",
             "existing: you create the Secrets. files: PEM files you have, rendered into Secret manifests. cert-manager: Certificates from an Issuer or ClusterIssuer (wildcards need DNS-01). self-signed: a local CA for labs."]
        case .turn:
            ["TURN (coturn) carries remote-browser media over UDP and never goes through the HTTP ingress.",
             "hostport: ports open on the node running coturn. nodeport: the ports lie outside the default NodePort range 30000-32767. loadbalancer: an L4 load balancer, one Service port per relay port. udproute: Gateway API UDPRoute (Contour and Istio do not implement UDP)."]
        case .nodePorts:
            ["In NodePort mode the platform's three HTTP services answer on these ports on every node (the default range is 30000-32767)."]
        case .review:
            ["Every finding, the files the output folder gets, then the unified diff of values.env (↓ and PgDn scroll). Enter writes both (values.env keeps a .bak of its previous version); Esc goes back and writes nothing."]
        case .done:
            ["Export the DNS record sheet for whoever runs your DNS: Markdown, CSV, a BIND zone fragment or JSON. Type the file name and press Enter."]
        }
    }
}
