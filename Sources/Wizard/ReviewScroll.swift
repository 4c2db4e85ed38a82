/// Where the review is scrolled to, as the keys left it. `update` moves it without laying the
/// review out; the view, which knows the review's length and the screen's height, turns it into
/// the first line drawn, so PgDn past the end shows the last page rather than a blank one.
public enum ReviewScroll: Equatable, Sendable {
    /// This many lines below the top (Home, then ↓ and PgDn).
    case top(Int)
    /// This many lines above the last page (End, then ↑ and PgUp): ↑ answers at once after End.
    case end(Int)

    /// Moved down by `lines` (up when negative); neither end goes past its own edge.
    func moved(by lines: Int) -> ReviewScroll {
        switch self {
        case .top(let n): .top(max(0, n + lines))
        case .end(let n): .end(max(0, n - lines))
        }
    }

    /// The first line to draw of `count` lines in a body `height` lines tall.
    public func offset(count: Int, height: Int) -> Int {
        let last = max(0, count - height)
        return switch self {
        case .top(let n): min(n, last)
        case .end(let n): max(0, last - n)
        }
    }
}
