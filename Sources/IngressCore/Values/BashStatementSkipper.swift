/// Finds where a statement the assignment reader refused ends, the way bash's lexer would:
/// through quotes, `$(...)`, backquotes, line continuations, heredocs and compound commands
/// (`if … fi`, `{ … }`), so that text inside them is never taken for an assignment. It also
/// collects the names the statement may set (assignment words, `export`/`declare`/`unset` …
/// arguments), which decide whether the unreadable statement blocks writing.
struct BashStatementSkipper {
    let bytes: [UInt8]
    /// Where the statement ends: its terminating newline, or the end of the file.
    private(set) var pos: Int

    struct Outcome {
        var names: Set<String> = []
        /// A quote, substitution, heredoc or compound command is still open at the end of the file.
        var unterminated = false
        /// bash reports a syntax error here (a `fi` or `)` with nothing to close): it stops
        /// reading the file at this statement.
        var syntaxError = false
    }

    init(bytes: [UInt8], pos: Int) {
        self.bytes = bytes
        self.pos = pos
    }

    private static let openers: Set<String> = ["if", "for", "while", "until", "select", "{"]
    private static let closers: Set<String> = ["fi", "done", "}"]
    /// Reserved words that cannot start a command outside a compound command.
    private static let misplaced: Set<String> = ["fi", "esac", "done", "}", "then", "do", "else", "elif", "in"]
    /// Words after which the next word starts a command again.
    private static let commandPrefixes: Set<String> = ["then", "do", "else", "elif", "if", "while", "until", "{", "!", "time"]
    /// Builtins whose arguments name variables they set or unset.
    private static let declaring: Set<String> = ["export", "declare", "typeset", "local", "readonly", "unset", "read", "eval",
                                                 "getopts", "mapfile", "readarray", "printf"]

    /// What an open construct expects next.
    private enum Context: Equatable {
        /// `if … fi`, `{ … }`, `( … )`, loops: commands up to the closing word or parenthesis.
        case group
        /// After `case`: the subject word, then `in`.
        case caseSubject
        /// A case item's patterns (`a|b)`), or `esac`.
        case casePatterns
        /// A case item's commands, up to `;;` (or `;&`, `;;&`) or `esac`.
        case caseBody
    }

    mutating func skip() -> Outcome {
        var outcome = Outcome()
        var stack: [Context] = []
        var commandStart = true
        var emptyCommand = true  // no word since the last operator
        var declaringCommand: String?
        var nameFollows = false  // `for NAME`, `select NAME`: the loop sets it
        var functionNameFollows = false  // `function NAME`
        var heredocs: [(delimiter: [UInt8], stripTabs: Bool)] = []
        while true {
            guard let c = peek(0) else {
                outcome.unterminated = !stack.isEmpty || !heredocs.isEmpty
                return outcome
            }
            if stack.last == .casePatterns {
                // Patterns are words, not commands: `a|b)` then the item's commands.
                switch c {
                case UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "("), UInt8(ascii: "|"):
                    pos += 1
                case UInt8(ascii: "#"):
                    while let d = peek(0), d != UInt8(ascii: "\n") { pos += 1 }
                case UInt8(ascii: ")"):
                    pos += 1
                    stack[stack.count - 1] = .caseBody
                    commandStart = true
                    emptyCommand = true
                default:
                    guard let word = readWord() else {
                        outcome.unterminated = true
                        return outcome
                    }
                    if word.raw == Array("esac".utf8) {
                        stack.removeLast()
                        commandStart = false
                        emptyCommand = false
                    } else if word.raw.isEmpty {
                        pos += 1  // a byte no word starts with: bash reports it; just move on
                    }
                }
                continue
            }
            switch c {
            case UInt8(ascii: "\n"):
                if !heredocs.isEmpty {
                    pos += 1
                    for doc in heredocs where !skipHeredocBody(doc.delimiter, stripTabs: doc.stripTabs) {
                        outcome.unterminated = true
                        return outcome
                    }
                    heredocs = []
                    guard pos < bytes.count, bytes[pos - 1] == UInt8(ascii: "\n") else {
                        outcome.unterminated = !stack.isEmpty
                        return outcome
                    }
                    pos -= 1  // stand on the delimiter line's newline again
                }
                if stack.isEmpty { return outcome }
                pos += 1
                if stack.last != .caseSubject {
                    commandStart = true
                    emptyCommand = true
                    declaringCommand = nil
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                pos += 1
            case UInt8(ascii: ";") where stack.last == .caseBody && (peek(1) == UInt8(ascii: ";") || peek(1) == UInt8(ascii: "&")):
                // `;;`, `;&` or `;;&` ends a case item; patterns (or `esac`) follow.
                pos += 2
                if peek(0) == UInt8(ascii: "&") { pos += 1 }
                stack[stack.count - 1] = .casePatterns
                declaringCommand = nil
            case UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"):
                if emptyCommand && stack.isEmpty { outcome.syntaxError = true }
                emptyCommand = true
                pos += 1
                // `&&`, `||`, `;;`, `|&` are one operator each.
                if let d = peek(0), d == c || (c == UInt8(ascii: "|") && d == UInt8(ascii: "&")) { pos += 1 }
                commandStart = true
                declaringCommand = nil
            case UInt8(ascii: "("):
                pos += 1
                stack.append(.group)
                commandStart = true
            case UInt8(ascii: ")"):
                if stack.last == .group { stack.removeLast() } else { outcome.syntaxError = true }
                pos += 1
                commandStart = false
            case UInt8(ascii: "#"):
                while let d = peek(0), d != UInt8(ascii: "\n") { pos += 1 }
            case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<") && peek(2) == UInt8(ascii: "<"):
                pos += 3  // a here-string: its text is the next word, on this line
            case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<"):
                pos += 2
                let stripTabs = peek(0) == UInt8(ascii: "-")
                if stripTabs { pos += 1 }
                while peek(0) == UInt8(ascii: " ") || peek(0) == UInt8(ascii: "\t") { pos += 1 }
                guard let word = readWord() else { outcome.unterminated = true; return outcome }
                heredocs.append((word.unquoted, stripTabs))
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                pos += 1
            default:
                guard let word = readWord() else {
                    outcome.unterminated = true
                    return outcome
                }
                guard !word.raw.isEmpty else {
                    pos += 1  // a byte no word starts with
                    continue
                }
                // bash joins continued lines before it splits words: `TOS_\<newline>HOST=x` sets TOS_HOST.
                let raw = Self.joiningContinuations(word.raw)
                let text = String(decoding: raw, as: UTF8.self)
                emptyCommand = false
                if stack.last == .caseSubject {
                    if text == "in" { stack[stack.count - 1] = .casePatterns }
                    continue
                }
                if nameFollows {
                    nameFollows = false
                    if Self.isName(raw) { outcome.names.insert(text) }
                    continue
                }
                if functionNameFollows {
                    functionNameFollows = false
                    skipFunctionParentheses()
                    commandStart = true
                    continue
                }
                if let name = Self.assignedName(raw), commandStart || declaringCommand != nil {
                    outcome.names.insert(name)
                    if declaringCommand == "eval" { outcome.names.formUnion(Self.namesInText(word.unquoted)) }
                    continue
                }
                if let command = declaringCommand {
                    if command == "eval" {
                        outcome.names.formUnion(Self.namesInText(word.unquoted))
                    } else if Self.isName(raw) {
                        outcome.names.insert(text)
                    }
                    continue
                }
                guard commandStart else { continue }
                if text == "case" {
                    stack.append(.caseSubject)
                    commandStart = false
                    continue
                }
                if text == "function" {
                    functionNameFollows = true
                    continue
                }
                // `name () compound-command`: a function definition; its body is a command.
                // (`name()` comes as one word: the word reader takes `(…)` inside a word whole.)
                if (Self.isName(raw) && skipFunctionParentheses())
                    || (raw.count > 2 && raw.suffix(2) == Array("()".utf8) && Self.isName(Array(raw.dropLast(2)))) {
                    commandStart = true
                    continue
                }
                if text == "esac", stack.last == .caseBody {
                    stack.removeLast()
                    commandStart = false
                    continue
                }
                if stack.isEmpty, Self.misplaced.contains(text) { outcome.syntaxError = true }
                if Self.openers.contains(text) { stack.append(.group) }
                if Self.closers.contains(text) {
                    if stack.last == .group { stack.removeLast() } else { outcome.syntaxError = true }
                }
                if text == "for" || text == "select" { nameFollows = true }
                if Self.declaring.contains(text) {
                    declaringCommand = text
                    commandStart = false
                } else {
                    commandStart = Self.commandPrefixes.contains(text) || Self.closers.contains(text)
                }
            }
        }
    }

    /// Past `()` (blanks allowed inside and before) when it follows; false, not moving, otherwise.
    @discardableResult
    private mutating func skipFunctionParentheses() -> Bool {
        var p = pos
        while p < bytes.count, bytes[p] == UInt8(ascii: " ") || bytes[p] == UInt8(ascii: "\t") { p += 1 }
        guard p < bytes.count, bytes[p] == UInt8(ascii: "(") else { return false }
        p += 1
        while p < bytes.count, bytes[p] == UInt8(ascii: " ") || bytes[p] == UInt8(ascii: "\t") { p += 1 }
        guard p < bytes.count, bytes[p] == UInt8(ascii: ")") else { return false }
        pos = p + 1
        return true
    }

    // MARK: words

    /// One shell word: its source bytes and its text with quotes removed (no expansion);
    /// nil when a quote or substitution is never closed.
    private mutating func readWord() -> (raw: [UInt8], unquoted: [UInt8])? {
        let start = pos
        var unquoted: [UInt8] = []
        while let c = peek(0) {
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: ")"):
                return (Array(bytes[start..<pos]), unquoted)
            case UInt8(ascii: "(") where pos == start:
                return (Array(bytes[start..<pos]), unquoted)
            case UInt8(ascii: "("):
                // `name=(array)` or an extglob: skip to the matching parenthesis.
                guard skipParenthesised() else { return nil }
            case UInt8(ascii: "'"):
                pos += 1
                while let q = peek(0), q != UInt8(ascii: "'") { unquoted.append(q); pos += 1 }
                guard peek(0) != nil else { return nil }
                pos += 1
            case UInt8(ascii: "\""):
                pos += 1
                guard skipDoubleQuoted(into: &unquoted) else { return nil }
            case UInt8(ascii: "\\"):
                if let next = peek(1), next != UInt8(ascii: "\n") { unquoted.append(next) }
                pos += min(2, bytes.count - pos)
            case UInt8(ascii: "`"):
                guard skipBackquoted() else { return nil }
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "'"):
                guard skipANSICQuoted(into: &unquoted) else { return nil }
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "(") || peek(1) == UInt8(ascii: "{"):
                pos += 1
                guard skipParenthesised() else { return nil }
            default:
                unquoted.append(c)
                pos += 1
            }
        }
        return (Array(bytes[start..<pos]), unquoted)
    }

    /// `$'…'` from its `$`: a backslash escapes the next byte, so `\'` does not close it.
    private mutating func skipANSICQuoted(into out: inout [UInt8]) -> Bool {
        pos += 2
        while let c = peek(0) {
            pos += 1
            if c == UInt8(ascii: "'") { return true }
            if c == UInt8(ascii: "\\") {
                guard let next = peek(0) else { return false }
                out.append(next)
                pos += 1
            } else {
                out.append(c)
            }
        }
        return false
    }

    private mutating func skipDoubleQuoted(into out: inout [UInt8]) -> Bool {
        while let c = peek(0) {
            switch c {
            case UInt8(ascii: "\""):
                pos += 1
                return true
            case UInt8(ascii: "\\"):
                if let next = peek(1) { out.append(next) }
                pos += min(2, bytes.count - pos)
            case UInt8(ascii: "`"):
                guard skipBackquoted() else { return false }
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "(") || peek(1) == UInt8(ascii: "{"):
                pos += 1
                guard skipParenthesised() else { return false }
            default:
                out.append(c)
                pos += 1
            }
        }
        return false
    }

    private mutating func skipBackquoted() -> Bool {
        pos += 1
        while let c = peek(0) {
            pos += 1
            if c == UInt8(ascii: "\\") { pos += min(1, bytes.count - pos) }
            if c == UInt8(ascii: "`") { return true }
        }
        return false
    }

    /// From an opening `(` or `{`, past its match; quotes inside are honoured.
    private mutating func skipParenthesised() -> Bool {
        let open = bytes[pos], close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
        var depth = 0
        var ignored: [UInt8] = []
        while let c = peek(0) {
            switch c {
            case open:
                depth += 1
                pos += 1
            case close:
                depth -= 1
                pos += 1
                if depth == 0 { return true }
            case UInt8(ascii: "'"):
                pos += 1
                while let q = peek(0), q != UInt8(ascii: "'") { pos += 1 }
                guard peek(0) != nil else { return false }
                pos += 1
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "'"):
                guard skipANSICQuoted(into: &ignored) else { return false }
            case UInt8(ascii: "\""):
                pos += 1
                guard skipDoubleQuoted(into: &ignored) else { return false }
            case UInt8(ascii: "\\"):
                pos += min(2, bytes.count - pos)
            case UInt8(ascii: "`"):
                guard skipBackquoted() else { return false }
            case UInt8(ascii: "#") where open == UInt8(ascii: "(") && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), open].contains(bytes[pos - 1]):
                // A comment inside an array or `$(…)`: a `)` in it closes nothing.
                while let d = peek(0), d != UInt8(ascii: "\n") { pos += 1 }
            default:
                pos += 1
            }
        }
        return false
    }

    /// Skips heredoc lines up to and including the delimiter line; false when it never comes.
    private mutating func skipHeredocBody(_ delimiter: [UInt8], stripTabs: Bool) -> Bool {
        while pos < bytes.count {
            var end = pos
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var line = bytes[pos..<end]
            if stripTabs { while line.first == UInt8(ascii: "\t") { line = line.dropFirst() } }
            if line.last == UInt8(ascii: "\r"), Array(line.dropLast()) == delimiter { line = line.dropLast() }
            pos = min(end + 1, bytes.count)
            if Array(line) == delimiter { return true }
        }
        return false
    }

    private func peek(_ offset: Int) -> UInt8? {
        pos + offset < bytes.count ? bytes[pos + offset] : nil
    }

    // MARK: names

    /// `NAME` of a `NAME=…`, `NAME+=…` or `NAME[i]=…` word.
    static func assignedName(_ word: [UInt8]) -> String? {
        var end = 0
        while end < word.count, isNameByte(word[end], first: end == 0) { end += 1 }
        guard end > 0, end < word.count else { return nil }
        let rest = word[end...]
        guard rest.first == UInt8(ascii: "=") || rest.starts(with: Array("+=".utf8)) || rest.first == UInt8(ascii: "[") else {
            return nil
        }
        if rest.first == UInt8(ascii: "["), !rest.contains(UInt8(ascii: "=")) { return nil }
        return String(decoding: word[..<end], as: UTF8.self)
    }

    /// The word without its backslash-newline pairs (outside single quotes bash removes them first).
    static func joiningContinuations(_ word: [UInt8]) -> [UInt8] {
        guard word.contains(UInt8(ascii: "\n")) else { return word }
        var out: [UInt8] = []
        var i = 0
        while i < word.count {
            if word[i] == UInt8(ascii: "\\"), i + 1 < word.count, word[i + 1] == UInt8(ascii: "\n") {
                i += 2
                continue
            }
            out.append(word[i])
            i += 1
        }
        return out
    }

    static func isName(_ word: [UInt8]) -> Bool {
        !word.isEmpty && word.enumerated().allSatisfy { isNameByte($1, first: $0 == 0) }
    }

    /// Assignment-looking words in text that `eval` runs.
    static func namesInText(_ text: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var start = 0
        for i in 0...text.count where i == text.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "\n")].contains(text[i]) {
            if let name = assignedName(Array(text[start..<i])) { names.insert(name) }
            start = i + 1
        }
        return names
    }

    static func isNameByte(_ c: UInt8, first: Bool) -> Bool {
        (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
            || c == UInt8(ascii: "_") || (!first && c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }
}
