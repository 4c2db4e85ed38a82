import Testing
@testable import IngressCore

/// Values that would make `source values.env` run or change something are refused before
/// anything is written.
@Suite struct InjectionTests {
    static let attempts = ["$(touch pwned)", "`touch pwned`", "a\nTOS_HOST=evil", "nap.acme.com\r", "a\u{0}b", "${IFS}",
                           "$IFS", "x\u{1B}[2J", "a\tb", "$((1+1))", "'$(id)'"]

    @Test(arguments: attempts) func setRefusesAndLeavesTheFileAlone(_ value: String) throws {
        let text = "INGRESS_MODE=nodeport\nTOS_HOST=nap.acme.com\n"
        var file = ValuesFile(text: text)
        let refused = #expect(throws: BashQuoting.UnsafeValue.self) { try file.set("TOS_HOST", to: value) }
        #expect(refused?.value == value)
        #expect(refused?.reason.isEmpty == false)
        #expect(throws: BashQuoting.UnsafeValue.self) { try file.set("INGRESS_ENTRY", to: value) }
        #expect(file.serialized() == Array(text.utf8))
        #expect(!file.isModified)
    }

    @Test func quotedDangerousCharactersAreInert() throws {
        // Characters that are only dangerous unquoted are written quoted, not refused.
        var file = ValuesFile(text: "K=old\n")
        try file.set("K", to: "\"; touch pwned; \" & | > x < y *")
        #expect(String(decoding: file.serialized(), as: UTF8.self) == "K=\"\\\"; touch pwned; \\\" & | > x < y *\"\n")
    }

    @Test func configReportsTheFieldThatCannotBeWritten() {
        var config = Config()
        config[.tlsCertFile] = "$(touch pwned)"
        var file = ValuesFile(text: "TLS_CERT_FILE=/etc/tls.crt\n")
        #expect {
            try config.apply(to: &file)
        } throws: { error in
            let diagnostics = (error as? ConfigWriteError)?.diagnostics ?? []
            return diagnostics.map(\.code) == ["value.unsafe"] && diagnostics.first?.field == "TLS_CERT_FILE (--tls-cert)"
        }
        #expect(file.serialized() == Array("TLS_CERT_FILE=/etc/tls.crt\n".utf8))
    }
}

extension InjectionTests {
    @Test func anUntouchedValueWithADollarDoesNotBlock() throws {
        var file = ValuesFile(text: "TLS_ISSUER='ClusterIssuer/le$prod'\nTOS_HOST=a.com\n")
        try Config(file: file).apply(to: &file)
        #expect(!file.isModified)
    }
}
