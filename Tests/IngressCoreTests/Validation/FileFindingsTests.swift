import Testing
@testable import IngressCore

/// Findings about values.env itself, and how they combine with the answers' findings.
@Suite struct FileFindingsTests {
    @Test func crlfFilesAreWarnedBecauseBashKeepsTheCarriageReturn() {
        let crlf = Validator.validate(file: ValuesFile(text: "INGRESS_MODE=nodeport\r\n"), path: "values.env")
        #expect(crlf.map(\.code) == ["values.crlf"])
        #expect(crlf.first?.severity == .warning)
        #expect(Validator.validate(file: ValuesFile(text: "INGRESS_MODE=nodeport\n"), path: "values.env").isEmpty)
    }

    @Test func aStatementLeftOpenSaysBashStopsReading() {
        let findings = Validator.validate(file: ValuesFile(text: "A=1\nB='never closed\nTOS_HOST=x\n"), path: "values.env")
        let open = findings.first { $0.code == "values.unreadable-owned-line" }
        #expect(open?.message.contains("bash stops reading values.env here") == true)
        #expect(open?.message.contains("NAP_NAMESPACE") == false, "not a list of every owned key")
    }

    @Test func unsafeValuesAreReportedWithEveryOtherFinding() throws {
        let workspace = Workspace(valuesPath: "values.env", original: nil, file: ValuesFile(text: ValuesTemplate.text))
        var config = workspace.config
        config[.tlsSource] = "files"
        config[.tlsCertFile] = "$(touch pwned)"
        guard case .failure(let failure) = workspace.updatedFile(with: config) else {
            Issue.record("an unsafe value must block writing")
            return
        }
        let codes = failure.diagnostics.map(\.code)
        #expect(codes.contains("value.unsafe"))
        #expect(codes.contains("tls.file-missing"), "the missing key file is reported in the same run: \(codes)")
    }
}
