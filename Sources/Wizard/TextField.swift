/// An editable line of text, edited by character (grapheme) so `bücher.de` and wide
/// characters move and delete as the operator sees them.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` the next insert goes before.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Inserts typed or pasted text at the cursor; line breaks and tabs in a paste are dropped.
    public mutating func insert(_ text: String) {
        let clean = text.filter { DisplayWidth.of($0) > 0 }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    /// Deletes the character before the cursor; false when there is none.
    @discardableResult
    public mutating func backspace() -> Bool {
        guard cursor > 0 else { return false }
        characters.remove(at: cursor - 1)
        cursor -= 1
        return true
    }

    public mutating func deleteForward() {
        if cursor < characters.count { characters.remove(at: cursor) }
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = characters.count }

    /// Ctrl-U: deletes everything before the cursor, as in a shell.
    public mutating func deleteToStart() {
        characters.removeFirst(cursor)
        cursor = 0
    }

    /// The part shown in `width` columns (scrolled so the cursor stays visible) and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        // Scroll right until the text up to the cursor fits, keeping one column for the cursor.
        while DisplayWidth.of(String(characters[start..<cursor])) > width - 1 { start += 1 }
        var shown = "", used = 0
        for c in characters[start...] {
            let w = max(1, DisplayWidth.of(c))
            if used + w > width { break }
            shown.append(c)
            used += w
        }
        return (shown, DisplayWidth.of(String(characters[start..<cursor])))
    }
}
