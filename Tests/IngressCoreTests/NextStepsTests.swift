import Testing
@testable import IngressCore

@Suite struct NextStepsTests {
    /// Switching back to NodePorts: the delete line names only kinds the configured controller
    /// uses (kubectl fails the whole command on a type whose CRD is missing), fully qualified.
    @Test func nodePortCleanupNamesOnlyTheControllersKinds() {
        var config = Fixtures.config(controller: .istio)
        config[.ingressMode] = "nodeport"
        let text = NextSteps.markdown(Fixtures.plan(config), manifests: [], notes: ControllerNotes())
        let line = text.split(separator: "\n").first { $0.hasPrefix("kubectl delete ") }.map(String.init) ?? ""
        #expect(line.contains("gateways.networking.istio.io,virtualservices.networking.istio.io,secrets"))
        #expect(!line.contains("httpproxies") && !line.contains("gateway.networking.k8s.io"))
        #expect(line.contains("-l app.kubernetes.io/managed-by=nap-ingress"))
    }

    @Test func certManagerCertificatesAreCleanedUpWhenTheyWereRendered() {
        var config = Fixtures.config(controller: .contour, [.tlsSource: "cert-manager", .tlsIssuer: "ClusterIssuer/le"])
        config[.ingressMode] = "nodeport"
        #expect(NextSteps.resourceTypes(Fixtures.plan(config)) == ["httpproxies.projectcontour.io", "certificates.cert-manager.io", "secrets"])
    }
}
