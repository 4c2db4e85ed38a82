import Testing
@testable import IngressCore

/// Valid bash that nap-ingress once misread (issue 11), each checked against bash itself.
@Suite struct BashReadingRegressionTests {
    @Test func anEscapedQuoteInsideANSICQuotingDoesNotEndTheValue() throws {
        let text = "NOTE=$'it\\'s'\nTOS_HOST=nap.acme.com\n"
        let file = ValuesFile(text: text)
        #expect(file.unparsed.isEmpty, "\(file.unparsed)")
        #expect(file.value(of: "TOS_HOST") == "nap.acme.com")
        #expect(file.value(of: "NOTE") == "it's")
        let bash = try Bash.values(of: ["TOS_HOST", "NOTE"], in: Array(text.utf8))
        #expect(bash["TOS_HOST"]! == Array("nap.acme.com".utf8))
        #expect(bash["NOTE"]! == Array("it's".utf8))
    }

    @Test(arguments: [("K=$'a\\tb\\x41\\101\\\\\\'\\\"'", "a\tbAA\\'\""), ("K=$'\\q\\x'", "\\q\\x"), ("K=x$'y'\"z\"", "xyz")])
    func ansiCQuotingIsReadAsBashReadsIt(_ text: String, _ expected: String) throws {
        let file = ValuesFile(text: text + "\n")
        #expect(file.unparsed.isEmpty, "\(file.unparsed)")
        #expect(file.value(of: "K") == expected)
        #expect(try Bash.values(of: ["K"], in: Array((text + "\n").utf8))["K"]! == Array(expected.utf8))
    }

    @Test func aLoneCarriageReturnInAnLFFileStaysInTheValue() throws {
        let text = "INGRESS_MODE=external\nTOS_HOST=nap.acme.com\r\nIMAGE_TAG=v2\n"
        let file = ValuesFile(text: text)
        #expect(file.lineEnding == "\n")
        #expect(file.value(of: "TOS_HOST") == "nap.acme.com\r")
        #expect(try Bash.values(of: ["TOS_HOST"], in: Array(text.utf8))["TOS_HOST"]! == Array("nap.acme.com\r".utf8))
        // The operator is told, as for a file of CR LF lines.
        let findings = Validator.validate(file: file, path: "values.env")
        #expect(findings.contains { $0.code == "values.carriage-return" && $0.field == "values.env:2" }, "\(findings)")
    }

    @Test(arguments: [
        "case \"$X\" in\n  a|b) FOO=1 ;;\n  (c) echo x ;&\n  *) BAR=2 ;;\nesac\n",
        "case x in x) echo one;; esac\n",
        "f() { FOO=1; }\n",
        "function g {\n  echo hi\n}\n",
        "h () {\n  local x=1\n}\n",
        "cat <<< 'a string' >/dev/null\n",
        "read -r NOTE <<< \"text\"\n",
        "FOO=$'a\\'b'\n",
        "ARR=(a \"b c\" 'd)')\n",
        "ARR=(\n  one\n  two\n)\n",
        "while false; do FOO=1; done\n",
        "for i in 1 2; do :; done\n",
        "{ FOO=1; }\n",
        "( FOO=1 )\n",
        "(( 1 + 1 ))\n",
    ]) func validBashThatSetsNoOwnedKeyIsNotBlocking(_ text: String) throws {
        let full = "TOS_HOST=nap.acme.com\n" + text + "INGRESS_MODE=external\n"
        let file = ValuesFile(text: full)
        #expect(file.unparsed.allSatisfy { $0.ownedKeys.isEmpty }, "\(file.unparsed)")
        #expect(!Validator.validate(file: file, path: "values.env").hasErrors)
        #expect(file.value(of: "INGRESS_MODE") == "external", "reading goes on after it")
        #expect(try Bash.values(of: ["INGRESS_MODE"], in: Array(full.utf8))["INGRESS_MODE"]! == Array("external".utf8))
    }

    /// Found by the differential test (seed 1): bash joins continued lines before it reads names.
    @Test func aLineContinuationInsideANameIsNotGuessed() throws {
        let expansion = ValuesFile(text: "FOO=x\nTOS_HOST=$FOO\\\nc.com\n")
        #expect(expansion.value(of: "TOS_HOST") == nil, "bash reads $FOOc, not $FOO")
        #expect(expansion.unparsed.first?.ownedKeys == [.tosHost])
        let key = "TOS_HOST=nap.acme.com\nTOS_\\\nHOST=evil.com\n"
        #expect(try Bash.values(of: ["TOS_HOST"], in: Array(key.utf8))["TOS_HOST"]! == Array("evil.com".utf8))
        #expect(ValuesFile(text: key).unparsed.first?.ownedKeys == [.tosHost], "an owned key split over two lines blocks")
    }

    /// Found by the differential test (seed 1): in a CR LF file bash's own value keeps the carriage return.
    @Test func inACRLFFileAnExpansionSeesTheCarriageReturnBashKeeps() throws {
        let text = "FOO=a\r\nTOS_HOST=$FOO.b\r\nK=v \r\n"
        let file = ValuesFile(text: text)
        let bash = try Bash.values(of: ["TOS_HOST", "K"], in: Array(text.utf8))
        #expect(file.value(of: "TOS_HOST").map { Array(($0 + "\r").utf8) } == bash["TOS_HOST"]!)
        #expect(bash["K"]! == nil, "a blank before the carriage return: bash sets K only for the command \\r")
        #expect(file.value(of: "K") == nil)
    }

    @Test func aForLoopVariableIsNotTakenForItsEarlierValue() {
        let file = ValuesFile(text: "X=a\nfor X in b; do :; done\nTOS_HOST=nap.$X.com\n")
        #expect(file.value(of: "TOS_HOST") == nil)
        #expect(file.unparsed.last?.ownedKeys == [.tosHost])
    }
}
