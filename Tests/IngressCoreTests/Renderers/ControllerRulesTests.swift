import Testing
@testable import IngressCore

/// The controller-dependent findings `check` reports.
@Suite struct ControllerRulesTests {
    func codes(_ controller: IngressControllerKind, _ extra: [OwnedKey: String] = [:]) -> [String] {
        Validator.validate(Fixtures.config(controller: controller, extra)).map(\.code)
    }

    func finding(_ code: String, _ controller: IngressControllerKind, _ extra: [OwnedKey: String] = [:]) -> Diagnostic? {
        Validator.validate(Fixtures.config(controller: controller, extra)).first { $0.code == code }
    }

    @Test func ingressNginxIsReportedAsRetired() throws {
        let d = try #require(finding("controller.ingress-nginx-retired", .ingressNginx))
        #expect(d.severity == .warning)
        #expect(d.commandLineHint?.contains("gateway-api") == true)
        #expect(!codes(.nginxInc).contains("controller.ingress-nginx-retired"))
        var nodeport = Fixtures.config(controller: .ingressNginx)
        nodeport[.ingressMode] = "nodeport"
        #expect(!Validator.validate(nodeport).contains { $0.code == "controller.ingress-nginx-retired" })
    }

    @Test func genericIngressWarnsThatTimeoutsAreTheOperators() {
        #expect(finding("controller.timeouts-unmanaged", .ingress)?.severity == .warning)
        #expect(finding("controller.timeouts-unmanaged", .ingress, [.ingressAnnotations: "haproxy.org/timeout-tunnel=1h"]) == nil)
        #expect(finding("controller.timeouts-unmanaged", .contour) == nil)
    }

    @Test(arguments: ["no-equals-sign", "=value", "bad key=1", "a/b/c=1", "Example.com/x=1", "x/-bad=1"])
    func malformedAnnotationsAreErrors(_ raw: String) {
        #expect(finding("annotations.invalid", .ingress, [.ingressAnnotations: raw])?.severity == .error, "\(raw)")
    }

    @Test func annotationDuplicatesAndClassAnnotationAreErrors() {
        #expect(codes(.ingress, [.ingressAnnotations: "a.io/x=1;a.io/x=2"]).contains("annotations.duplicate"))
        #expect(codes(.ingress, [.ingressAnnotations: "kubernetes.io/ingress.class=nginx"]).contains("annotations.class-conflict"))
        #expect(!Validator.validate(Fixtures.config(controller: .ingress, [.ingressAnnotations: "haproxy.org/timeout-tunnel=1h;x=a=b"])).hasErrors)
    }

    @Test func annotationsForAnotherControllerAreIgnoredWithAWarning() {
        #expect(finding("annotations.ignored", .traefik, [.ingressAnnotations: "a.io/x=1"])?.severity == .warning)
    }

    @Test(arguments: ["", "istio", "istio=", "=x", "istio=ingress gateway", "istio=a,istio=b", "-x=1"])
    func badIstioSelectorsAreErrors(_ raw: String) {
        let found = Validator.validate(Fixtures.config(controller: .istio, [.istioGatewaySelector: raw]))
        #expect(found.contains { $0.code.hasPrefix("istio.selector-") && $0.severity == .error } == (raw != "istio="), "\(raw)")
    }

    @Test func istioSelectorWithSeveralLabelsIsValid() {
        #expect(!Validator.validate(Fixtures.config(controller: .istio, [.istioGatewaySelector: "istio=ingress, app.kubernetes.io/name=edge"])).hasErrors)
        #expect(finding("istio.selector-invalid", .contour, [.istioGatewaySelector: "nonsense"]) == nil)
    }

    @Test func gatewayAPINeedsAClassUnlessAttachingToAnExistingGateway() {
        #expect(finding("controller.gateway-class-missing", .gatewayAPI)?.severity == .error)
        #expect(finding("controller.gateway-class-missing", .gatewayAPI, [.ingressClass: "eg"]) == nil)
        #expect(finding("controller.gateway-class-missing", .gatewayAPI, [.gatewayName: "shared"]) == nil)
        #expect(finding("controller.class-ignored", .gatewayAPI, [.gatewayName: "shared", .ingressClass: "eg"])?.severity == .warning)
        #expect(finding("controller.class-ignored", .istio, [.ingressClass: "istio"])?.severity == .warning)
        #expect(finding("controller.class-ignored", .traefik, [.ingressClass: "traefik"]) == nil)
    }

    @Test func gatewayNameAndNamespaceAreValidated() {
        #expect(finding("gateway.name-invalid", .gatewayAPI, [.gatewayName: "Shared_GW"])?.severity == .error)
        #expect(finding("gateway.name-invalid", .gatewayAPI, [.gatewayName: "shared.gw"]) == nil)
        #expect(finding("namespace.invalid", .gatewayAPI, [.gatewayName: "shared", .gatewayNamespace: "Infra"])?.severity == .error)
        #expect(finding("gateway.options-ignored", .contour, [.gatewayName: "shared"])?.severity == .warning)
    }

    @Test(arguments: [("3.6", nil), ("v3.6.2", nil), ("3", nil), ("3.x", "controller.version-invalid"), ("latest", "controller.version-invalid"),
                      ("2.11", "controller.version-unsupported"), ("4.0", "controller.version-unsupported")] as [(String, String?)])
    func traefikVersionFormat(raw: String, code: String?) {
        let found = Validator.validate(Fixtures.config(controller: .traefik, [.controllerVersion: raw])).filter { $0.code.hasPrefix("controller.version") }
        #expect(found.map(\.code) == (code.map { [$0] } ?? []), "\(raw)")
    }

    @Test func anUnsupportedTraefikIsToldTheWayThatFits() {
        #expect(finding("controller.version-unsupported", .traefik, [.controllerVersion: "2.11"])?.commandLineHint?.hasPrefix("upgrade Traefik to v3") == true)
        #expect(finding("controller.version-unsupported", .traefik, [.controllerVersion: "4.0"])?.commandLineHint?.contains("--controller gateway-api") == true,
                "a newer Traefik is not told to upgrade to v3")
    }

    @Test func versionForAnotherControllerIsIgnoredWithAWarning() {
        #expect(finding("controller.version-ignored", .contour, [.controllerVersion: "1.30"])?.severity == .warning)
    }

    @Test func traefikWildcardHostStartsAt37() {
        func modern(_ v: String?) -> Bool {
            Fixtures.plan(Fixtures.config(controller: .traefik, v.map { [.controllerVersion: $0] } ?? [:])).options.traefikMatchesWildcardHost
        }
        #expect(modern(nil) && modern("3.7") && modern("v3.7.0") && modern("3.10"))
        #expect(!modern("3.6.9") && !modern("3") && !modern("v3.0"))
    }

    @Test func everyControllerCaseIsValid() {
        for c in ControllerCase.all {
            #expect(!Validator.validate(c.config).hasErrors, "\(c.testDescription)")
        }
    }
}
