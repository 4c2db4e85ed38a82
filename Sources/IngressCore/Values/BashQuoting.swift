/// Writing a value so that bash's `source` reads back exactly that string.
public enum BashQuoting {
    /// How a value word was written in the file; a rewrite keeps it when it can.
    public enum Style: Sendable, Equatable {
        case bare, singleQuoted, doubleQuoted, mixed
    }

    /// A value that no quoting makes safe to `source`: it is refused before anything is written.
    public struct UnsafeValue: Error, Equatable, Sendable {
        public var value: String
        public var reason: String
    }

    /// Characters that need no quoting at all in an assignment.
    static func isBareSafe(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@")
                || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: ",")
                || b == UInt8(ascii: "=")
        } && !s.hasPrefix("~")
    }

    /// Why a value cannot be written, or nil when it can.
    public static func unsafeReason(_ value: String) -> String? {
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                return scalar == "\n" ? "it contains a line break" : "it contains a control character"
            }
            if scalar == "$" { return "it contains `$`, which bash would expand" }
            if scalar == "`" { return "it contains a backquote, which bash would run as a command" }
        }
        return nil
    }

    /// The value as bash source text, in `preferred` style when that style can hold it.
    public static func quote(_ value: String, preferring preferred: Style = .bare) throws(UnsafeValue) -> String {
        if let reason = unsafeReason(value) { throw UnsafeValue(value: value, reason: reason) }
        switch preferred {
        case .bare where isBareSafe(value): return value
        case .bare where value.isEmpty: return "\"\""
        // Scalars, not Characters: a quote followed by a combining mark is one Character in
        // Swift but still a quote to bash.
        case .singleQuoted where !value.unicodeScalars.contains("'"): return "'\(value)'"
        default: break
        }
        var text = String.UnicodeScalarView()
        text.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { text.append("\\") }
            text.append(scalar)
        }
        text.append("\"")
        return String(text)
    }
}
