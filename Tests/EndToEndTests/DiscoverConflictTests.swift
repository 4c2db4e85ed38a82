import Foundation
import Testing

/// discover against clusters where routing objects already serve the platform's hosts: the
/// manual's hand-made HTTPProxies, an Ingress and another team's HTTPRoute next to Contour, and
/// HTTPProxies Contour marked invalid for a shared fqdn. The real kubectl, the stand-in server.
extension DiscoverTests {
    static let contourValues = externalValues + "INGRESS_CONTROLLER=contour\nINGRESS_ENTRY=192.0.2.20\n"

    @Test(.enabled(if: kubectlInstalled)) func theManualsHandMadeHTTPProxiesAreAdoptedInPlace() throws {
        let run = try discover("contour-manual", values: Self.contourValues)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let rows = run.list("conflicts")
        #expect(rows.map { $0["name"] as? String } == ["nap-browser", "nap-files", "nap-main", "nap-sandbox", "nap-sandbox-preview"])
        #expect(rows.allSatisfy { $0["verdict"] as? String == "adopt" && $0["kind"] as? String == "HTTPProxy" && $0["apiVersion"] as? String == "projectcontour.io/v1" })
        #expect(rows.first { $0["name"] as? String == "nap-sandbox-preview" }?["hosts"] as? [String] == ["*.sandbox.nap.acme.com"])
        #expect(!run.findingCodes.contains("discover.route-conflict"))
        #expect(run.findingCodes.filter { $0 == "discover.route-adopted" }.count == 5)
        // One batched list call reads the routing kinds with the rest; no call per object.
        let batched = run.server.kubectlCalls.filter { $0.contains { $0.contains("httpproxies.projectcontour.io") } }
        #expect(batched.count == 1)
        #expect(run.server.requests.allSatisfy { $0.hasPrefix("GET ") })

        let text = try discover("contour-manual", values: Self.contourValues, format: "text").result.stdout
        #expect(text.contains("Routing objects serving the platform's hosts"))
        #expect(text.contains("adopt    HTTPProxy nap/nap-browser  browsers.nap.acme.com: will be adopted in place"), "\(text)")
        #expect(text.contains("note[discover.route-adopted] HTTPProxy nap/nap-main: serves nap.acme.com and has the kind, namespace and name nap-ingress renders"))
    }

    @Test(.enabled(if: kubectlInstalled)) func anIngressAndAnotherTeamsHTTPRouteNextToContourAreConflicts() throws {
        let run = try discover("contour-conflicts", values: Self.contourValues)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let rows = run.list("conflicts")
        #expect(rows.map { "\($0["kind"] as? String ?? "") \($0["namespace"] as? String ?? "")/\($0["name"] as? String ?? "")" }
                == ["Ingress legacy/remote-browsers", "HTTPRoute web/files-portal"])
        #expect(rows.allSatisfy { $0["verdict"] as? String == "conflict" })
        let ingress = try #require(rows.first)
        #expect(ingress["hosts"] as? [String] == ["browsers.nap.acme.com"])
        #expect(ingress["command"] as? String == "kubectl delete ingresses.networking.k8s.io remote-browsers -n legacy")
        let route = try #require(rows.last)
        #expect(route["apiVersion"] as? String == "gateway.networking.k8s.io/v1")
        #expect(route["command"] as? String == "kubectl delete httproutes.gateway.networking.k8s.io files-portal -n web")
        let findings = run.list("findings").filter { $0["code"] as? String == "discover.route-conflict" }
        #expect(findings.map { $0["subject"] as? String } .compactMap { $0 }.sorted() == ["HTTPRoute web/files-portal", "Ingress legacy/remote-browsers"])
        let ingressFinding = try #require(findings.first { $0["subject"] as? String == "Ingress legacy/remote-browsers" })
        #expect(ingressFinding["severity"] as? String == "warning")
        #expect(String(describing: ingressFinding["message"] ?? "").contains("Contour adds the Ingress's rules to the host's virtual host"))
        #expect(String(describing: ingressFinding["message"] ?? "").hasPrefix("serves browsers.nap.acme.com (class contour), which nap-ingress's Contour (HTTPProxy) objects serve too"))
        #expect(String(describing: ingressFinding["hint"] ?? "").contains("kubectl delete ingresses.networking.k8s.io remote-browsers -n legacy"))

        let text = try discover("contour-conflicts", values: Self.contourValues, format: "text").result.stdout
        #expect(text.contains("conflict Ingress legacy/remote-browsers  browsers.nap.acme.com: Contour adds"), "\(text)")
        #expect(text.contains("  - remove: kubectl delete ingresses.networking.k8s.io remote-browsers -n legacy"))
        #expect(text.contains("warning[discover.route-conflict] HTTPRoute web/files-portal: serves files.nap.acme.com"))
    }

    @Test(.enabled(if: kubectlInstalled)) func anIngressThatAlsoServesOtherAppsIsEditedNeverDeleted() throws {
        // One Ingress routes browsers.nap.acme.com next to four other applications' hosts.
        let run = try discover("contour-shared-ingress", values: Self.contourValues)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let row = try #require(run.list("conflicts").first)
        #expect(run.list("conflicts").count == 1)
        #expect(row["verdict"] as? String == "conflict")
        #expect(row["hosts"] as? [String] == ["browsers.nap.acme.com"])
        #expect(row["otherHosts"] as? [String] == ["shop.acme.com", "blog.acme.com", "api.acme.com", "docs.acme.com"])
        #expect(row["command"] as? String == "kubectl edit ingresses.networking.k8s.io web-apps -n legacy")
        #expect(row["edit"] as? String == "remove the rule for browsers.nap.acme.com (spec.rules[].host) and the host from spec.tls[].hosts")
        let finding = try #require(run.finding("discover.route-conflict"))
        #expect(String(describing: finding["message"] ?? "").contains("It also serves shop.acme.com, blog.acme.com, api.acme.com and 1 more: deleting it would take them down too."))
        #expect(!String(describing: finding["hint"] ?? "").contains("kubectl delete"))

        let text = try discover("contour-shared-ingress", values: Self.contourValues, format: "text").result.stdout
        #expect(text.contains("conflict Ingress legacy/web-apps  browsers.nap.acme.com: Contour adds"), "\(text)")
        #expect(text.contains("It also serves shop.acme.com, blog.acme.com, api.acme.com and 1 more"))
        #expect(text.contains("  - edit: kubectl edit ingresses.networking.k8s.io web-apps -n legacy, then remove the rule for browsers.nap.acme.com"))
        #expect(!text.contains("kubectl delete"))
    }

    @Test(.enabled(if: kubectlInstalled)) func httpProxiesContourMarkedInvalidForADuplicateFqdnAreReported() throws {
        let run = try discover("contour-duplicate-fqdn", values: Self.contourValues)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let duplicate = run.list("findings").filter { $0["code"] as? String == "discover.httpproxy-duplicate-fqdn" }
        #expect(duplicate.compactMap { $0["subject"] as? String }.sorted() == ["HTTPProxy legacy/platform", "HTTPProxy nap/nap-main"])
        #expect(duplicate.allSatisfy { $0["severity"] as? String == "error" })
        #expect(duplicate.allSatisfy { String(describing: $0["message"] ?? "").contains(#"fqdn "nap.acme.com" is used in multiple HTTPProxies: legacy/platform, nap/nap-main"#) })
        let stray = try #require(run.list("conflicts").first { $0["name"] as? String == "platform" })
        #expect(stray["verdict"] as? String == "conflict")
        #expect(stray["command"] as? String == "kubectl delete httpproxies.projectcontour.io platform -n legacy")
        let conflict = try #require(run.finding("discover.route-conflict"))
        #expect(conflict["severity"] as? String == "error")
        #expect(String(describing: conflict["message"] ?? "").contains("both stop serving the host"))
        #expect(run.list("conflicts").first { $0["name"] as? String == "nap-main" }?["verdict"] as? String == "adopt")
    }

    @Test(.enabled(if: kubectlInstalled)) func aForbiddenRoutingKindSaysNotAllowedAndTheRestIsJudged() throws {
        // contour-conflicts with Ingresses forbidden to these credentials.
        let run = try discover("contour-conflicts-forbidden", values: Self.contourValues)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.json["notAllowed"] as? [String] == ["ingresses.networking.k8s.io"])
        #expect(run.findingCodes.contains("discover.not-allowed"))
        #expect(run.list("conflicts").compactMap { $0["name"] as? String } == ["files-portal"])
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["contour"])
    }

    @Test(.enabled(if: kubectlInstalled)) func traefikRoutesAreReadFromTheirPlainHostMatchesOnly() throws {
        let values = Self.externalValues + "INGRESS_CONTROLLER=traefik\nINGRESS_ENTRY=192.0.2.10\n"
        let run = try discover("k3s-traefik-routes", values: values)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let rows = run.list("conflicts").map { "\($0["verdict"] as? String ?? "") \($0["namespace"] as? String ?? "")/\($0["name"] as? String ?? "")" }
        // blog.acme.com is not the platform's; the HostRegexp cannot be read, so it is a note, not a row.
        #expect(rows == ["adopt nap/nap-main", "conflict web/sandbox-catchall"])
        #expect(!run.findingCodes.contains("discover.route-adopted"), "already labelled by nap-ingress: nothing to say")
        let conflict = try #require(run.finding("discover.route-conflict"))
        #expect(conflict["subject"] as? String == "IngressRoute web/sandbox-catchall")
        #expect(conflict["severity"] as? String == "warning")
        #expect(String(describing: conflict["message"] ?? "").contains("tries the one with the longer rule first"))
        #expect(run.list("conflicts").last?["command"] as? String == "kubectl delete ingressroutes.traefik.io sandbox-catchall -n web")
        let unread = try #require(run.finding("discover.route-match-unread"))
        #expect(unread["subject"] as? String == "IngressRoute web/previews")
        #expect(String(describing: unread["message"] ?? "").hasPrefix("could not read the match `HostRegexp("))
    }
}
