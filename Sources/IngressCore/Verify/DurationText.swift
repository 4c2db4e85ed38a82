import Foundation

/// Durations as operators type them on the command line: `65s`, `500ms`, `2m`, `1h`, or plain seconds.
public enum DurationText {
    /// The duration, or nil when the text is not one (negative, empty, unknown unit).
    public static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        var number = Substring(trimmed), scale = 1.0
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            number = trimmed.dropLast(suffix.count)
            scale = factor
            break
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite, value >= 0, value * scale < 86400 * 7 else { return nil }
        return .milliseconds(Int64((value * scale * 1000).rounded()))
    }
}
