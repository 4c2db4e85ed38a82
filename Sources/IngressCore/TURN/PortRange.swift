/// A `MIN-MAX` port range (a single port is a range of one).
public enum PortRange {
    /// The range, or nil when it is not MIN-MAX with both ends in 1-65535 and MIN <= MAX.
    public static func parse(_ s: String) -> ClosedRange<Int>? {
        guard let (low, high) = bounds(s), low <= high else { return nil }
        return low...high
    }

    /// Both ends in 1-65535, in the order given (so a reversed range can be named as such).
    public static func bounds(_ s: String) -> (Int, Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingWhitespace()) }
        guard (1...2).contains(parts.count), let low = parts.first!, let high = parts.last!,
              (1...65535).contains(low), (1...65535).contains(high) else { return nil }
        return (low, high)
    }

    /// `49152-49252`, or `3478` for a range of one.
    public static func text(_ range: ClosedRange<Int>) -> String {
        range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
}

extension Substring {
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
