/// Port and port-range text as values.env must hold it: install.sh's bash arithmetic and coturn read
/// the raw string, so only the canonical form is accepted (digits, no sign, no leading zero, `MIN-MAX`
/// without spaces). Every port key goes through this one parser.
public enum PortText {
    /// Why a text is not a canonical port or range; the hint gives the form to write instead.
    public struct Problem: Error, Equatable, Sendable {
        /// A sentence about the text as written, e.g. `"+3478" has a plus sign; a port is written as bare digits.`
        public var message: String
        /// How to fix it, e.g. `write 3478.`
        public var hint: String
    }

    public static let highest = 65535

    /// The port `raw` names, or why it is not a canonical port; `example` is shown in hints.
    public static func port(_ raw: String, example: String = "3478") -> Result<Int, Problem> {
        let shown = "\"\(printable(raw))\""
        if raw.isEmpty {
            return .failure(Problem(message: "no port is given; a port is a number from 1 to \(highest).", hint: "write a port, e.g. \(example)."))
        }
        switch number(raw) {
        case .canonical(let port):
            return .success(port)
        case .fixable(let port, let flaws):
            return .failure(Problem(message: "\(shown) \(describe(flaws, around: true)); a port is written as bare digits.", hint: "write \(port)."))
        case .outOfRange:
            return .failure(Problem(message: "\(shown) is not a port: ports run from 1 to \(highest).",
                                    hint: "write a port from 1 to \(highest), e.g. \(example)."))
        case .notANumber:
            return .failure(Problem(message: "\(shown) is not a port number (1-\(highest)).", hint: "write a port, e.g. \(example)."))
        }
    }

    /// The two ends of `MIN-MAX`, in the order written (a single port is a range of one), or why the
    /// text is not a canonical range; whether MIN <= MAX is left to the caller, which can name it.
    public static func range(_ raw: String, example: String) -> Result<(Int, Int), Problem> {
        let shown = "\"\(printable(raw))\""
        if raw.isEmpty {
            return .failure(Problem(message: "no port range is given; a port range is MIN-MAX, e.g. \(example).", hint: "write a range, e.g. \(example)."))
        }
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count) else {
            return .failure(Problem(message: "\(shown) is not a port range MIN-MAX (one dash between two ports).", hint: "write a range, e.g. \(example)."))
        }
        var ends: [Int] = [], flaws: [Flaw] = []
        for part in parts {
            switch number(part) {
            case .canonical(let port):
                ends.append(port)
            case .fixable(let port, let found):
                ends.append(port)
                // The spaces of `49152 - 49252` are named once.
                flaws += found.filter { !flaws.contains($0) }
            case .outOfRange(let digits):
                return .failure(Problem(message: "\(shown) is not a port range: ports run from 1 to \(highest), and \(digits) is not one.",
                                        hint: "write a range with both ends in 1-\(highest), e.g. \(example)."))
            case .notANumber:
                return .failure(Problem(message: "\(shown) is not a port range MIN-MAX with both ends in 1-\(highest).", hint: "write a range, e.g. \(example)."))
            }
        }
        let low = ends[0], high = ends[ends.count - 1]
        if !flaws.isEmpty {
            let canonical = ends.count == 1 ? "\(low)" : "\(low)-\(high)"
            let form = "a port range is written MIN-MAX in bare digits" + (flaws.contains(.spaces) ? ", without spaces." : ".")
            return .failure(Problem(message: "\(shown) \(describe(flaws, around: false)); \(form)",
                                    hint: "write \(canonical)."))
        }
        return .success((low, high))
    }

    /// The port, or nil unless `raw` is one in canonical form (for readers after validation).
    public static func canonicalPort(_ raw: String) -> Int? {
        if case .success(let port) = port(raw) { return port }
        return nil
    }

    /// What makes a readable port non-canonical.
    enum Flaw: Equatable {
        case spaces, plusSign, leadingZero
    }

    /// How one number is written.
    enum Number: Equatable {
        case canonical(Int)
        /// A port written another way (`+3478`, `03478`, ` 3478`), and what is wrong with it.
        case fixable(Int, [Flaw])
        /// Digits, but 0 or above 65535 (the digits, without leading zeros).
        case outOfRange(String)
        case notANumber
    }

    static func number(_ raw: String) -> Number {
        var text = Substring(raw)
        var wrong: [Flaw] = []
        let trimmed = raw.trimmingWhitespace()
        if trimmed.count != raw.count {
            wrong.append(.spaces)
            text = Substring(trimmed)
        }
        if text.first == "+" {
            wrong.append(.plusSign)
            text = text.dropFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .notANumber }
        let digits = text.drop { $0 == "0" }
        if digits.count < text.count, !digits.isEmpty {
            wrong.append(.leadingZero)
        }
        guard !digits.isEmpty else { return .outOfRange("0") }
        guard digits.count <= 5, let value = Int(digits), value <= highest else { return .outOfRange(String(digits)) }
        return wrong.isEmpty ? .canonical(value) : .fixable(value, wrong)
    }

    /// `has a plus sign and a leading zero (…)`; `around` is for a single port, whose spaces are at its ends.
    static func describe(_ flaws: [Flaw], around: Bool) -> String {
        let parts = flaws.map { flaw -> String in
            switch flaw {
            case .spaces: around ? "spaces around it" : "spaces in it"
            case .plusSign: "a plus sign"
            // bash arithmetic reads a leading zero as octal: 049152 is an error, 010 is 8.
            case .leadingZero: "a leading zero (bash reads it as an octal number)"
            }
        }
        return "has " + parts.joined(separator: " and ")
    }

    /// Control and format characters made visible; spaces stay, the finding names them.
    static func printable(_ raw: String) -> String { PrintableText.of(raw, namingSpaces: false) }
}
