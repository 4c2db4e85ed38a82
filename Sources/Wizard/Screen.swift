/// What a cell means to the reader; the terminal maps each role to a color and an attribute.
public enum Role: UInt8, Sendable, CaseIterable {
    case normal, title, focus, error, warning, ok, dim
}

/// A terminal size in columns and rows.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A row and column on the screen.
public struct Position: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One character cell of the screen.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: Role
    /// The right half of a double-width character, which the cell before it draws.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .normal, isContinuation: false)
}

/// The wizard's whole screen as a grid of styled cells; the terminal draws what changed.
public struct Screen: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor goes (the focused text field), nil to hide it.
    public var cursor: Position?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < size.height, column >= 0, column < size.width else { return .blank }
        return cells[row * size.width + column]
    }

    /// Writes `text` from `column`, clipped at `limit` (exclusive) and the screen's edge;
    /// returns the column after the last character written. Never writes half a wide character.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, role: Role = .normal, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard row >= 0, row < size.height else { return column }
        var col = max(0, column)
        for character in text {
            let (shown, width) = DisplayWidth.displayable(character)
            if col + width > end { break }
            cells[row * size.width + col] = Cell(character: shown, role: role, isContinuation: false)
            if width == 2 {
                cells[row * size.width + col + 1] = Cell(character: " ", role: role, isContinuation: true)
            }
            col += width
        }
        return col
    }

    /// Paints a whole row (from `column` to `limit`) in `role`, e.g. the title bar.
    public mutating func fill(row: Int, role: Role, from column: Int = 0, limit: Int? = nil) {
        let end = min(limit ?? size.width, size.width)
        guard row >= 0, row < size.height, column < end else { return }
        for col in max(0, column)..<end { cells[row * size.width + col] = Cell(character: " ", role: role, isContinuation: false) }
    }

    /// The screen as plain text, one line per row, trailing blanks removed (snapshots, captures).
    public var text: String {
        var lines: [String] = []
        for row in 0..<size.height {
            var line = ""
            for col in 0..<size.width {
                let cell = cells[row * size.width + col]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
