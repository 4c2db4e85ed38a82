/// One finding about the operator's answers: errors block every write, warnings do not.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.error, .warning, .note]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// Stable identifier scripts and tests match on, e.g. `domain.label-too-long`.
    public var code: String
    public var severity: Severity
    /// The field as the operator knows it, e.g. `TOS_HOST (--domain)`, or a file and line.
    public var field: String
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, _ code: String, field: String, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.field = field
        self.message = message
        self.hint = hint
    }

    public init(_ severity: Severity, _ code: String, key: OwnedKey, _ message: String, hint: String? = nil) {
        self.init(severity, code, field: key.fieldName, message, hint: hint)
    }

    public static func error(_ code: String, _ key: OwnedKey, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, key: key, message, hint: hint)
    }

    public static func warning(_ code: String, _ key: OwnedKey, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, key: key, message, hint: hint)
    }

    /// `error[domain.empty] TOS_HOST (--domain): message` plus an indented hint line.
    public var description: String {
        var text = "\(severity.rawValue)[\(code)] \(field): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one finding blocks writing.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
