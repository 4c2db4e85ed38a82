import IngressCore

/// What a key does: the quit prompt and overlays first, then the keys every step shares,
/// then the focused input's own keys.
extension WizardState {
    mutating func handle(_ key: Key) -> [Effect] {
        switch overlay {
        case .quitConfirmation(let status):
            switch key {
            case .character("y"), .character("Y"): return [.quit(status: status)]
            case .character("n"), .character("N"), .escape: overlay = .none
            case .control("c"): return [.quit(status: status)]
            default: break
            }
            return []
        case .help, .preview:
            overlay = .none
            return []
        case .writing:
            return []
        case .replaceConfirmation where key != .enter:
            overlay = .none
        case .none, .replaceConfirmation:
            break
        }
        message = nil
        let item = items.indices.contains(focus) ? items[focus] : nil
        switch key {
        case .control("c"): return requestQuit(status: report == nil ? 130 : 0)
        case .help:
            overlay = .help
            return []
        case .control("p"):
            if ![.review, .done].contains(step) { overlay = .preview }
            return []
        case .control("s"):
            return step == .review || step == .done ? [] : goToReview()
        case .tab:
            moveFocus(+1)
            return []
        case .down where item?.isText == true:
            moveFocus(+1)
            return []
        case .backTab:
            moveFocus(-1)
            return []
        case .up where item?.isText == true:
            moveFocus(-1)
            return []
        case .enter:
            return goOn()
        case .escape:
            goBack()
            return []
        default: break
        }
        guard let item else { return handleWithoutItem(key) }
        if item.isText {
            return edit(item, key)
        }
        return choose(item, key)
    }

    /// Keys on a screen without inputs (review, a done screen without export).
    mutating func handleWithoutItem(_ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return requestQuit(status: 0)
        case .character("?"): overlay = .help
        case .backspace: goBack()
        case .down: scroll(by: 1)
        case .up: scroll(by: -1)
        case .pageDown: scroll(by: 10)
        case .pageUp: scroll(by: -10)
        case .home: scroll(by: -Int.max / 2)
        case .end: scroll(by: Int.max / 2)
        default: break
        }
        return []
    }

    mutating func scroll(by lines: Int) {
        guard var review else { return }
        // Bounded by the review's length (at 80 columns) so that ↑ answers at once after many ↓.
        let length = ReviewView.lines(self, width: Wizard.minimumSize.width - 4).count
        review.scroll = min(max(0, review.scroll + lines), max(0, length - 1))
        self.review = review
    }

    mutating func moveFocus(_ delta: Int) {
        let count = items.count
        guard count > 0 else { return }
        focus = (focus + delta + count) % count
        // A field entered with Tab starts with the cursor at its end, so Ctrl-U clears it all.
        let id = items[focus].id
        if items[focus].isText, var field = fields[id] {
            field.end()
            fields[id] = field
        }
    }

    mutating func requestQuit(status: Int32) -> [Effect] {
        if hasChanges && report == nil {
            overlay = .quitConfirmation(status: status)
            return []
        }
        return [.quit(status: status)]
    }
}
