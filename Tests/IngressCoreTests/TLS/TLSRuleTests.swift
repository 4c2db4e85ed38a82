import Testing
@testable import IngressCore

@Suite struct TLSRuleTests {
    func codes(_ values: [OwnedKey: String]) -> [String] {
        TLSRule().check(Fixtures.config(values)).map(\.code)
    }

    @Test func certManagerNeedsAWellFormedIssuer() {
        #expect(codes([.tlsSource: "cert-manager"]) == ["tls.issuer-invalid"])
        #expect(codes([.tlsSource: "cert-manager", .tlsIssuer: "Issuer"]) == ["tls.issuer-invalid"])
        #expect(codes([.tlsSource: "cert-manager", .tlsIssuer: "ClusterIssuers/x"]) == ["tls.issuer-invalid"])
        #expect(codes([.tlsSource: "cert-manager", .tlsIssuer: "ClusterIssuer/Bad_Name"]) == ["tls.issuer-invalid"])
    }

    @Test func certManagerForTheWildcardWarnsAboutDNS01() {
        let found = TLSRule().check(Fixtures.config([.tlsSource: "cert-manager", .tlsIssuer: "ClusterIssuer/letsencrypt"]))
        #expect(found.map(\.code) == ["tls.wildcard-needs-dns01"])
        #expect(found.first?.severity == .warning)
        #expect(codes([.tlsSource: "cert-manager", .sandboxTLSSource: "files", .tlsIssuer: "Issuer/le",
                       .sandboxTLSCertFile: "a", .sandboxTLSKeyFile: "b"]).isEmpty)
    }

    @Test func filesNeedBothPaths() {
        let found = TLSRule().check(Fixtures.config([.tlsSource: "files", .sandboxTLSSource: "existing", .tlsCertFile: "a.pem"]))
        #expect(found.map(\.code) == ["tls.file-missing"])
        #expect(found.first?.field == OwnedKey.tlsKeyFile.fieldName)
        #expect(codes([.tlsSource: "existing", .sandboxTLSSource: "files"]) == ["tls.file-missing", "tls.file-missing"])
        #expect(codes([.tlsSource: "files", .tlsCertFile: "a", .tlsKeyFile: "b"]) == ["tls.file-missing", "tls.file-missing"],
                "an empty SANDBOX_TLS_SOURCE follows TLS_SOURCE")
    }
}
