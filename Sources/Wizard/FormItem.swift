import IngressCore

/// What the start screen offers.
public enum StartAction: String, CaseIterable, Sendable {
    case external, nodeport, exportDNS
}

/// A focusable thing on a step.
public enum FieldID: Hashable, Sendable {
    case key(OwnedKey)
    case startAction
    case exportFormat
    case exportPath
}

/// One option of a choice list.
public struct Choice: Equatable, Sendable {
    public var value: String
    public var label: String
    /// Shown dimmed after the label.
    public var note: String?
    /// Marked with `*`, explained under the list (controllers not rendered yet).
    public var marked = false
}

/// A text field or a choice list on a step.
public struct FormItem: Equatable, Sendable {
    /// The two kinds of input.
    public enum Kind: Equatable, Sendable {
        case text
        case choice([Choice])
    }

    public var id: FieldID
    public var label: String
    public var kind: Kind

    static func text(_ id: FieldID, _ label: String) -> FormItem { FormItem(id: id, label: label, kind: .text) }
    static func choice(_ id: FieldID, _ label: String, _ choices: [Choice]) -> FormItem { FormItem(id: id, label: label, kind: .choice(choices)) }

    var isText: Bool { kind == .text }

    /// Text fields where `?` is part of what is typed (paths, annotations) rather than help.
    var takesQuestionMark: Bool {
        switch id {
        case .exportPath, .key(.tlsCertFile), .key(.tlsKeyFile), .key(.sandboxTLSCertFile), .key(.sandboxTLSKeyFile), .key(.ingressAnnotations),
             .key(.turnServiceAnnotations): true
        default: false
        }
    }
}

extension WizardState {
    /// The items of the current step, in focus order.
    public var items: [FormItem] { items(for: step) }

    func items(for step: Step) -> [FormItem] {
        switch step {
        case .start:
            var choices = [
                Choice(value: StartAction.external.rawValue, label: "Use my ingress controller (external)",
                       note: original.mode == .external && workspace.exists ? "current" : nil),
                Choice(value: StartAction.nodeport.rawValue, label: "Use NodePorts (platform default)",
                       note: original.mode == .nodeport && workspace.exists ? "current" : nil),
            ]
            if canExportOnly {
                choices.append(Choice(value: StartAction.exportDNS.rawValue, label: "Only export the DNS sheet", note: nil))
            }
            return [.choice(.startAction, "What do you want to do?", choices)]
        case .domain:
            return [.text(.key(.tosHost), "Main domain")]
        case .controller:
            let implemented = Renderers.implemented
            return [.choice(.key(.controller), "Ingress controller", IngressControllerKind.allCases.map {
                Choice(value: $0.rawValue, label: $0.displayName, note: nil, marked: !implemented.contains($0))
            })]
        case .controllerOptions:
            var list: [FormItem] = [.text(.key(.namespace), "Platform namespace")]
            switch config.controller {
            case .istio:
                list += [.text(.key(.istioGatewayNamespace), "Istio gateway namespace"),
                         .text(.key(.istioGatewaySelector), "Istio gateway selector")]
            case .gatewayAPI:
                list += [.text(.key(.ingressClass), "GatewayClass"),
                         .text(.key(.gatewayName), "Existing Gateway name"),
                         .text(.key(.gatewayNamespace), "Gateway namespace")]
            case .traefik:
                list += [.text(.key(.ingressClass), "Ingress class"), .text(.key(.controllerVersion), "Traefik version (e.g. 3.7)")]
            case .ingress:
                list += [.text(.key(.ingressClass), "Ingress class"), .text(.key(.ingressAnnotations), "Annotations KEY=VALUE;...")]
            default:
                list += [.text(.key(.ingressClass), "Ingress class")]
            }
            // Options another controller left behind: shown (under their key) while the core
            // has something to say about them, so that they can be cleared here.
            let shown = Set(list.compactMap { item -> OwnedKey? in if case .key(let key) = item.id { key } else { nil } })
            for key in Step.controllerOptions.keys where !shown.contains(key)
            && analysis.diagnostics.contains(where: { $0.subject.isAbout(key) && $0.severity != .note }) {
                list.append(.text(.key(key), key.spec.label))
            }
            return list
        case .entry:
            return [.text(.key(.entry), "Ingress IPs or LB name"),
                    .choice(.key(.wildcardRecord), "*.sandbox record", [
                        Choice(value: WildcardRecord.direct.rawValue, label: "direct (like the other names)", note: nil),
                        Choice(value: WildcardRecord.cname.rawValue, label: "CNAME to sandbox.<domain>", note: nil),
                    ])]
        case .certificates:
            let sources = TLSSource.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, note: nil) }
            var list: [FormItem] = [
                .choice(.key(.tlsSource), "nap-tls-cert source", sources),
                .choice(.key(.sandboxTLSSource), "nap-sandbox-tls-cert source",
                        [Choice(value: "", label: "same as nap-tls-cert", note: nil)] + sources),
            ]
            if config.tlsSource == .files {
                list += [.text(.key(.tlsCertFile), "Certificate file (PEM)"), .text(.key(.tlsKeyFile), "Key file (PEM)")]
            }
            if config.sandboxTLSSource == .files {
                list += [.text(.key(.sandboxTLSCertFile), "Wildcard certificate (PEM)"), .text(.key(.sandboxTLSKeyFile), "Wildcard key file (PEM)")]
            }
            if config.tlsSource == .certManager || config.sandboxTLSSource == .certManager {
                list += [.text(.key(.tlsIssuer), "Issuer ClusterIssuer/NAME")]
            }
            return list
        case .turn:
            return [.choice(.key(.turnExposure), "TURN exposure", [
                        Choice(value: TURNExposure.hostport.rawValue, label: "hostport", note: "ports on the coturn node"),
                        Choice(value: TURNExposure.nodeport.rawValue, label: "nodeport", note: "NodePort Service"),
                        Choice(value: TURNExposure.loadbalancer.rawValue, label: "loadbalancer", note: "L4 load balancer"),
                        Choice(value: TURNExposure.udproute.rawValue, label: "udproute", note: "Gateway API UDPRoute"),
                    ]),
                    .text(.key(.turnPort), "TURN port (tcp+udp)"),
                    .text(.key(.turnRelayPorts), "Relay ports MIN-MAX (udp)"),
                    .text(.key(.turnExternalIP), "External IP for clients")]
                + turnExposureItems + [.text(.key(.turnSelector), "coturn pod labels K=V,...")]
        case .nodePorts:
            return [.text(.key(.tosNodePort), "nap-cp NodePort"), .text(.key(.browserNodePort), "nap-browser NodePort"),
                    .text(.key(.sandboxNodePort), "nap-sandbox NodePort")]
        case .review:
            return []
        case .done:
            guard analysis.plan?.domain != nil else { return [] }
            return [.choice(.exportFormat, "DNS sheet format", DNSSheetFormat.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, note: $0.fileName) }),
                    .text(.exportPath, "Export to file")]
        }
    }

    /// What only the chosen TURN exposure needs (every TURN key that can block the step has a field).
    private var turnExposureItems: [FormItem] {
        switch config.turnExposure {
        case .nodeport:
            return [.text(.key(.nodePortRange), "Cluster NodePort range"), .text(.key(.turnServiceAnnotations), "Service annotations K=V;")]
        case .loadbalancer:
            return [.choice(.key(.turnLBProvider), "Load balancer provider", TURNLoadBalancerProvider.allCases.map {
                        Choice(value: $0.rawValue, label: $0.rawValue, note: nil)
                    }),
                    .text(.key(.turnLBAddress), "Fixed LB address"),
                    .text(.key(.turnServiceAnnotations), "Service annotations K=V;")]
        case .udproute:
            return [.text(.key(.turnGatewayClass), "TURN GatewayClass"), .text(.key(.turnLBAddress), "Fixed Gateway address")]
        case .hostport, nil:
            return []
        }
    }

    /// The value a choice list shows as selected.
    func selectedValue(_ id: FieldID) -> String {
        switch id {
        case .key(let key): config[key]
        case .startAction: startAction.rawValue
        case .exportFormat: exportFormat.rawValue
        case .exportPath: ""
        }
    }
}
