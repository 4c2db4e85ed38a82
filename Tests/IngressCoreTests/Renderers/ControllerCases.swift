import Testing
@testable import IngressCore

/// Every controller with each of its options, as the golden and semantic tests render them.
struct ControllerCase: CustomTestStringConvertible, Sendable {
    var controller: IngressControllerKind
    var name: String
    var domain: String
    var options: [OwnedKey: String]

    var testDescription: String { "\(controller.rawValue)/\(name)" }

    var config: Config { Fixtures.config(domain: domain, controller: controller, options) }
    var plan: Plan { Fixtures.plan(config) }

    static func apexAndSubdomain(_ controller: IngressControllerKind, _ options: [OwnedKey: String] = [:]) -> [ControllerCase] {
        [ControllerCase(controller: controller, name: "apex", domain: "acme.com", options: options),
         ControllerCase(controller: controller, name: "subdomain", domain: "nap.acme.com", options: options)]
    }

    static func option(_ controller: IngressControllerKind, _ name: String, _ options: [OwnedKey: String]) -> ControllerCase {
        ControllerCase(controller: controller, name: name, domain: "nap.acme.com", options: options)
    }

    static let gatewayClass: [OwnedKey: String] = [.ingressClass: "eg"]

    /// Every controller but Contour (tested on its own): apex, subdomain, and one case per option.
    static let all: [ControllerCase] =
        apexAndSubdomain(.ingressNginx) + [option(.ingressNginx, "class", [.ingressClass: "nginx-public"])]
        + apexAndSubdomain(.nginxInc) + [option(.nginxInc, "class", [.ingressClass: "nginx-plus"])]
        + apexAndSubdomain(.traefik) + [
            option(.traefik, "class", [.ingressClass: "traefik-public"]),
            option(.traefik, "v3.6", [.controllerVersion: "3.6", .ingressClass: "traefik-public"]),
        ]
        + apexAndSubdomain(.istio) + [
            option(.istio, "gateway-workload", [.istioGatewayNamespace: "istio-ingress", .istioGatewaySelector: "istio=ingress,app=edge"]),
            option(.istio, "same-namespace", [.istioGatewayNamespace: "nap"]),
        ]
        + apexAndSubdomain(.gatewayAPI, gatewayClass) + [
            option(.gatewayAPI, "gateway-namespace", [.ingressClass: "eg", .gatewayNamespace: "gateways"]),
            option(.gatewayAPI, "existing", [.gatewayName: "shared"]),
            option(.gatewayAPI, "existing-other-namespace", [.gatewayName: "shared", .gatewayNamespace: "infra"]),
        ]
        + apexAndSubdomain(.ingress) + [
            option(.ingress, "class-annotations", [.ingressClass: "haproxy",
                                                   .ingressAnnotations: "haproxy.org/timeout-tunnel=1h;haproxy.org/timeout-server=1h"]),
        ]
        + apexAndSubdomain(.haproxy) + [option(.haproxy, "class", [.ingressClass: "haproxy-public"])]
}
