/// A line of text made of styled spans, for panes that are written top to bottom.
public struct StyledLine: Equatable, Sendable {
    public var spans: [(text: String, role: Role)]

    public init(_ text: String = "", _ role: Role = .normal) { spans = text.isEmpty ? [] : [(text, role)] }
    public init(spans: [(text: String, role: Role)]) { self.spans = spans }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.spans.count == rhs.spans.count && zip(lhs.spans, rhs.spans).allSatisfy { $0.text == $1.text && $0.role == $1.role }
    }

    var plain: String { spans.map(\.text).joined() }

    /// Wrapped to `width` columns; continuation lines keep the role of the span they break in.
    func wrapped(_ width: Int, indent: Int = 2) -> [StyledLine] {
        guard width > indent + 8, spans.count == 1, DisplayWidth.of(plain) > width else { return [self] }
        let text = spans[0].text
        let lead = text.prefix { $0 == " " }.count
        let parts = DisplayWidth.wrap(String(text.dropFirst(lead)), width: width - lead - indent)
        return parts.enumerated().map { i, part in
            StyledLine(String(repeating: " ", count: lead + (i == 0 ? 0 : indent)) + part, spans[0].role)
        }
    }
}

extension Screen {
    /// Writes lines into a rectangle, clipped; returns the number of rows used. With `more`,
    /// lines that do not fit are not lost silently: the last row says how many are left and `more`.
    @discardableResult
    mutating func put(_ lines: [StyledLine], top: Int, left: Int, width: Int, height: Int, more: String? = nil) -> Int {
        var lines = lines
        if let more, height > 1, lines.count > height {
            let hidden = lines.count - (height - 1)
            lines = Array(lines.prefix(height - 1)) + [StyledLine("↓ \(hidden) more line(s): \(more)", .dim)]
        }
        var row = 0
        for line in lines {
            guard row < height else { break }
            var col = left
            for span in line.spans { col = put(span.text, row: top + row, column: col, role: span.role, limit: left + width) }
            // Never cut silently: a line wider than the rectangle ends in … (its last column).
            if width > 1, DisplayWidth.of(line.plain) > width {
                put("…", row: top + row, column: left + width - 1, role: .dim, limit: left + width)
            }
            row += 1
        }
        return row
    }
}
