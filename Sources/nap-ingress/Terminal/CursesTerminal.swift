import CNcurses
import Foundation
import Synchronization
import Wizard

/// The only code that calls ncurses: sets the terminal up, draws screens (only the cells
/// that changed), reads keys, and restores the terminal on every way out.
struct CursesTerminal {
    /// What reading the keyboard gave.
    enum Input {
        case key(Key)
        case resized
        /// A terminating signal arrived (`terminatingSignals`): leave with 128 + the signal's number.
        case signal(Int32)
        /// The input is gone (not a terminal any more).
        case closed
        /// No key within the time `read(tick:)` was given (a background job is running).
        case tick
    }

    /// The signal that asked us to leave (0: none); set from the signal handler.
    static let caughtSignal = Atomic<Int32>(0)

    /// Every signal whose default action ends the process and that another process (or the
    /// terminal) sends on purpose, with its name. Each is caught while curses owns the terminal,
    /// so the terminal is restored and the process leaves with 128 + the signal's number instead
    /// of dying in raw mode (or drawing a crash report over the screen). Faults (SIGSEGV, SIGBUS,
    /// SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS) are left to the runtime: returning from them would fault again.
    static let terminatingSignals: [(signo: Int32, name: String)] = [
        (SIGHUP, "SIGHUP"), (SIGINT, "SIGINT"), (SIGQUIT, "SIGQUIT"), (SIGPIPE, "SIGPIPE"), (SIGALRM, "SIGALRM"),
        (SIGTERM, "SIGTERM"), (SIGUSR1, "SIGUSR1"), (SIGUSR2, "SIGUSR2"), (SIGVTALRM, "SIGVTALRM"), (SIGPROF, "SIGPROF"),
        (SIGXCPU, "SIGXCPU"), (SIGPOLL, "SIGPOLL"), (SIGPWR, "SIGPWR"), (SIGSTKFLT, "SIGSTKFLT"),
    ]

    /// The terminating signal that ended the wizard, if any.
    static var stoppingSignal: Int32? {
        let signo = caughtSignal.load(ordering: .relaxed)
        return signo == 0 ? nil : signo
    }

    /// The line printed once the terminal is restored after `signo` ended the wizard.
    static func stopMessage(_ signo: Int32, wroteFiles: Bool) -> String {
        let name = terminatingSignals.first { $0.signo == signo }?.name ?? "signal \(signo)"
        return "nap-ingress: stopped by \(name); " + (wroteFiles ? "nothing more was written." : "nothing was written.")
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: Bool
    private var previous: Screen?

    /// Takes over the terminal; throws when it cannot be opened as a curses screen.
    static func start() throws(TerminalError) -> CursesTerminal {
        _ = caughtSignal.load(ordering: .relaxed)
        for (signo, _) in terminatingSignals {
            _ = nap_catch_signal(signo) { signo in CursesTerminal.caughtSignal.store(signo, ordering: .relaxed) }
        }
        _ = nap_unblock_signal(SIGWINCH)
        setlocale(LC_ALL, "")
        // Without a UTF-8 locale (LANG unset over ssh, in containers) curses would decode a
        // typed "ü" byte by byte and draw ─ ▸ ✗ as blanks: terminals today speak UTF-8, so
        // fall back to C.UTF-8 for characters (glibc always has it), and refuse only without it.
        if !Self.localeIsUTF8() {
            guard setlocale(LC_CTYPE, "C.UTF-8") != nil || setlocale(LC_CTYPE, "C.utf8") != nil, Self.localeIsUTF8() else {
                throw TerminalError(message: "the locale's character set is not UTF-8 and C.UTF-8 is not available; set LANG to a UTF-8 locale")
            }
        }
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              newterm(nil, output, input) != nil, let window = nap_stdscr() else {
            throw TerminalError(message: "cannot open the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? ""))")
        }
        raw()  // Ctrl-C and Ctrl-S reach the wizard as keys (it asks before discarding answers).
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, -1)
        // getenv, not ProcessInfo: building the environment dictionary slows the start.
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        var colors = false
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_CYAN), -1)
            init_pair(2, Int16(COLOR_RED), -1)
            init_pair(3, Int16(COLOR_YELLOW), -1)
            init_pair(4, Int16(COLOR_GREEN), -1)
            colors = true
        }
        return CursesTerminal(window: window, colors: colors, previous: nil)
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// Gives the terminal back as it was (cursor, echo, line mode, main screen); from here on a
    /// signal has its default effect again (nothing is left to restore).
    func stop() {
        curs_set(1)
        endwin()
        for (signo, _) in Self.terminatingSignals { signal(signo, SIG_DFL) }
    }

    var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    /// Draws `screen`, writing only the cells that differ from the last one drawn.
    mutating func draw(_ screen: Screen) {
        let full = previous?.size != screen.size
        if full { werase(window) }
        let width = screen.size.width
        // Changed cells go out in runs of one role: one curses call per run, not per cell
        // (a first frame is ~3,000 cells). After werase, blank normal cells need no drawing.
        var run = "", runStart = 0, runRole = Role.normal
        func flush(_ row: Int) {
            guard !run.isEmpty else { return }
            wattrset(window, Int32(bitPattern: attributes(runRole)))
            _ = mvwaddstr(window, Int32(row), Int32(runStart), run)
            run = ""
        }
        for row in 0..<screen.size.height {
            for column in 0..<width {
                let cell = screen[row, column]
                if cell.isContinuation { continue }
                let unchanged = full ? (cell.character == " " && cell.role == .normal)
                                     : previous.map { $0[row, column] == cell } ?? false
                if unchanged {
                    flush(row)
                    continue
                }
                if !run.isEmpty && cell.role != runRole { flush(row) }
                if run.isEmpty { runStart = column; runRole = cell.role }
                run.append(cell.character)
            }
            flush(row)
        }
        wattrset(window, Int32(bitPattern: nap_A_NORMAL))
        if let cursor = screen.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = screen
    }

    private func attributes(_ role: Role) -> attr_t {
        func pair(_ n: Int32) -> attr_t { colors ? attr_t(bitPattern: COLOR_PAIR(n)) : 0 }
        switch role {
        case .normal: return nap_A_NORMAL
        case .title: return nap_A_BOLD | pair(1)
        case .focus: return nap_A_REVERSE
        case .error: return nap_A_BOLD | pair(2)
        case .warning: return (colors ? 0 : nap_A_UNDERLINE) | pair(3)
        case .ok: return pair(4)
        case .dim: return nap_A_DIM
        }
    }

    /// Waits for the next key; a burst of printable characters (a paste) comes as one `.text`.
    /// With `tick` (milliseconds), returns `.tick` when no key arrives in that time.
    func read(tick: Int32? = nil) -> Input {
        while true {
            let signo = Self.caughtSignal.load(ordering: .relaxed)
            if signo != 0 { return .signal(signo) }
            if let tick {
                var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
                let ready = poll(&input, 1, tick)
                if ready == 0 { return .tick }
                if ready < 0, errno == EINTR { continue }
            }
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            if result == ERR {
                if errno == EINTR { continue }
                return .closed
            }
            if result == KEY_CODE_YES {
                guard let input = functionKey(Int32(bitPattern: code)) else { continue }  // keys the wizard does not use
                return input
            }
            guard let key = character(code) else { continue }
            if key == .escape {
                guard let sequence = escapeSequence() else { continue }
                return .key(sequence)
            }
            guard case .character(let first) = key else { return .key(key) }
            return .key(collectPaste(first))
        }
    }

    private func collectPaste(_ first: Character) -> Key {
        var text = String(first)
        wtimeout(window, 0)
        defer { wtimeout(window, -1) }
        while true {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            guard result != ERR else { break }
            guard result == OK, case .character(let c)? = character(code) else {
                unget_wch(wchar_t(bitPattern: code))
                break
            }
            text.append(c)
        }
        return text.count == 1 ? .character(first) : .text(text)
    }

    /// After an Esc: a lone Esc is the key; bytes right behind it are an escape sequence
    /// that the terminfo entry did not know (a TERM that does not match the terminal, or
    /// Alt+key). The usual editing keys are mapped; any other sequence is swallowed whole,
    /// so that neither "go back" nor its bytes as typed text reach the wizard.
    private func escapeSequence() -> Key? {
        wtimeout(window, 0)
        defer { wtimeout(window, -1) }
        func next() -> UInt32? {
            var code: wint_t = 0
            return wget_wch(window, &code) == OK ? code : nil
        }
        guard let introducer = next() else { return .escape }
        switch introducer {
        case 0x5B:  // CSI: ESC [ parameters intermediates final
            var body = ""
            while let c = next() {
                guard let scalar = UnicodeScalar(c) else { return nil }
                body.unicodeScalars.append(scalar)
                if (0x40...0x7E).contains(c) { break }
            }
            switch body {
            case "1~", "7~", "H": return .home
            case "4~", "8~", "F": return .end
            case "3~": return .delete
            case "5~": return .pageUp
            case "6~": return .pageDown
            case "A": return .up
            case "B": return .down
            case "C": return .right
            case "D": return .left
            case "Z": return .backTab
            default: return nil
            }
        case 0x4F:  // SS3: ESC O final
            switch next() {
            case 0x48: return .home
            case 0x46: return .end
            case 0x41: return .up
            case 0x42: return .down
            case 0x43: return .right
            case 0x44: return .left
            case 0x50: return .help  // F1
            default: return nil
            }
        default:
            return nil  // Alt+key: not a wizard key
        }
    }

    private func functionKey(_ code: Int32) -> Input? {
        switch code {
        case KEY_RESIZE: return .resized
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_F0 + 1: return .key(.help)
        default: return nil
        }
    }

    private func character(_ code: wint_t) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return UnicodeScalar(96 + code).map { .control(Character($0)) }
        case 0..<32: return nil
        default: return UnicodeScalar(code).map { .character(Character($0)) }
        }
    }
}

/// The terminal could not be used.
struct TerminalError: Error {
    var message: String
}
