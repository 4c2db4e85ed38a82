import Testing
@testable import IngressCore

@Suite struct TURNRuleTests {
    func findings(_ exposure: TURNExposure, _ extra: [OwnedKey: String]) -> [Diagnostic] {
        Validator.validate(TURNFixtures.config(exposure, extra))
    }

    func finding(_ code: String, _ exposure: TURNExposure, _ extra: [OwnedKey: String]) -> Diagnostic? {
        findings(exposure, extra).first { $0.code == code }
    }

    @Test func fixtureConfigsAreCleanApartFromTheirDocumentedWarnings() {
        #expect(findings(.hostport, [:]).isEmpty)
        #expect(findings(.nodeport, [:]).isEmpty)
        #expect(findings(.loadbalancer, [:]).map(\.code) == ["turn.lb-mixed-protocol"])
        #expect(findings(.udproute, [.turnRelayPorts: "49152-49213"]).isEmpty)
    }

    // MARK: ports

    @Test(arguments: ["0", "65536", "abc", ""])
    func portMustBeAPort(_ port: String) {
        #expect(finding("turn.port-invalid", .hostport, [.turnPort: port])?.severity == .error)
    }

    @Test(arguments: ["49152-", "0-10", "1-70000", "a-b", "1-2-3"])
    func relayMustBeARange(_ relay: String) {
        #expect(finding("turn.relay-invalid", .hostport, [.turnRelayPorts: relay])?.severity == .error)
    }

    @Test func relayMinAboveMaxIsNamed() throws {
        let d = try #require(finding("turn.relay-order", .hostport, [.turnRelayPorts: "49252-49152"]))
        #expect(d.severity == .error && d.commandLineHint?.contains("49152-49252") == true)
    }

    @Test func listenerInsideRelayRange() {
        #expect(finding("turn.port-in-relay", .hostport, [.turnPort: "49200"])?.severity == .error)
        #expect(finding("turn.port-in-relay", .hostport, [.turnPort: "49253"]) == nil)
    }

    @Test func smallRelayRangeIsACapacityWarning() throws {
        let d = try #require(finding("turn.relay-small", .hostport, [.turnRelayPorts: "49152-49170"]))
        #expect(d.severity == .warning && d.message.contains("19"))
        #expect(finding("turn.relay-small", .hostport, [.turnRelayPorts: "49152-49171"]) == nil, "20 ports are enough")
    }

    // MARK: external address

    @Test func externalIPMustBeAnAddress() {
        #expect(finding("turn.external-ip-invalid", .hostport, [.turnExternalIP: "turn.acme.com"])?.severity == .error)
        #expect(finding("turn.external-ip-invalid", .hostport, [.turnExternalIP: "2001:db8::20"]) == nil)
    }

    @Test(arguments: TURNExposure.allCases)
    func emptyExternalIPIsWarned(_ exposure: TURNExposure) {
        #expect(finding("turn.external-ip-missing", exposure, [.turnExternalIP: ""])?.severity == .warning)
    }

    @Test func privateExternalIPWarnedOnlyForAPublicDomain() {
        #expect(finding("turn.external-ip-private", .hostport, [.turnExternalIP: "10.0.0.5"])?.severity == .warning)
        #expect(finding("turn.external-ip-private", .hostport, [.turnExternalIP: "fd00::5"])?.severity == .warning)
        var lab = TURNFixtures.config(.hostport, [.turnExternalIP: "10.0.0.5"])
        lab.setMainDomain("nap.acme.internal")
        #expect(!TURNFixtures.codes(lab).contains("turn.external-ip-private"), "a lab domain may use a private address")
        lab.setMainDomain("nap.office.lan")
        #expect(!TURNFixtures.codes(lab).contains("turn.external-ip-private"))
    }

    // MARK: nodeport

    @Test func nodePortOutsideTheRangeOffersBothWaysOut() throws {
        let d = try #require(finding("turn.nodeport-range", .nodeport, [.turnPort: "3478", .turnRelayPorts: "49152-49252"]))
        #expect(d.severity == .error)
        #expect(d.message.contains("3478 and 49152-49252"))
        let hint = try #require(d.commandLineHint)
        #expect(hint.contains("service-node-port-range") && hint.contains("managed clusters"))
        #expect(hint.contains("--turn-port 32666 --turn-relay-ports 32667-32767") && hint.contains("min-port"))
    }

    @Test func clusterWithAnotherNodePortRange() {
        let wide: [OwnedKey: String] = [.turnPort: "3478", .turnRelayPorts: "49152-49252", .nodePortRange: "3000-50000"]
        #expect(finding("turn.nodeport-range", .nodeport, wide) == nil)
        #expect(finding("turn.nodeport-range", .nodeport, [.nodePortRange: "20000-30000"]) != nil)
        #expect(finding("nodeport.range-invalid", .nodeport, [.nodePortRange: "32767-30000"])?.severity == .error)
    }

    @Test func nodePortRangeTooNarrowForTheRelaysSaysNarrow() throws {
        let d = try #require(finding("turn.nodeport-range", .nodeport, [.nodePortRange: "32700-32767", .turnPort: "3478", .turnRelayPorts: "49152-49252"]))
        #expect(d.commandLineHint?.contains("narrow the relay range") == true)
    }

    @Test func platformNodePortsFollowTheClusterRange() {
        #expect(finding("nodeport.range", .hostport, [.nodePortRange: "31000-32767"])?.field == OwnedKey.tosNodePort.fieldName)
        #expect(finding("nodeport.range", .hostport, [.nodePortRange: "20000-40000"]) == nil)
    }

    @Test func nodePortTakenByThePlatform() {
        #expect(finding("turn.nodeport-conflict", .nodeport, [.turnPort: "32000", .turnRelayPorts: "30300-30320"])?.severity == .error)
        #expect(finding("turn.nodeport-conflict", .hostport, [.turnPort: "32000", .turnRelayPorts: "30300-30320"]) == nil)
    }

    // MARK: loadbalancer

    @Test func unknownProviderListsTheValidOnes() {
        let d = finding("enum.invalid", .loadbalancer, [.turnLBProvider: "gcp"])
        #expect(d?.severity == .error && d?.field == OwnedKey.turnLBProvider.fieldName && d?.message.contains("aws-nlb") == true)
    }

    @Test func mixedProtocolsAreWarned() throws {
        let d = try #require(finding("turn.lb-mixed-protocol", .loadbalancer, [:]))
        #expect(d.severity == .warning && d.message.contains("1.26"))
        #expect(finding("turn.lb-mixed-protocol", .hostport, [:]) == nil)
    }

    @Test func awsNLBListenerQuota() throws {
        let d = try #require(finding("turn.nlb-listeners", .loadbalancer, [.turnLBProvider: "aws-nlb"]))
        #expect(d.severity == .error && d.message.contains("102 listeners"))
        #expect(d.commandLineHint?.contains("--turn-relay-ports 49152-49200") == true && d.commandLineHint?.contains("49 relayed sessions") == true)
        #expect(finding("turn.nlb-listeners", .loadbalancer, [.turnLBProvider: "aws-nlb", .turnRelayPorts: "49152-49200"]) == nil)
        #expect(finding("turn.nlb-listeners", .loadbalancer, [.turnLBProvider: "metallb"]) == nil)
    }

    @Test func fixedAddressChecks() {
        #expect(finding("turn.lb-address-invalid", .loadbalancer, [.turnLBAddress: "lb.acme.com"])?.severity == .error)
        #expect(finding("turn.lb-address-aws", .loadbalancer, [.turnLBProvider: "aws-nlb", .turnRelayPorts: "49152-49200", .turnLBAddress: "203.0.113.20"])?.severity == .error)
        #expect(finding("turn.lb-address-mismatch", .loadbalancer, [.turnLBAddress: "203.0.113.30"])?.severity == .warning)
        #expect(finding("turn.lb-address-mismatch", .loadbalancer, [.turnLBAddress: "203.0.113.20"]) == nil)
    }

    // MARK: udproute

    @Test func udpRouteNeedsAGatewayClass() {
        #expect(finding("turn.gateway-class-missing", .udproute, [.turnGatewayClass: ""])?.severity == .error)
        #expect(finding("turn.gateway-class-invalid", .udproute, [.turnGatewayClass: "Envoy_GW"])?.severity == .error)
    }

    @Test(arguments: [("contour", "turn.udproute-no-udp"), ("istio", "turn.udproute-no-udp"), ("traefik", "turn.udproute-unreleased"), ("acme-l4", "turn.udproute-support")])
    func classesWithoutUDPAreWarned(_ gatewayClass: String, _ code: String) throws {
        let d = try #require(finding(code, .udproute, [.turnGatewayClass: gatewayClass]))
        #expect(d.severity == .warning)
    }

    @Test(arguments: ["eg", "envoy-gateway", "nginx"])
    func classesWithUDPAreNotWarned(_ gatewayClass: String) {
        let codes = findings(.udproute, [.turnGatewayClass: gatewayClass, .turnRelayPorts: "49152-49213"]).map(\.code)
        #expect(codes.isEmpty, "\(codes)")
    }

    @Test func moreThan64ListenersSplitsAndSuggestsNarrowing() throws {
        let d = try #require(finding("turn.gateway-split", .udproute, [:]))
        #expect(d.severity == .warning && d.message.contains("103 listeners") && d.message.contains("2 Gateways"))
        #expect(d.commandLineHint?.contains("--turn-relay-ports 49152-49213") == true)
        #expect(finding("turn.gateway-split", .udproute, [.turnRelayPorts: "49152-49213"]) == nil)
    }

    // MARK: selector and annotations

    @Test(arguments: ["", "app", "app=a b", "-x=y", "a/b/c=d"])
    func selectorMustBeLabels(_ selector: String) {
        #expect(finding("turn.selector-invalid", .loadbalancer, [.turnSelector: selector])?.severity == .error)
    }

    @Test func annotationsMustBeKeyValue() {
        #expect(finding("turn.annotation-invalid", .loadbalancer, [.turnServiceAnnotations: "no-equals"])?.severity == .error)
        #expect(finding("turn.annotation-invalid", .loadbalancer, [.turnServiceAnnotations: "a.io/x=1;b=two words"]) == nil)
    }

    @Test func everyTURNFindingNamesItsFieldAndHowToFixIt() {
        let configs: [Config] = [
            TURNFixtures.config(.nodeport, [.turnPort: "3478", .turnRelayPorts: "49152-49160", .turnExternalIP: ""]),
            TURNFixtures.config(.loadbalancer, [.turnLBProvider: "aws-nlb", .turnLBAddress: "x"]),
            TURNFixtures.config(.udproute, [.turnGatewayClass: "contour", .turnSelector: ""]),
        ]
        for d in configs.flatMap(Validator.validate) where d.code.hasPrefix("turn.") {
            #expect(d.commandLineHint?.isEmpty == false, "\(d.code) has no hint")
            #expect(OwnedKey.allCases.contains { $0.fieldName == d.field }, "\(d.code)")
        }
    }
}
