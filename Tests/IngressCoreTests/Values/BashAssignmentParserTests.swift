import Testing
@testable import IngressCore

/// Single constructs the reader must read as bash does, or refuse (never guess).
@Suite struct BashAssignmentParserTests {
    /// Read exactly as bash reads them (checked against bash itself).
    static let readable: [(String, String)] = [
        ("K=a$", "a$"), ("K=\"$\"", "$"), ("K=a~b", "a~b"), ("K=\"~/x\"", "~/x"), ("K=a:\\~/x", "a:~/x"),
        ("K={a,b}", "{a,b}"), ("K=*", "*"), ("K=a#b", "a#b"), ("K='a\\b'", "a\\b"), ("K=\"a\\b\\$\\\"\"", "a\\b$\""),
        ("A=x; K=${A}y", "xy"), ("A=x\nK=\"$A-$A\"", "x-x"), ("export A\nK=1", "1"), ("export K=1 A", "1"),
        ("K=1;", "1"), ("K=1 ;K=2", "2"), ("K=$'a\\nb'", "a\nb"),
    ]

    @Test(arguments: readable) func readsWhatBashReads(_ text: String, _ expected: String) throws {
        let file = ValuesFile(text: text + "\n")
        #expect(file.unparsed.isEmpty, "\(file.unparsed)")
        #expect(file.value(of: "K") == expected)
        #expect(try Bash.values(of: ["K"], in: Array((text + "\n").utf8))["K"]! == Array(expected.utf8))
    }

    /// Refused: bash's value depends on something nap-ingress cannot or should not know.
    static let refused: [String] = [
        "K=$$", "K=$[1+2]", "K=$'\\u00e9'", "K=$'a\\0b'", "K=$\"a\"", "K=~/x", "K=a:~/x", "K=$HOME/x", "K=${PATH}", "K=$RANDOM",
        "K=$1", "K=${A:-x}", "K=$(id)", "K=`id`", "K=a b", "K+=x", "K=(a b)", "K=a&", "K=a|b", "K=a>b",
    ]

    @Test(arguments: refused) func refusesWhatItCannotKnow(_ text: String) {
        let file = ValuesFile(text: "K=before\n" + text + "\nNEXT=1\n")
        #expect(file.unparsed.map(\.line) == [2], "\(text)")
        #expect(file.value(of: "NEXT") == "1")
    }

    @Test(arguments: [
        ("if true; then\n  TOS_HOST=a\nfi\n", [OwnedKey.tosHost]),
        ("unset TOS_HOST\n", [.tosHost]),
        ("readonly INGRESS_MODE=external\n", [.ingressMode]),
        ("declare -x TOS_HOST=a SANDBOX_DOMAIN=b\n", [.tosHost, .sandboxDomain]),
        ("eval \"TOS_HOST=a\"\n", [.tosHost]),
        ("[ -f x ] && TOS_HOST=a\n", [.tosHost]),
        ("{ TOS_HOST=a; }\n", [.tosHost]),
        ("echo TOS_HOST=a\n", []),
        ("X=1 &\n", []),
        ("true || TOS_HOST=a\n", [.tosHost]),
        ("NOTE=\"$(date)\nTOS_HOST=a\"\n", []),
        ("cat <<EOF\nTOS_HOST=a\nEOF\n", []),
    ]) func anUnreadableStatementBlocksOnlyWhenItSetsAnOwnedKey(_ text: String, _ owned: [OwnedKey]) {
        let file = ValuesFile(text: "TOS_HOST=nap.acme.com\n" + text + "IMAGE_TAG=v2\n")
        #expect(file.unparsed.count == 1, "\(file.unparsed)")
        #expect(file.unparsed.first?.line == 2)
        #expect(file.unparsed.first?.ownedKeys == owned)
        #expect(file.value(of: "IMAGE_TAG") == "v2", "reading resumes after the statement")
        #expect(file.assignments.filter { $0.key == "TOS_HOST" }.count == 1)
    }

    @Test(arguments: ["K=\"never closed\nTOS_HOST=a\n", "K='never closed\n", "if true; then\nK=1\n", "cat <<EOF\nK=1\n",
                      "fi\n", "}\n", ")\n", "then\n", "; K=1\n", "| K=1\n", "echo )\n", "K=1 )\n"])
    func somethingLeftOpenOrASyntaxErrorBlocksEverything(_ text: String) throws {
        // bash stops with a syntax error there: nothing after it (nor anything appended) is read.
        let file = ValuesFile(text: "TOS_HOST=nap.acme.com\n" + text)
        #expect(file.unparsed.count == 1)
        #expect(try Bash.values(of: ["TOS_HOST", "K"], in: Array((text + "K=after\n").utf8))["K"]! != Array("after".utf8))
        #expect(file.unparsed.first?.ownedKeys == OwnedKey.allCases)
        #expect(Validator.validate(file: file, path: "values.env").hasErrors)
    }

    @Test func lineNumbersCountLinesInsideQuotes() {
        let file = ValuesFile(text: "A='x\ny\nz'\nB=$(id)\nC=\"1\n2\"\nD=$HOME\n")
        #expect(file.assignments.map(\.line) == [1, 5])
        #expect(file.unparsed.map(\.line) == [4, 7])
    }
}

extension BashAssignmentParserTests {
    @Test func aByteOrderMarkMakesTheFirstLineDeadForBashToo() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("TOS_HOST=nap.acme.com\nIMAGE_TAG=v2\n".utf8)
        var file = ValuesFile(bytes: bytes)
        #expect(file.unparsed.map(\.line) == [1])
        #expect(file.unparsed.first?.reason.contains("byte-order mark") == true)
        #expect(file.value(of: "TOS_HOST") == nil)
        #expect(try Bash.values(of: ["TOS_HOST"], in: bytes)["TOS_HOST"]! == nil)
        // Setting it appends a line bash does read.
        try file.set("TOS_HOST", to: "nap.acme.com")
        #expect(try Bash.values(of: ["TOS_HOST"], in: file.serialized())["TOS_HOST"]! == Array("nap.acme.com".utf8))
    }
}

extension BashAssignmentParserTests {
    /// Whatever an operator's editor leaves in the file, reading ends, and edits splice inside it.
    @Test func anyInputIsReadWithoutCrashingOrLooping() throws {
        var g = BashQuotingPropertyTests.Generator(state: 0xF00D)
        let pieces = ["K=", "TOS_HOST=", "export ", "'", "\"", "\\", "$", "${", "}", "$(", ")", "(", "`", "#", " ", "\t", "\n", "\r\n",
                      "\r", ";", "&", "|", "<<", "EOF", "if ", "fi", "{", "~", ":", "=", "a", "ü", "\u{0}", "\u{FEFF}"]
        for _ in 0..<2000 {
            let text = (0..<g.below(40)).map { _ in pieces[g.below(pieces.count)] }.joined()
            var file = ValuesFile(text: text)
            for a in file.assignments { #expect(a.valueRange.upperBound <= file.bytes.count) }
            for u in file.unparsed { #expect(u.line >= 1) }
            try file.set("TOS_HOST", to: "nap.acme.com")
            // Unless the file blocks writing TOS_HOST, reading the result gives the new value.
            let reread = ValuesFile(bytes: file.serialized())
            if !reread.unparsed.contains(where: { $0.ownedKeys.contains(.tosHost) }) {
                #expect(reread.value(of: "TOS_HOST") == "nap.acme.com", "\(text.debugDescription)")
            }
        }
    }
}
