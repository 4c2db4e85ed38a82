import IngressCore

/// NEXT-STEPS.md read inside the wizard: the very text the output folder gets (the core renders
/// it once for the review, and the write puts the same bytes on disk), every line shown whole.
enum NextStepsView {
    /// Starts a row that carries on the line above: a command split over rows is still one line.
    static let continuation = "↪ "

    /// The document the review prepared (what Enter writes, or what was written); nil until the
    /// output folder has been rendered.
    static func document(_ state: WizardState) -> String? {
        guard let file = state.review?.output?.files?.first(where: { $0.path == "NEXT-STEPS.md" }) else { return nil }
        return String(decoding: file.contents, as: UTF8.self)
    }

    /// The document in rows of at most `width` columns. A longer line is cut at the width, never
    /// dropped, and each row after the first starts with the continuation mark, so dropping the
    /// marks and joining the rows gives the line back exactly.
    static func rows(_ text: String, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        var fenced = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            let line = String(line)
            if line.hasPrefix("```") { fenced.toggle() }
            let role: Role = line.hasPrefix("#") && !fenced ? .title : fenced || line.hasPrefix("```") ? .ok : .normal
            var pieces = [String](), rest = Substring(line), room = max(1, width)
            repeat {
                var piece = "", used = 0
                while let c = rest.first, used + DisplayWidth.of(c) <= room {
                    piece.append(c)
                    used += DisplayWidth.of(c)
                    rest.removeFirst()
                }
                // A character wider than the row still moves on (never an endless loop).
                if piece.isEmpty, let c = rest.first { piece.append(c); rest.removeFirst() }
                // Prose breaks after a space when one is in the row's second half; the space stays
                // at the row's end, so the rows still join back into the line exactly.
                if !rest.isEmpty, let space = piece.lastIndex(of: " "), piece.distance(from: piece.startIndex, to: space) >= piece.count / 2 {
                    let after = piece.index(after: space)
                    rest = piece[after...] + rest
                    piece.removeSubrange(after...)
                }
                pieces.append(piece)
                room = max(1, width - DisplayWidth.of(continuation))
            } while !rest.isEmpty
            for (i, piece) in pieces.enumerated() {
                out.append(i == 0 ? StyledLine(piece, role) : StyledLine(spans: [(continuation, .dim), (piece, role)]))
            }
        }
        return out
    }

    /// The rows of the document that fit in the body of a `size` screen.
    static func visibleRows(_ size: Size) -> Int { max(1, size.height - 5) }
    static func rowWidth(_ size: Size) -> Int { max(10, size.width - 4) }

    /// The last scroll position that still fills the body (the end of the document on its last row).
    static func maxScroll(_ state: WizardState, size: Size) -> Int {
        guard let text = document(state) else { return 0 }
        return max(0, rows(text, width: rowWidth(size)).count - visibleRows(size))
    }

    /// Draws the viewer into the body (rows 1 to height-3): where the file is, which lines show, then the lines.
    static func draw(_ state: WizardState, scroll: Int, into screen: inout Screen) {
        let size = screen.size
        guard let text = document(state) else { return }
        let all = rows(text, width: rowWidth(size))
        let shown = visibleRows(size)
        let top = min(max(0, scroll), max(0, all.count - shown))
        // The folder is in the title bar; the header says which version this is and where the view is.
        let range = all.isEmpty ? "empty" : "rows \(top + 1)-\(min(all.count, top + shown)) of \(all.count)"
        let header = "NEXT-STEPS.md, " + (state.report != nil ? "as written" : "as Enter will write it") + " · \(range)"
        screen.put(DisplayWidth.truncate(header, to: size.width - 4), row: 1, column: 2, role: .title)
        screen.put(Array(all.dropFirst(top).prefix(shown)), top: 2, left: 2, width: rowWidth(size), height: shown)
    }
}
