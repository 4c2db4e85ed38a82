/// Reads `values.env` the way bash's `source` does, for the subset `install.sh` writes:
/// assignments (optionally `export`ed), quotes spanning lines, `$VAR` / `${VAR}` expansion,
/// comments and blank lines. Anything else is reported, never guessed at.
struct BashAssignmentParser {
    struct Failure: Error { var reason: String }
    struct Result {
        var assignments: [ValuesFile.Assignment] = []
        var unparsed: [ValuesFile.UnparsedLine] = []
        /// Whether some value took another variable's value (`$NAME`, `${NAME}`): only then can
        /// changing one key change what bash reads for another.
        var expands = false
    }

    let bytes: [UInt8]
    /// Whether the file's lines end in CR LF (its first line does): the carriage return is then
    /// read as part of the line ending (the file earns a warning), as an editor shows it. In a
    /// file of LF lines a carriage return is an ordinary byte, kept in a value as bash keeps it.
    let crlf: Bool
    private var pos = 0
    private var line = 1
    private var vars: [String: String] = [:]
    /// The previous values of names a statement assigned, to undo them if the statement turns
    /// out unreadable (copying `vars` for every statement made reading quadratic).
    private var undo: [(name: String, previous: String?)] = []
    private var expanded = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if let nl = bytes.firstIndex(of: 0x0A), nl > 0, bytes[nl - 1] == 0x0D { crlf = true } else { crlf = false }
    }

    private static let newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    func parse() -> Result {
        var p = self
        var result = Result()
        while p.pos < p.bytes.count {
            p.skipBlanks()
            guard p.pos < p.bytes.count else { break }
            let c = p.bytes[p.pos]
            if c == Self.newline { p.pos += 1; p.line += 1; continue }
            if c == Self.cr, p.crlf, p.peek(1) == Self.newline { p.pos += 2; p.line += 1; continue }
            if c == UInt8(ascii: "#") { p.skipToEndOfLine(); continue }
            let start = p.pos, startLine = p.line
            p.undo.removeAll(keepingCapacity: true)
            do {
                result.assignments += try p.parseStatement()
            } catch {
                p.pos = start
                p.line = startLine
                for (name, previous) in p.undo.reversed() { p.vars[name] = previous }
                let text = p.restOfPhysicalLine()
                // Skip the whole statement as bash would read it, so that text inside its quotes,
                // heredocs or compound commands on later lines is never taken for an assignment.
                var skipper = BashStatementSkipper(bytes: p.bytes, pos: start)
                let skipped = skipper.skip()
                for b in p.bytes[start..<skipper.pos] where b == Self.newline { p.line += 1 }
                p.pos = skipper.pos  // at the statement's own newline, left for the main loop
                if p.pos == start { p.skipToEndOfLine() }  // always make progress
                var owned = OwnedKey.allCases.filter { skipped.names.contains($0.rawValue) }
                var reason = error.reason
                if !p.crlf, p.bytes[start..<skipper.pos].allSatisfy({ $0 == Self.cr || $0 == Self.space || $0 == Self.tab }) {
                    reason = "a carriage return alone on a line, which bash runs as a command (and fails)"
                }
                if start == 0, p.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                    reason = "the file starts with a UTF-8 byte-order mark, which bash reads as part of this line (it is not an assignment to bash either)"
                }
                if skipped.unterminated || skipped.syntaxError {
                    // bash reports a syntax error and reads nothing after it: not the rest of the
                    // file, nor anything nap-ingress would append.
                    owned = OwnedKey.allCases
                    reason += skipped.unterminated ? "; it is never closed, so bash stops reading the file there"
                                                   : "; bash reports a syntax error here and stops reading the file"
                }
                result.unparsed.append(.init(line: startLine, text: text, reason: reason, ownedKeys: owned))
                // Names set by an unreadable statement have unknown values from here on.
                for name in skipped.names { p.vars[name] = nil }
            }
        }
        result.expands = p.expanded
        return result
    }

    // MARK: statements

    private mutating func parseStatement() throws(Failure) -> [ValuesFile.Assignment] {
        var found: [ValuesFile.Assignment] = []
        var statementStart = true, exporting = false
        while true {
            if statementStart, matchesWord("export") {
                pos += 6
                skipBlanks()
                exporting = true
            }
            statementStart = false
            let key = try readName()
            if peek(0) == UInt8(ascii: "=") {
                pos += 1
                let valueStart = pos, valueLine = line
                let (value, style) = try readWord()
                undo.append((key, vars[key]))
                // In a CR LF file the reported value stops at the line ending, but bash's own value
                // (what a later `$NAME` expands to) keeps the carriage return.
                vars[key] = crlf && atEndOfLine && peek(0) == Self.cr ? value + "\r" : value
                found.append(.init(key: key, value: value, valueRange: valueStart..<pos, line: valueLine, style: style))
            } else if !(exporting && (atEndOfLine || [Self.space, Self.tab, UInt8(ascii: ";")].contains(peek(0)))) {
                // `export NAME` alone only marks a variable for export; anything else is not an assignment.
                throw Failure(reason: peek(0) == UInt8(ascii: "+") ? "`+=` appends; write the whole value" : "not a KEY=value assignment")
            }
            let beforeBlanks = pos
            skipBlanks()
            if crlf, pos > beforeBlanks, peek(0) == Self.cr, peek(1) == Self.newline {
                // `K=v \r`: bash runs the carriage return as a command, with K set only for it.
                throw Failure(reason: "a blank before the carriage return at the end of the line makes bash run it as a command, so the assignment does not stay")
            }
            if peek(0) == UInt8(ascii: ";") {
                pos += 1
                skipBlanks()
                statementStart = true
                exporting = false
            }
            if atEndOfLine { break }
            if peek(0) == UInt8(ascii: "#") { skipToEndOfLine(); break }
        }
        return found
    }

    private var atEndOfLine: Bool {
        guard let c = peek(0) else { return true }
        return c == Self.newline || (crlf && c == Self.cr && peek(1) == Self.newline)
    }

    private mutating func readName() throws(Failure) -> String {
        let start = pos
        while let c = peek(0), Self.isNameByte(c, first: pos == start) { pos += 1 }
        guard pos > start else { throw Failure(reason: "not a KEY=value assignment") }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    // MARK: words

    private mutating func readWord() throws(Failure) -> (String, BashQuoting.Style) {
        var out: [UInt8] = []
        var bare = false, single = false, double = false, afterBareColon = false
        wordLoop: while let c = peek(0) {
            switch c {
            case Self.space, Self.tab, Self.newline, UInt8(ascii: ";"):
                break wordLoop
            case Self.cr where crlf && peek(1) == Self.newline:
                break wordLoop
            case UInt8(ascii: "'"):
                single = true
                pos += 1
                while true {
                    guard let q = peek(0) else { throw Failure(reason: "a single quote is never closed") }
                    pos += 1
                    if q == UInt8(ascii: "'") { break }
                    if q == Self.newline { line += 1 }
                    out.append(q)
                }
            case UInt8(ascii: "\""):
                double = true
                pos += 1
                try readDoubleQuoted(into: &out)
            case UInt8(ascii: "\\"):
                bare = true
                guard let next = peek(1) else { pos += 1; out.append(c); continue }
                pos += 2
                if next == Self.newline { line += 1 } else { out.append(next) }
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "'"):
                // ANSI-C quoting: mixed, so a rewrite uses plain double quotes.
                single = true
                double = true
                try readANSICQuoted(into: &out)
            case UInt8(ascii: "$"):
                bare = true
                try expand(into: &out)
            case UInt8(ascii: "`"):
                throw Failure(reason: "command substitution (backquotes) is not read by nap-ingress")
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "|"), UInt8(ascii: "&"):
                throw Failure(reason: "shell syntax beyond KEY=value")
            case UInt8(ascii: "~") where (out.isEmpty && !single && !double) || afterBareColon:
                // bash expands a tilde at the start of an assignment value and after each `:`.
                throw Failure(reason: "`~` expansion; write the full path")
            default:
                bare = true
                out.append(c)
                pos += 1
                afterBareColon = c == UInt8(ascii: ":")
                continue wordLoop
            }
            afterBareColon = false
        }
        let style: BashQuoting.Style
        switch (bare, single, double) {
        case (_, false, false): style = .bare
        case (false, true, false): style = .singleQuoted
        case (false, false, true): style = .doubleQuoted
        default: style = .mixed
        }
        return (String(decoding: out, as: UTF8.self), style)
    }

    private mutating func readDoubleQuoted(into out: inout [UInt8]) throws(Failure) {
        while true {
            guard let c = peek(0) else { throw Failure(reason: "a double quote is never closed") }
            switch c {
            case UInt8(ascii: "\""):
                pos += 1
                return
            case UInt8(ascii: "\\"):
                let next = peek(1)
                if let next, [UInt8(ascii: "$"), UInt8(ascii: "`"), UInt8(ascii: "\""), UInt8(ascii: "\\")].contains(next) {
                    out.append(next)
                    pos += 2
                } else if next == Self.newline {
                    pos += 2
                    line += 1
                } else {
                    out.append(c)
                    pos += 1
                }
            case UInt8(ascii: "$"):
                try expand(into: &out, quoted: true)
            case UInt8(ascii: "`"):
                throw Failure(reason: "command substitution (backquotes) is not read by nap-ingress")
            default:
                if c == Self.newline { line += 1 }
                out.append(c)
                pos += 1
            }
        }
    }

    /// `$'…'` (bash's ANSI-C quoting), from its `$`: the escapes bash documents that give one
    /// ASCII byte. Escapes whose result depends on the locale (`\u`, `\U`), control-key
    /// escapes (`\c`), and bytes bash would cut the value at (NUL) or that are not UTF-8 text
    /// are refused rather than guessed.
    private mutating func readANSICQuoted(into out: inout [UInt8]) throws(Failure) {
        pos += 2  // `$'`
        func digits(_ limit: Int, radix: Int) -> Int? {
            var value = 0, count = 0
            while count < limit, let c = peek(0), let d = Int(String(UnicodeScalar(c)), radix: radix) {
                value = value * radix + d
                pos += 1
                count += 1
            }
            return count == 0 ? nil : value
        }
        while true {
            guard let c = peek(0) else { throw Failure(reason: "a `$'` quote is never closed") }
            pos += 1
            if c == UInt8(ascii: "'") { return }
            guard c == UInt8(ascii: "\\") else {
                if c == Self.newline { line += 1 }
                out.append(c)
                continue
            }
            guard let e = peek(0) else { throw Failure(reason: "a `$'` quote is never closed") }
            pos += 1
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "e"): 0x1B, UInt8(ascii: "E"): 0x1B,
                UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
                UInt8(ascii: "v"): 0x0B, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "'"): 0x27, UInt8(ascii: "\""): 0x22,
                UInt8(ascii: "?"): 0x3F,
            ]
            var byte: Int
            if let mapped = simple[e] {
                byte = Int(mapped)
            } else if e >= UInt8(ascii: "0"), e <= UInt8(ascii: "7") {
                pos -= 1
                byte = digits(3, radix: 8)! & 0xFF
            } else if e == UInt8(ascii: "x") {
                guard let value = digits(2, radix: 16) else {
                    out += [UInt8(ascii: "\\"), e]  // `\x` without digits stays as written
                    continue
                }
                byte = value
            } else if e == UInt8(ascii: "u") || e == UInt8(ascii: "U") || e == UInt8(ascii: "c") {
                throw Failure(reason: "the `$'…\\\(Character(UnicodeScalar(e)))` escape is not read by nap-ingress; use plain quotes")
            } else {
                if e == Self.newline { line += 1 }
                out += [UInt8(ascii: "\\"), e]  // bash keeps an unknown escape as it is
                continue
            }
            guard byte != 0, byte < 0x80 else {
                throw Failure(reason: byte == 0 ? "a NUL escape in `$'…'` (bash cuts the value there)" : "a `$'…'` escape that gives a byte outside ASCII; write the character itself")
            }
            out.append(UInt8(byte))
        }
    }

    /// `$NAME` and `${NAME}` for names assigned earlier in the file. Any other expansion, and a
    /// name the file never set (install.sh's environment decides it: `$HOME`, `$PATH`), is
    /// refused rather than guessed.
    private mutating func expand(into out: inout [UInt8], quoted: Bool = false) throws(Failure) {
        pos += 1  // the `$`
        guard let c = peek(0) else { out.append(UInt8(ascii: "$")); return }
        if c == UInt8(ascii: "{") {
            pos += 1
            guard let first = peek(0), Self.isNameByte(first, first: true) else {
                throw Failure(reason: "parameter expansion beyond ${NAME}")
            }
            let name = try readName()
            guard peek(0) == UInt8(ascii: "}") else { throw Failure(reason: "parameter expansion beyond ${NAME}") }
            pos += 1
            out += try valueOf(name)
        } else if Self.isNameByte(c, first: true) {
            let name = try readName()
            if peek(0) == UInt8(ascii: "\\"), peek(1) == Self.newline {
                // bash joins the next line first: the name goes on there.
                throw Failure(reason: "a line continuation inside the name `$\(name)…`")
            }
            out += try valueOf(name)
        } else if c == UInt8(ascii: "(") {
            throw Failure(reason: "command substitution `$(...)` is not read by nap-ingress")
        } else if c == UInt8(ascii: "[") {
            throw Failure(reason: "arithmetic expansion `$[...]` is not read by nap-ingress")
        } else if !quoted, c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
            // Outside double quotes `$'…'` is ANSI-C quoting and `$"…"` a translated string.
            throw Failure(reason: "`$\(Character(UnicodeScalar(c)))...` quoting is not read by nap-ingress; use plain quotes")
        } else if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || "$?!#@*-".utf8.contains(c) {
            throw Failure(reason: "special parameter `$\(Character(UnicodeScalar(c)))`")
        } else {
            out.append(UInt8(ascii: "$"))
        }
    }

    /// Variables bash sets or changes by itself: their value never comes from the file.
    private static let shellVariables: Set<String> = [
        "_", "RANDOM", "SRANDOM", "SECONDS", "LINENO", "EPOCHSECONDS", "EPOCHREALTIME", "BASHPID",
        "UID", "EUID", "PPID", "BASH_COMMAND", "BASH_SOURCE", "BASH_LINENO", "FUNCNAME", "PWD", "OLDPWD",
    ]

    private mutating func valueOf(_ name: String) throws(Failure) -> [UInt8] {
        expanded = true
        guard let value = vars[name], !Self.shellVariables.contains(name) else {
            throw Failure(reason: "`$\(name)` is not set earlier in values.env, so its value comes from the environment install.sh runs in")
        }
        return Array(value.utf8)
    }

    // MARK: helpers

    private func peek(_ offset: Int) -> UInt8? {
        pos + offset < bytes.count ? bytes[pos + offset] : nil
    }

    private func matchesWord(_ word: StaticString) -> Bool {
        // Compared in place: this runs for every statement of the file.
        let count = word.utf8CodeUnitCount
        guard pos + count < bytes.count else { return false }
        for i in 0..<count where bytes[pos + i] != word.utf8Start[i] { return false }
        let after = bytes[pos + count]
        return after == Self.space || after == Self.tab
    }

    private mutating func skipBlanks() {
        while let c = peek(0), c == Self.space || c == Self.tab { pos += 1 }
    }

    private mutating func skipToEndOfLine() {
        while let c = peek(0), c != Self.newline { pos += 1 }
    }

    private func restOfPhysicalLine() -> String {
        var end = pos
        while end < bytes.count, bytes[end] != Self.newline { end += 1 }
        var slice = bytes[pos..<end]
        if slice.last == Self.cr { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    private static func isNameByte(_ c: UInt8, first: Bool) -> Bool {
        (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
            || c == UInt8(ascii: "_") || (!first && c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }
}
