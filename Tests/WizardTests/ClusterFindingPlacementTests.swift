import IngressCore
import Testing
@testable import Wizard

/// discover's findings go to the step of the answer the core says they inform, never by
/// reading their text: the same placement for every kind of cluster object.
@Suite struct ClusterFindingPlacementTests {
    static func finding(_ subject: FindingSubject) -> Diagnostic { Diagnostic(.warning, "discover.test", subject, "seen.") }

    @Test(arguments: [
        (FindingSubject.cluster("ClusterIssuer letsencrypt-http", concerns: .tlsIssuer), Step.certificates),
        (.cluster("secrets", concerns: DiscoveryKinds.concern(of: "secrets")), .certificates),
        (.cluster("issuers.cert-manager.io", concerns: DiscoveryKinds.concern(of: "issuers.cert-manager.io")), .certificates),
        (.cluster("pods", concerns: DiscoveryKinds.concern(of: "pods")), .turn),
        (.cluster("Service nap/nap-cp", concerns: .namespace), .controllerOptions),
        (.cluster("services", concerns: DiscoveryKinds.concern(of: "services")), .controllerOptions),
        (.cluster("Ingress nap/web", concerns: .controller), .controller),
        (.cluster("ingressclasses.networking.k8s.io", concerns: DiscoveryKinds.concern(of: "ingressclasses.networking.k8s.io")), .controller),
        (.cluster("kubectl"), .controller),
        (.secret(namespace: "nap", name: "nap-tls-cert"), .certificates),
    ])
    func eachFindingGoesToTheStepOfWhatItInforms(_ subject: FindingSubject, _ step: Step) {
        #expect(ClusterView.step(for: Self.finding(subject)) == step)
    }

    @Test func theTextAloneNeverPlacesIt() {
        // A subject that reads like a Secret but informs the controller stays on the controller step.
        #expect(ClusterView.step(for: Self.finding(.cluster("Secret-looking Ingress", concerns: .controller))) == .controller)
    }
}
