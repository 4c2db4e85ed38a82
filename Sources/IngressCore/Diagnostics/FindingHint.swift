/// What to do about a finding, as structure: free text with references to owned keys that
/// each front names in its own words (`--entry 203.0.113.10` on the command line, the field
/// or its label in the wizard). Written with string interpolation:
/// `"e.g. \(set: .entry, "203.0.113.10")."`
public struct FindingHint: Equatable, Sendable, ExpressibleByStringInterpolation {
    /// One piece of a hint.
    public enum Part: Equatable, Sendable {
        /// Words as they are.
        case text(String)
        /// A reference to a key (`--tls-cert`, or the field "Certificate file (PEM)").
        case key(OwnedKey)
        /// A key with a value to give it (`--turn-port 3478`).
        case setting(OwnedKey, String)
        /// Emptying a key (`clear it with --ingress-class ""`).
        case clear(OwnedKey)
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }
    public init(stringLiteral value: String) { parts = [.text(value)] }
    public init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }
    /// Free text with no key in it.
    public static func text(_ text: String) -> FindingHint { FindingHint(parts: [.text(text)]) }

    /// "set WHAT, e.g. VALUE" for the key: `set the load balancer's address, e.g. --entry 203.0.113.10.`
    public static func set(_ key: OwnedKey, example: String, what: String? = nil) -> FindingHint {
        FindingHint(parts: [.text(what.map { "set \($0), e.g. " } ?? "e.g. "), .setting(key, example), .text(".")])
    }

    /// "use one of: a, b, c."
    public static func choose(_ key: OwnedKey, among values: [String]) -> FindingHint {
        FindingHint(parts: [.text("use one of: \(values.joined(separator: ", ")).")])
    }

    public static func + (lhs: FindingHint, rhs: FindingHint) -> FindingHint { FindingHint(parts: lhs.parts + rhs.parts) }

    /// The hint's words with every key reference named by `name`.
    public func rendered(_ name: (Part) -> String) -> String {
        parts.map { if case .text(let text) = $0 { text } else { name($0) } }.joined()
    }

    /// The command line's words: flags, e.g. `e.g. --entry 203.0.113.10.`
    /// `subject`: the key the finding is about (`clear it with --flag ""` rather than `clear --flag`).
    public func commandLine(about subject: OwnedKey?) -> String {
        rendered { part in
            switch part {
            case .text(let text): text
            case .key(let key): key.flag ?? key.rawValue
            case .setting(let key, let value): key.flag.map { "\($0) \(value)" } ?? "\(key.rawValue)=\(value)"
            case .clear(let key) where key == subject: "clear it with \(key.flag ?? key.rawValue) \"\""
            case .clear(let key): "clear \(key.flag ?? key.rawValue)"
            }
        }
    }

    /// The text parts only: what a test scans for flags and labels.
    public var words: [String] { parts.compactMap { if case .text(let text) = $0 { text } else { nil } } }

    /// Builds a hint from text and key references.
    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { if !literal.isEmpty { parts.append(.text(literal)) } }
        public mutating func appendInterpolation(_ text: String) { parts.append(.text(text)) }
        public mutating func appendInterpolation(_ value: Int) { parts.append(.text(String(value))) }
        /// A reference to the key's field or flag.
        public mutating func appendInterpolation(key: OwnedKey) { parts.append(.key(key)) }
        /// The key set to a value.
        public mutating func appendInterpolation(set key: OwnedKey, _ value: String) { parts.append(.setting(key, value)) }
        /// The key emptied.
        public mutating func appendInterpolation(clear key: OwnedKey) { parts.append(.clear(key)) }
    }
}
