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
            case .control("c"): return [.quit(status: 130)]
            default: break
            }
            return []
        case .help, .preview:
            overlay = .none
            return []
        case .writing:
            return []
        case .verifying:
            return handleVerify(key)
        case .nextSteps(let scroll):
            return handleNextSteps(key, scroll: scroll)
        case .replaceConfirmation where key != .enter:
            overlay = .none
        case .none, .replaceConfirmation:
            break
        }
        message = nil
        let item = items.indices.contains(focus) ? items[focus] : nil
        switch key {
        // One rule: Ctrl-C quits at once with 130 and writes nothing; `q` asks when answers changed.
        case .control("c"): return [.quit(status: 130)]
        case .help:
            overlay = .help
            return []
        case .control("p"):
            if ![.review, .done].contains(step) { overlay = .preview }
            return []
        case .control("s"):
            guard step != .review, step != .done else { return [] }
            // From the start, the review is of the mode chosen on screen.
            if step == .start { applyStartMode() }
            return goToReview()
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
        // NEXT-STEPS.md in full (n where no text field takes the letter).
        case .control("n") where canViewNextSteps,
             .character("n") where canViewNextSteps && item?.isText != true:
            overlay = .nextSteps(scroll: 0)
            return []
        case .control("v") where canVerify,
             .character("v") where canVerify && item?.isText != true:
            return openVerify()
        case .control("n"):
            // The next answer the cluster shows for this field (see WizardState+Discovery).
            pickNextCandidate(item)
            return []
        case .enter:
            return goOn()
        case .escape:
            return goBack()
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
        case .character(let c) where step == .review && c.isNumber:
            // The review's step list: a digit opens that step; Esc or Ctrl-S comes back.
            if let n = c.wholeNumberValue, let target = Self.jumpTargets(for: config.mode).first(where: { $0.number == n })?.step {
                move(to: target)
                review = nil
            }
        case .down: scroll(by: 1)
        case .up: scroll(by: -1)
        case .pageDown: scroll(by: page)
        case .pageUp: scroll(by: -page)
        case .home: review?.scroll = .top(0)
        case .end: review?.scroll = .end(0)
        default: break
        }
        return []
    }

    /// The NEXT-STEPS.md viewer: arrows, pages, Home and End scroll; Esc (or n, q) goes back.
    mutating func handleNextSteps(_ key: Key, scroll: Int) -> [Effect] {
        let size = terminalSize ?? Wizard.minimumSize
        let last = NextStepsView.maxScroll(self, size: size), page = max(1, NextStepsView.visibleRows(size) - 1)
        var next = min(scroll, last)
        switch key {
        case .control("c"): return [.quit(status: 130)]
        case .escape, .character("q"), .character("n"), .control("n"):
            overlay = .none
            return []
        case .down: next += 1
        case .up: next -= 1
        case .pageDown, .character(" "): next += page
        case .pageUp: next -= page
        case .home: next = 0
        case .end: next = last
        default: break
        }
        overlay = .nextSteps(scroll: min(max(0, next), last))
        return []
    }

    /// The question steps of a flow with their numbers in it (the title bar's n/9), which the review jumps to.
    static func jumpTargets(for mode: IngressMode?) -> [(number: Int, step: Step)] {
        Step.flow(for: mode).enumerated().filter { ![.start, .review, .done].contains($0.element) }.map { ($0.offset + 1, $0.element) }
    }

    /// PgUp/PgDn move by the review's visible height (less one line, kept for context).
    var page: Int { max(1, (terminalSize.map { Wizard.fits($0) ? $0.height : Wizard.minimumSize.height } ?? Wizard.minimumSize.height) - 5) }

    /// Moves the review without laying it out: the view clamps what it draws to the review's length.
    mutating func scroll(by lines: Int) {
        guard let at = review?.scroll else { return }
        review?.scroll = at.moved(by: lines)
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
