import Testing
@testable import IngressCore

/// The controller descriptor is the one place a controller is described: these facts are what
/// validation, NEXT-STEPS.md, `discover` and `verify` rely on.
@Suite struct ControllerDescriptorTests {
    @Test(arguments: IngressControllerKind.allCases)
    func describesItselfAndRendersWithItsOwnRenderer(_ kind: IngressControllerKind) {
        let descriptor = kind.descriptor
        #expect(descriptor.id == kind)
        #expect(descriptor.renderer.controller == kind)
        #expect(!descriptor.displayName.isEmpty && !descriptor.longLivedRoutes.isEmpty && !descriptor.minimumVersion.isEmpty)
        // kubectl refuses a short name that two API groups share (Istio's and Gateway API's `gateway`).
        for kind in descriptor.resourceKinds { #expect(kind.split(separator: ".").count >= 3, "\(kind) is not fully qualified") }
        for crd in descriptor.signature.crds { #expect(crd.split(separator: ".").count >= 3, "\(crd) is not a CRD name") }
        // Options are controller options only: the platform's own keys apply to every controller.
        for option in descriptor.options { #expect(![.namespace, .controller, .tosHost].contains(option.key)) }
    }

    @Test func istioSecretsLiveInTheGatewayNamespaceAndOthersInThePlatformOne() {
        let config = Fixtures.config(domain: "nap.acme.com", controller: .istio, [.istioGatewayNamespace: "istio-ingress"])
        #expect(IngressControllerKind.istio.descriptor.secretNamespace(config) == "istio-ingress")
        #expect(Fixtures.plan(config).tls.allSatisfy { $0.namespace == "istio-ingress" })
        for kind in IngressControllerKind.allCases where kind != .istio {
            let other = Fixtures.config(domain: "nap.acme.com", controller: kind, [.istioGatewayNamespace: "istio-ingress"])
            #expect(kind.descriptor.secretNamespace(other) == "nap", "\(kind)")
        }
    }

    @Test func ingressClassControllersRevealTheController() {
        func owner(_ controller: String) -> [IngressControllerKind] {
            IngressControllerKind.allCases.filter { $0.descriptor.signature.serves(ingressClassController: controller) }
        }
        #expect(owner("k8s.io/ingress-nginx") == [.ingressNginx])
        #expect(owner("nginx.org/ingress-controller") == [.nginxInc])
        #expect(owner("traefik.io/ingress-controller") == [.traefik])
        #expect(owner("istio.io/ingress-controller") == [.istio])
        #expect(owner("projectcontour.io/ingress-controller") == [.contour])
        #expect(owner("example.com/ingress-controller").isEmpty)
        // Contour picks its Ingresses by class name, not by spec.controller.
        #expect(IngressControllerKind.contour.descriptor.signature.ingressClassName == "contour")
    }

    @Test func gatewayClassControllersNameTheImplementation() {
        #expect(GatewayImplementation.named(controllerName: "gateway.envoyproxy.io/gatewayclass-controller")?.defaultIdleTimeout.seconds == 15)
        #expect(GatewayImplementation.named(controllerName: "io.cilium/gateway-controller")?.name == "Cilium")
        #expect(GatewayImplementation.named(controllerName: "istio.io/gateway-controller")?.defaultIdleTimeout.seconds == nil)
        #expect(GatewayImplementation.named(controllerName: "example.com/gateway") == nil)
        #expect(IngressControllerKind.gatewayAPI.descriptor.signature.gatewayClassControllers.contains("gateway.nginx.org/nginx-gateway-controller"))
    }

    @Test func placeholderCertificatesAreTheOnesControllersServe() {
        let nginx = IngressControllerKind.ingressNginx.descriptor.placeholderCertificate
        #expect(nginx?.matches(subject: "Kubernetes Ingress Controller Fake Certificate", issuer: nil) == true)
        #expect(nginx?.matches(subject: "nap.acme.com", issuer: "R11") == false)
        #expect(IngressControllerKind.traefik.descriptor.placeholderCertificate?.matches(subject: "TRAEFIK DEFAULT CERT", issuer: nil) == true)
    }

    @Test func f5NginxRefusesTheHandshakeInsteadOfServingAPlaceholder() {
        let nginxInc = IngressControllerKind.nginxInc.descriptor
        #expect(nginxInc.placeholderCertificate == nil)
        #expect(nginxInc.handshakeRejection?.alert == "unrecognized_name")
        // The controllers that serve a placeholder certificate do not also claim to refuse.
        #expect(ControllerDescriptor.all.filter { $0.handshakeRejection != nil }.map(\.id) == [.nginxInc])
    }

    @Test func idleTimeoutsAreTheControllersDefaults() {
        #expect(IngressControllerKind.ingressNginx.descriptor.defaultIdleTimeout.seconds == 60)
        #expect(IngressControllerKind.contour.descriptor.defaultIdleTimeout.seconds == 15)
        #expect(IngressControllerKind.istio.descriptor.defaultIdleTimeout.seconds == nil)
    }

    @Test func onlyTraefiksOutputDependsOnTheVersion() {
        #expect(IngressControllerKind.allCases.filter { $0.descriptor.versionMatters } == [.traefik])
        #expect(ControllerDescriptor.idList.hasPrefix("contour, ingress-nginx, "))
        #expect(ControllerDescriptor.idList.hasSuffix(", gateway-api, haproxy or ingress"))
    }
}
