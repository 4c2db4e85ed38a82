/// Generates bash files of the kind operators keep as `values.env`, and worse: every quoting
/// style, escapes, line continuations, lone carriage returns, compound commands, functions,
/// here-documents, here-strings and arrays, assigning owned and foreign keys. Seeded, so a
/// failing file comes back from its seed and index.
struct BashFileGenerator {
    /// Owned keys the files assign (a sample of the registry: platform and nap-ingress keys).
    static let ownedKeys = ["TOS_HOST", "INGRESS_MODE", "INGRESS_ENTRY", "TLS_CERT_FILE", "NAP_NAMESPACE"]
    /// Keys nap-ingress does not own; their lines must survive every write byte for byte.
    static let foreignKeys = ["FOO", "BAR", "IMAGE_TAG", "NOTE"]

    var random: BashQuotingPropertyTests.Generator

    init(seed: UInt64) { random = .init(state: seed) }

    private mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }
    private mutating func chance(_ percent: Int) -> Bool { random.below(100) < percent }

    /// One file.
    mutating func file() -> String {
        var text = ""
        for _ in 0..<(1 + random.below(9)) { text += statement() }
        if chance(10), text.hasSuffix("\n") { text.removeLast() }  // no final newline
        return text
    }

    // MARK: values

    /// A value word in one quoting style (or several glued together).
    mutating func value(depth: Int = 0) -> String {
        switch random.below(depth == 0 ? 8 : 6) {
        case 0: return bare()
        case 1: return "'" + plain(quotes: "\"\\$`# ;&|(){}") + "'"
        case 2: return "\"" + doubleQuoted() + "\""
        case 3: return "$'" + ansiC() + "'"
        case 4: return ""
        case 5: return "'" + plain(quotes: "") + "\n" + plain(quotes: "") + "'"  // a quote over two lines
        default: return value(depth: depth + 1) + value(depth: depth + 1)
        }
    }

    private mutating func plain(quotes: String) -> String {
        let alphabet = Array("abcXYZ019._-/:@%+,= ü") + Array(quotes)
        return String((0..<random.below(8)).map { _ in pick(alphabet) })
    }

    private mutating func bare() -> String {
        var out = ""
        for _ in 0..<random.below(6) {
            switch random.below(10) {
            case 0: out += pick(["\\ ", "\\'", "\\\"", "\\\\", "\\$", "\\#", "\\;"])
            case 1: out += "\\\n"  // a line continuation inside the word
            case 2: out += pick(["$FOO", "${BAR}", "${IMAGE_TAG}"])
            default: out += String(pick(Array("abcXYZ019._-/:@%+,=")))
            }
        }
        return out
    }

    private mutating func doubleQuoted() -> String {
        var out = ""
        for _ in 0..<random.below(7) {
            switch random.below(12) {
            case 0: out += pick(["\\\"", "\\\\", "\\$", "\\`", "\\n", "\\x"])
            case 1: out += "\\\n"
            case 2: out += "\n"
            case 3: out += pick(["$FOO", "${BAR}", "$NOTE", "${IMAGE_TAG}"])
            case 4: out += pick(["'", "#", ";", "&", "|", "(", ")", "{", "}", "~", "*"])
            default: out += String(pick(Array("abcXYZ019._-/:@ ü")))
            }
        }
        return out
    }

    private mutating func ansiC() -> String {
        var out = ""
        for _ in 0..<random.below(7) {
            switch random.below(8) {
            case 0: out += pick(["\\'", "\\\\", "\\\"", "\\?"])
            case 1: out += pick(["\\n", "\\t", "\\r", "\\e", "\\a"])
            case 2: out += pick(["\\x41", "\\x7e", "\\101", "\\47", "\\x", "\\q"])
            case 3: out += pick(["\"", "$", "`", "#", " "])
            default: out += String(pick(Array("abcXYZ019._-/: ")))
            }
        }
        return out
    }

    // MARK: statements

    private mutating func key() -> String {
        chance(50) ? pick(Self.ownedKeys) : pick(Self.foreignKeys)
    }

    private mutating func foreignAssignment() -> String { "\(pick(Self.foreignKeys))=\(value())" }

    private mutating func assignment() -> String {
        var line = (chance(15) ? "export " : "") + "\(key())=\(value())"
        if chance(15) { line += "; \(key())=\(value())" }
        if chance(15) { line += pick([" # note", "  #note; X=1", "\t# \"quoted\""]) }
        if chance(8) { line += "\r" }  // a lone carriage return: bash keeps it in the value
        return line + "\n"
    }

    private mutating func statement() -> String {
        switch random.below(24) {
        case 0...7: return assignment()
        case 8: return pick(["# a comment\n", "\n", "   \n", "# TOS_HOST=commented.out\n"])
        case 9: return "if [ -n \"x\" ]; then\n  \(foreignAssignment())\nfi\n"
        case 10:
            return "case \"${FOO:-}\" in\n  a|b) \(foreignAssignment()) ;;\n  (c) echo x >/dev/null ;&\n  *) BAR=\(value()) ;;\nesac\n"
        case 11: return pick(["case x in x) echo one;; esac\n", "case $BAR in\n  *) ;;\nesac\n"])
        case 12:
            return pick(["f() { \(foreignAssignment()); }\n", "function g {\n  echo hi\n}\n", "h () {\n  local x=1\n  echo \"$x\"\n}\n",
                         "function k() { :; }\n"])
        case 13:
            return pick(["cat >/dev/null <<EOF\n\(pick(Self.ownedKeys))=evil\nEOF\n",
                         "cat >/dev/null <<-'END'\n\t\(pick(Self.ownedKeys))=\"evil\n\tEND\n",
                         "cat >/dev/null <<\"EOF\" # comment\n'\n$(x)\nEOF\n"])
        case 14: return pick(["read -r NOTE <<< \"text here\"\n", "cat <<< 'a string' >/dev/null\n", "cat <<<$'a\\'b' >/dev/null\n"])
        case 15:
            return pick(["ARR=(a \"b c\" 'd)')\n", "ARR=(\n  one\n  two # comment )\n  three\n)\n", "ARR[2]=x\n", "ARR+=(y z)\n",
                         "declare -a LIST=(1 2)\n"])
        case 16:
            return pick(["{ \(foreignAssignment()); }\n", "( \(foreignAssignment()) )\n", "while false; do \(foreignAssignment()); done\n",
                         "for i in 1 2; do :; done\n", "true && \(foreignAssignment())\n", "[[ -z \"\" ]] || \(foreignAssignment())\n",
                         "until true; do :; done\n", "(( 1 + 1 ))\n"])
        case 17: return pick(["echo \"hi\" >/dev/null\n", ":\n", "true\n", "echo $'it\\'s' >/dev/null\n"])
        case 18: return "\(pick(Self.foreignKeys))=$'a\\'b'\n"
        case 19: return "\(key())=\(value())\r\n"
        case 20: return "\(pick(Self.foreignKeys))=$(echo x)\n"
        default: return assignment()
        }
    }
}
