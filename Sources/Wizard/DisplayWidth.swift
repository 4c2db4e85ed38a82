/// How many terminal columns text takes: wide East Asian characters and emoji take two,
/// combining marks ride on their base character (one grapheme is one `Character`).
public enum DisplayWidth {
    /// The columns `character` takes (0 for control and format characters).
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x1100 { return 1 }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && scalar.properties.isEmoji { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// The columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The character as drawn: control characters become `?` so they can never move the cursor.
    static func displayable(_ character: Character) -> (Character, Int) {
        let width = of(character)
        return width == 0 ? ("?", 1) : (character, width)
    }

    /// `text` cut to at most `width` columns, with `…` when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = "", used = 0
        for c in text {
            let w = max(1, of(c))
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Breaks `text` into lines of at most `width` columns, at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = "", used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = of(word)
            if used > 0 && used + 1 + w > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 {
                line += " "
                used += 1
            }
            var rest = Substring(word)
            while used + of(rest) > width {
                // A word longer than the line is split where it must be.
                var piece = "", pw = 0
                while let c = rest.first, pw + max(1, of(c)) <= width - used {
                    piece.append(c)
                    pw += max(1, of(c))
                    rest = rest.dropFirst()
                }
                if piece.isEmpty && used == 0 { piece.append(rest.removeFirst()) }
                lines.append(line + piece)
                line = ""
                used = 0
            }
            line += rest
            used += of(rest)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
