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
    /// A key's text field, labelled as the key registry says (or `label` where the step words it for the context).
    static func field(_ key: OwnedKey, _ label: String? = nil) -> FormItem { .text(.key(key), label ?? key.spec.label) }
    /// A key's choice list, labelled as the key registry says.
    static func choice(_ key: OwnedKey, _ choices: [Choice]) -> FormItem { .choice(.key(key), key.spec.label, choices) }

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
            return [.field(.tosHost)]
        case .controller:
            return [.choice(.controller, IngressControllerKind.allCases.map { Choice(value: $0.rawValue, label: $0.displayName, note: nil) })]
        case .controllerOptions:
            // The options the chosen controller reads (the registry says which); Gateway API's class is a GatewayClass.
            var list: [FormItem] = [.field(.namespace)] + KeyRegistry.optionKeys(for: config.controller).map { key in
                .field(key, key == .ingressClass && config.controller == .gatewayAPI ? "GatewayClass" : nil)
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
            return [.field(.entry),
                    .choice(.wildcardRecord, [
                        Choice(value: WildcardRecord.direct.rawValue, label: "direct (like the other names)", note: nil),
                        Choice(value: WildcardRecord.cname.rawValue, label: "CNAME to sandbox.<domain>", note: nil),
                    ])]
        case .certificates:
            let sources = TLSSource.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, note: nil) }
            var list: [FormItem] = [
                .choice(.tlsSource, sources),
                .choice(.sandboxTLSSource, [Choice(value: "", label: "same as nap-tls-cert", note: nil)] + sources),
            ]
            if config.tlsSource == .files {
                list += [.field(.tlsCertFile), .field(.tlsKeyFile)]
            }
            if config.sandboxTLSSource == .files {
                list += [.field(.sandboxTLSCertFile), .field(.sandboxTLSKeyFile)]
            }
            if config.tlsSource == .certManager || config.sandboxTLSSource == .certManager {
                list += [.field(.tlsIssuer)]
            }
            return list
        case .turn:
            return [.choice(.turnExposure, [
                        Choice(value: TURNExposure.hostport.rawValue, label: "hostport", note: "ports on the coturn node"),
                        Choice(value: TURNExposure.nodeport.rawValue, label: "nodeport", note: "NodePort Service"),
                        Choice(value: TURNExposure.loadbalancer.rawValue, label: "loadbalancer", note: "L4 load balancer"),
                        Choice(value: TURNExposure.udproute.rawValue, label: "udproute", note: "Gateway API UDPRoute"),
                    ]),
                    .field(.turnPort), .field(.turnRelayPorts), .field(.turnExternalIP)]
                + turnExposureItems + [.field(.turnSelector)]
        case .nodePorts:
            return [.field(.tosNodePort), .field(.browserNodePort), .field(.sandboxNodePort)]
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
            return [.field(.nodePortRange), .field(.turnServiceAnnotations)]
        case .loadbalancer:
            return [.choice(.turnLBProvider, TURNLoadBalancerProvider.allCases.map {
                        Choice(value: $0.rawValue, label: $0.rawValue, note: nil)
                    }),
                    .field(.turnLBAddress), .field(.turnServiceAnnotations)]
        case .udproute:
            return [.field(.turnGatewayClass), .field(.turnLBAddress, "Fixed Gateway address")]
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
