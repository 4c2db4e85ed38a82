import Foundation
import Testing
@testable import IngressCore

/// Routing objects that already serve the platform's hosts, judged without kubectl: adopted in
/// place when nap-ingress renders the same object, a conflict worded for the controller otherwise.
@Suite struct RoutingConflictTests {
    let request = DiscoveryRequest(namespace: "nap", secretNamespaces: ["nap"], turnSelector: "app=nap-coturn")

    func config(_ controller: String, _ more: [OwnedKey: String] = [:]) -> Config {
        var values: [OwnedKey: String] = [.ingressMode: "external", .tosHost: "nap.acme.com", .sandboxDomain: "sandbox.nap.acme.com",
                                          .controller: controller, .entry: "203.0.113.10"]
        values.merge(more) { $1 }
        return Config(values: values)
    }

    func report(_ objects: [RoutingObject], _ config: Config) -> DiscoveryReport {
        var snapshot = ClusterSnapshot(serverVersion: "v1.31.0")
        snapshot.resourceTypes = ["services", "pods", "secrets"]
        snapshot.namespaces = ["nap": true]
        snapshot.routingObjects = objects
        return Discovery.report(snapshot, request: request, config: config, now: Date())
    }

    func proxy(_ name: String, _ fqdn: String, namespace: String = "nap", labels: [String: String] = [:]) -> RoutingObject {
        RoutingObject(kind: .httpProxy, apiVersion: "projectcontour.io/v1", namespace: namespace, name: name, labels: labels, hosts: [fqdn])
    }

    @Test func theManualsHTTPProxiesAreAdoptedNotConflicts() {
        let manual = [("nap-main", "nap.acme.com"), ("nap-files", "files.nap.acme.com"), ("nap-browser", "browsers.nap.acme.com"),
                      ("nap-sandbox", "sandbox.nap.acme.com"), ("nap-sandbox-preview", "*.sandbox.nap.acme.com")].map { proxy($0.0, $0.1) }
        let report = report(manual, config("contour"))
        #expect(report.conflicts.map(\.verdict) == Array(repeating: .adopt, count: 5))
        #expect(!report.findings.contains { $0.code == "discover.route-conflict" })
        #expect(report.findings.filter { $0.code == "discover.route-adopted" }.count == 5)
        #expect(report.findings.first { $0.subject == "HTTPProxy nap/nap-browser" }?.message.contains("will be adopted in place") == true)
    }

    @Test func anObjectNapIngressAlreadyManagesIsAdoptedWithoutAFinding() {
        let report = report([proxy("nap-main", "nap.acme.com", labels: ["app.kubernetes.io/managed-by": "nap-ingress"])], config("contour"))
        #expect(report.conflicts.first?.verdict == .adopt)
        #expect(!report.findings.contains { $0.code.hasPrefix("discover.route-") })
    }

    @Test func aSecondRootHTTPProxyIsAnErrorUnderContour() throws {
        let report = report([proxy("nap-browsers", "browsers.nap.acme.com", labels: ["app.kubernetes.io/managed-by": "nap-ingress"])], config("contour"))
        let row = try #require(report.conflicts.first)
        #expect(row.verdict == .conflict)
        #expect(row.command == "kubectl delete httpproxies.projectcontour.io nap-browsers -n nap")
        let finding = try #require(report.findings.first { $0.code == "discover.route-conflict" })
        #expect(finding.severity == "error")
        #expect(finding.message.contains("both stop serving the host"))
        #expect(finding.message.contains("an earlier render made it under a name this one no longer uses"))
    }

    @Test func anIngressNextToContourIsAWarningThatSaysHowContourMerges() throws {
        let ingress = RoutingObject(kind: .ingress, apiVersion: "networking.k8s.io/v1", namespace: "legacy", name: "old", hosts: ["BROWSERS.nap.acme.com."])
        let report = report([ingress], config("contour"))
        let finding = try #require(report.findings.first { $0.code == "discover.route-conflict" })
        #expect(finding.severity == "warning")
        #expect(finding.message.hasPrefix("serves browsers.nap.acme.com"))
        #expect(finding.message.contains("the HTTPProxy's route replaces the Ingress's"))
        #expect(finding.hint?.contains("kubectl delete ingresses.networking.k8s.io old -n legacy") == true)
    }

    @Test func theWordingFollowsTheConfiguredController() throws {
        let ingress = RoutingObject(kind: .ingress, apiVersion: "networking.k8s.io/v1", namespace: "legacy", name: "old", hosts: ["files.nap.acme.com"])
        let nginx = try #require(report([ingress], config("ingress-nginx")).findings.first { $0.code == "discover.route-conflict" })
        #expect(nginx.message.contains("the oldest Ingress wins"))
        let f5 = try #require(report([ingress], config("nginx-inc")).findings.first { $0.code == "discover.route-conflict" })
        #expect(f5.severity == "error")
        let route = RoutingObject(kind: .httpRoute, apiVersion: "gateway.networking.k8s.io/v1", namespace: "web", name: "portal", hosts: ["files.nap.acme.com"])
        let gateway = try #require(report([route], config("gateway-api", [.ingressClass: "eg"])).findings.first { $0.code == "discover.route-conflict" })
        #expect(gateway.message.contains("the oldest Route wins"))
        // Contour does not serve HTTPRoutes through its HTTPProxies: another controller's object.
        let other = try #require(report([route], config("contour")).findings.first { $0.code == "discover.route-conflict" })
        #expect(other.message.contains("does not serve HTTPRoute objects"))
    }

    @Test func aMultiHostIngressIsEditedNotDeletedAndNamesTheOtherHosts() throws {
        let ingress = RoutingObject(kind: .ingress, apiVersion: "networking.k8s.io/v1", namespace: "web", name: "shared",
                                    hosts: ["shop.acme.com", "browsers.nap.acme.com", "blog.acme.com", "api.acme.com", "Docs.acme.com.", "shop.acme.com"])
        let report = report([ingress], config("contour"))
        let row = try #require(report.conflicts.first)
        #expect(row.verdict == .conflict)
        #expect(row.hosts == ["browsers.nap.acme.com"])
        #expect(row.otherHosts == ["shop.acme.com", "blog.acme.com", "api.acme.com", "docs.acme.com"])
        #expect(row.command == "kubectl edit ingresses.networking.k8s.io shared -n web")
        #expect(row.edit == "remove the rule for browsers.nap.acme.com (spec.rules[].host) and the host from spec.tls[].hosts")
        #expect(row.outcome.hasSuffix("It also serves shop.acme.com, blog.acme.com, api.acme.com and 1 more: deleting it would take them down too."))
        let finding = try #require(report.findings.first { $0.code == "discover.route-conflict" })
        #expect(finding.message.contains("It also serves shop.acme.com, blog.acme.com, api.acme.com and 1 more"))
        let hint = try #require(finding.hint)
        #expect(!hint.contains("kubectl delete"))
        #expect(hint.hasPrefix("edit it with `kubectl edit ingresses.networking.k8s.io shared -n web` and remove the rule for browsers.nap.acme.com"))
        let text = DiscoveryReportText.render(report)
        #expect(text.contains("  - edit: kubectl edit ingresses.networking.k8s.io shared -n web, then remove the rule for browsers.nap.acme.com"))
        #expect(!text.contains("kubectl delete"))
    }

    @Test func aSharedGatewayWithSeveralListenersIsEditedListenerByListener() throws {
        let gateway = RoutingObject(kind: .gateway, apiVersion: "gateway.networking.k8s.io/v1", namespace: "infra", name: "public",
                                    hosts: ["files.nap.acme.com", "app.acme.com", "nap.acme.com"])
        let report = report([gateway], config("gateway-api", [.ingressClass: "eg"]))
        let row = try #require(report.conflicts.first)
        #expect(row.verdict == .conflict)
        #expect(row.hosts == ["nap.acme.com", "files.nap.acme.com"])
        #expect(row.otherHosts == ["app.acme.com"])
        #expect(row.command == "kubectl edit gateways.gateway.networking.k8s.io public -n infra")
        #expect(row.edit == "remove the listeners for nap.acme.com and files.nap.acme.com (spec.listeners[].hostname)")
        #expect(report.findings.first { $0.code == "discover.route-conflict" }?.message.contains("It also serves app.acme.com") == true)
    }

    @Test func aGatewayServingOnlyPlatformHostsIsStillEditedBecauseRoutesAttachToIt() throws {
        let gateway = RoutingObject(kind: .istioGateway, apiVersion: "networking.istio.io/v1", namespace: "istio-system", name: "ingress",
                                    hosts: ["files.nap.acme.com"])
        let row = try #require(report([gateway], config("istio")).conflicts.first)
        #expect(row.otherHosts.isEmpty)
        #expect(row.command == "kubectl edit gateways.networking.istio.io ingress -n istio-system")
        #expect(row.edit == "remove files.nap.acme.com from spec.servers[].hosts")
        #expect(row.outcome.contains("It is a Gateway"))
    }

    @Test func anObjectServingOnlyPlatformHostsIsDeletedAsBefore() throws {
        let route = RoutingObject(kind: .httpRoute, apiVersion: "gateway.networking.k8s.io/v1", namespace: "web", name: "portal",
                                  hosts: ["files.nap.acme.com", "browsers.nap.acme.com"])
        let report = report([route], config("gateway-api", [.ingressClass: "eg"]))
        let row = try #require(report.conflicts.first)
        #expect(row.otherHosts.isEmpty)
        #expect(row.edit == nil)
        #expect(row.command == "kubectl delete httproutes.gateway.networking.k8s.io portal -n web")
        #expect(DiscoveryReportText.render(report).contains("  - remove: kubectl delete httproutes.gateway.networking.k8s.io portal -n web"))
    }

    @Test func eachKindNamesThePartToRemove() {
        func part(_ kind: RoutingKind) -> String {
            RoutingObject(kind: kind, apiVersion: "", namespace: "n", name: "x", hosts: []).partToRemove(serving: ["files.nap.acme.com"])
        }
        #expect(part(.httpRoute) == "remove files.nap.acme.com from spec.hostnames")
        #expect(part(.virtualService) == "remove files.nap.acme.com from spec.hosts")
        #expect(part(.ingressRoute).hasPrefix("remove files.nap.acme.com from the Host(...) of spec.routes[].match"))
        #expect(part(.gateway) == "remove the listener for files.nap.acme.com (spec.listeners[].hostname)")
        #expect(RoutingObject.shortList(["a", "b", "c"]) == "a, b, c")
    }

    @Test func objectsForOtherHostsAreNotListed() {
        let report = report([proxy("blog", "blog.acme.com"), proxy("sub", "x.nap.acme.com")], config("contour"))
        #expect(report.conflicts.isEmpty)
    }

    @Test func aDuplicateFqdnStatusIsReportedOnEveryProxyThatCarriesIt() {
        var mine = proxy("nap-main", "nap.acme.com")
        var theirs = proxy("platform", "nap.acme.com", namespace: "legacy")
        let message = "fqdn \"nap.acme.com\" is used in multiple HTTPProxies: legacy/platform, nap/nap-main"
        mine.duplicateFqdnMessage = message
        theirs.duplicateFqdnMessage = message
        let report = report([mine, theirs], config("contour"))
        #expect(report.conflicts.map(\.verdict) == [.conflict, .adopt])
        let duplicate = report.findings.filter { $0.code == "discover.httpproxy-duplicate-fqdn" }
        #expect(duplicate.map(\.subject).sorted() == ["HTTPProxy legacy/platform", "HTTPProxy nap/nap-main"])
        #expect(duplicate.allSatisfy { $0.severity == "error" && $0.message.contains(message) })
    }

    @Test func theRenderedGatewayIsAdoptedAndAnExistingParentIsNotAConflict() {
        let listener = RoutingObject(kind: .gateway, apiVersion: "gateway.networking.k8s.io/v1", namespace: "infra", name: "shared", hosts: ["nap.acme.com"])
        let parent = report([listener], config("gateway-api", [.gatewayName: "shared", .gatewayNamespace: "infra"]))
        #expect(parent.conflicts.isEmpty)
        let other = report([listener], config("gateway-api", [.ingressClass: "eg"]))
        #expect(other.conflicts.first?.verdict == .conflict)
    }

    @Test func withoutAPlanNothingIsCalledAdopted() {
        let report = report([proxy("nap-main", "nap.acme.com")], Config(values: [.tosHost: "nap.acme.com", .controller: "no-such"]))
        #expect(report.conflicts.isEmpty)
        #expect(report.findings.contains { $0.code == "discover.conflicts-unjudged" })
    }

    @Test func traefikMatchesAreReadOnlyInTheirPlainForms() {
        #expect(TraefikMatch.hosts("Host(`nap.acme.com`, `files.nap.acme.com`) && PathPrefix(`/`)").hosts == ["nap.acme.com", "files.nap.acme.com"])
        #expect(TraefikMatch.hosts("HostSNI(`Sandbox.nap.acme.com`)") == (["sandbox.nap.acme.com"], false))
        #expect(TraefikMatch.hosts("Host(\"a.acme.com\")").hosts == ["a.acme.com"])
        #expect(TraefikMatch.hosts("HostRegexp(`^.+\\.nap\\.acme\\.com$`)").unread)
        #expect(TraefikMatch.hosts("Host(`a.acme.com`) || HostRegexp(`{x:.+}`)") == (["a.acme.com"], true))
        #expect(TraefikMatch.hosts("PathPrefix(`/api`)") == ([], false))
    }

    @Test func anUnreadMatchNamingTheDomainIsANote() {
        let route = RoutingObject(kind: .ingressRoute, apiVersion: "traefik.io/v1alpha1", namespace: "web", name: "catch", hosts: [],
                                  unreadMatches: ["HostRegexp(`^.+\\.nap\\.acme\\.com$`)"])
        let report = report([route], config("traefik"))
        #expect(report.findings.first { $0.code == "discover.route-match-unread" }?.message.contains("could not read the match") == true)
    }
}
