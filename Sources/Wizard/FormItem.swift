import IngressCore

/// What the start screen offers.
public enum StartAction: String, CaseIterable, Sendable {
    case external, nodeport, exportDNS, verify
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

    func items(for step: Step) -> [FormItem] { step.page.items(self) }

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
