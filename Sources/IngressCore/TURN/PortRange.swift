/// A `MIN-MAX` port range (a single port is a range of one).
public enum PortRange {
    /// The range, or nil when it is not MIN-MAX with both ends in 1-65535 and MIN <= MAX.
    public static func parse(_ s: String) -> ClosedRange<Int>? {
        guard let (low, high) = bounds(s), low <= high else { return nil }
        return low...high
    }

    /// Both ends in 1-65535, in the order given (so a reversed range can be named as such); nil
    /// unless the text is canonical (`PortText` says what is wrong with it).
    public static func bounds(_ s: String) -> (Int, Int)? {
        if case .success(let ends) = PortText.range(s, example: "") { return ends }
        return nil
    }

    /// `49152-49252`, or `3478` for a range of one; `separator` is `:` for iptables and ufw.
    public static func text(_ range: ClosedRange<Int>, separator: String = "-") -> String {
        range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)\(separator)\(range.upperBound)"
    }
}

extension Substring {
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
