/// One finding about the operator's answers: errors block every write, warnings do not.
/// It carries identity, not presentation: what it is about (`subject`), a stable code, a
/// message in the platform's words and a structured hint. The command line renders it as
/// `error[code] KEY (--flag): message` (`description`); the wizard by its fields' labels.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// How serious a finding is; sorting puts errors first.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    /// Stable identifier scripts and tests match on, e.g. `domain.label-too-long`.
    public var code: String
    public var severity: Severity
    /// What the finding is about: owned keys, a file, a Secret, a route.
    public var subject: FindingSubject
    /// One sentence about the subject, with no flag and no wizard label in it.
    public var message: String
    public var hint: FindingHint?

    public init(_ severity: Severity, _ code: String, _ subject: FindingSubject, _ message: String, hint: FindingHint? = nil) {
        self.severity = severity
        self.code = code
        self.subject = subject
        self.message = message
        self.hint = hint
    }

    public init(_ severity: Severity, _ code: String, key: OwnedKey, _ message: String, hint: FindingHint? = nil) {
        self.init(severity, code, .key(key), message, hint: hint)
    }

    public static func error(_ code: String, _ key: OwnedKey, _ message: String, hint: FindingHint? = nil) -> Diagnostic {
        Diagnostic(.error, code, key: key, message, hint: hint)
    }

    public static func warning(_ code: String, _ key: OwnedKey, _ message: String, hint: FindingHint? = nil) -> Diagnostic {
        Diagnostic(.warning, code, key: key, message, hint: hint)
    }

    /// How the command line names the subject: `TOS_HOST (--domain)`, `TLS_CERT_FILE=/path`.
    public var field: String { subject.commandLine }

    /// The hint in the command line's words (flags), e.g. `e.g. --entry 203.0.113.10.`
    public var commandLineHint: String? {
        hint.map { $0.commandLine(about: subject.fieldKey) }
    }

    /// `error[domain.empty] TOS_HOST (--domain): message` plus an indented hint line.
    public var description: String {
        var text = "\(severity.rawValue)[\(code)] \(field): \(message)"
        if let hint = commandLineHint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one finding blocks writing.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    /// Errors first, then warnings, then notes; the order within each kept (the rules' order).
    public var bySeverity: [Diagnostic] {
        enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }
}
