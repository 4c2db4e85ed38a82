import Testing
@testable import IngressCore

@Suite struct TURNNextStepsTests {
    @Test(arguments: TURNExposure.allCases)
    func golden(_ exposure: TURNExposure) {
        Golden.assert(NextSteps.turnSection(TURNFixtures.plan(exposure)), named: "turn/next-steps/\(exposure.rawValue).md")
    }

    @Test func renderedFilesAreToldToBeAppliedAndCoturnToAgree() {
        let text = NextSteps.turnSection(TURNFixtures.plan(.udproute))
        #expect(text.contains("kubectl apply -f turn-service.yaml -f turn-gateway.yaml -f turn-routes.yaml"))
        #expect(text.contains("`min-port=49152`, `max-port=49252`, `external-ip=203.0.113.20`"))
        #expect(text.contains("2 Gateways"))
    }

    @Test func hostPortRendersNothingAndSaysWhereToOpen() {
        let text = NextSteps.turnSection(TURNFixtures.plan(.hostport, [.turnExternalIP: ""]))
        #expect(!text.contains("kubectl apply"))
        #expect(text.contains("TURN_EXTERNAL_IP is still empty"))
    }

    @Test func nodePortModeCleanupKeepsTheTURNService() {
        let text = NextSteps.markdown(Fixtures.plan(TURNFixtures.config(.loadbalancer, [.ingressMode: "nodeport"])), manifests: [], notes: ControllerNotes())
        #expect(text.contains("app.kubernetes.io/component!=turn"))
    }
}
