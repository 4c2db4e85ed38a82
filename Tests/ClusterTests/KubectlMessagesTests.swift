import Testing
@testable import Cluster

/// kubectl's error lines, as the real kubectl prints them for the API server's Status answers.
@Suite struct KubectlMessagesTests {
    @Test(arguments: [
        (#"Error from server (Forbidden): secrets is forbidden: User "dev" cannot list resource "secrets" in API group "" at the cluster scope"#, "secrets"),
        (#"Error from server (Forbidden): issuers.cert-manager.io is forbidden: User "dev" cannot list resource "issuers" in API group "cert-manager.io" in the namespace "nap""#, "issuers.cert-manager.io"),
        (#"Error from server (Forbidden): secrets "nap-tls-cert" is forbidden: User "system:serviceaccount:ci:reader" cannot get resource "secrets" in API group "" in the namespace "nap""#, "secrets"),
    ])
    func forbiddenNamesTheResourceType(_ line: String, _ type: String) {
        #expect(KubectlMessages.forbiddenType(line) == type)
    }

    @Test func otherLinesAreNotForbidden() {
        #expect(KubectlMessages.forbiddenType(#"Error from server (NotFound): secrets "nap-tls-cert" not found"#) == nil)
        #expect(KubectlMessages.missingNamespace(#"Error from server (NotFound): namespaces "nap-prod" not found"#) == "nap-prod")
        #expect(KubectlMessages.missingNamespace(#"Error from server (NotFound): Unable to list "/v1, Resource=pods": namespaces "nap" not found"#) == "nap")
        #expect(KubectlMessages.missingNamespace(#"Error from server (NotFound): secrets "nap-tls-cert" not found"#) == nil)
    }

    @Test func connectionFailuresAreRecognised() {
        #expect(KubectlMessages.isConnectionFailure("The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?"))
        #expect(KubectlMessages.isConnectionFailure(#"Unable to connect to the server: dial tcp 10.0.0.1:443: i/o timeout"#))
        #expect(!KubectlMessages.isConnectionFailure(#"Error from server (Forbidden): secrets is forbidden"#))
    }
}
