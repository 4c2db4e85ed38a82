import Testing
@testable import IngressCore

/// Reads each controller's YAML back and checks what an operator would notice: the right backend per
/// host, no timeout on long-lived hosts, the preview wildcard, and TLS Secrets where the controller reads them.
@Suite struct ControllerSemanticTests {
    /// The platform's route table (DESIGN.md), written out here rather than taken from the Plan.
    static func expected(_ main: String) -> [(host: String, service: String, port: Int, longLived: Bool)] {
        [(main, "nap-cp", 3000, true),
         ("files.\(main)", "nap-cp", 3000, false),
         ("browsers.\(main)", "nap-browser", 3005, true),
         ("sandbox.\(main)", "nap-sandbox", 3006, true),
         ("k3j9x-8080.sandbox.\(main)", "nap-sandbox", 3006, true)]
    }

    func table(_ c: ControllerCase) throws -> RouteTable {
        let plan = c.plan
        return RouteTable(controller: c.controller, docs: try Manifests.documents(Renderers.renderer(for: c.controller).render(plan)), plan: plan)
    }

    @Test(arguments: ControllerCase.all)
    func everyHostReachesItsServiceAndPort(_ c: ControllerCase) throws {
        let table = try table(c)
        for row in Self.expected(c.domain) {
            let routed = table.resolve(row.host)
            try #require(routed.count == 1, "\(row.host) matches \(routed.count) routes")
            #expect(routed[0].service == row.service && routed[0].port == row.port, "\(row.host) goes to \(routed[0].service):\(routed[0].port)")
        }
        #expect(table.resolve("other.example.org").isEmpty)
    }

    @Test(arguments: ControllerCase.all.filter { $0.controller != .ingress })
    func longLivedHostsNeverTimeOutAndFilesKeepsDefaults(_ c: ControllerCase) throws {
        let table = try table(c)
        for row in Self.expected(c.domain) {
            let routed = try #require(table.resolve(row.host).first)
            // Istio has no "no timeout" setting: an absent timeout is the setting, on every host.
            // HAProxy sets timeouts per backend Service, and files. shares nap-cp's with the main host.
            let wanted = c.controller == .istio || c.controller == .haproxy ? true : row.longLived
            #expect(routed.noTimeout == wanted, "\(row.host): no-timeout setting is \(routed.noTimeout)")
        }
    }

    @Test func genericIngressCarriesTheOperatorsAnnotationsOnEveryHost() throws {
        let c = ControllerCase.all.first { $0.controller == .ingress && $0.name == "class-annotations" }!
        let docs = try Manifests.documents(GenericIngressRenderer().render(c.plan))
        #expect(docs.count == 2)
        for doc in docs {
            #expect(doc.annotations == ["haproxy.org/timeout-tunnel": "1h", "haproxy.org/timeout-server": "1h"])
            #expect(str(doc.spec["ingressClassName"]) == "haproxy")
        }
        let plain = try Manifests.documents(GenericIngressRenderer().render(ControllerCase.apexAndSubdomain(.ingress)[0].plan))
        #expect(plain.allSatisfy { $0.annotations.isEmpty && $0.spec["ingressClassName"] == nil })
    }

    /// One-label controllers must not route `a.b.sandbox.<main>` (the certificate would not cover it anyway).
    @Test(arguments: ControllerCase.all.filter { $0.controller != .gatewayAPI })
    func previewWildcardCoversExactlyOneLabel(_ c: ControllerCase) throws {
        let table = try table(c)
        #expect(table.resolve("k3j9x-8080.sandbox.\(c.domain)").count == 1)
        #expect(table.resolve("a.k3j9x-8080.sandbox.\(c.domain)").isEmpty)
        // An unescaped '.' in a regexp would match these.
        let preview = "k3j9x-8080.sandbox.\(c.domain)"
        for dot in preview.indices.filter({ preview[$0] == "." }) {
            var near = preview
            near.replaceSubrange(dot...dot, with: "x")
            #expect(table.resolve(near).isEmpty, "\(near) must not match")
        }
    }

    @Test func gatewayAPIListenerWildcardMatchesBySuffix() throws {
        let table = try table(ControllerCase.apexAndSubdomain(.gatewayAPI, ControllerCase.gatewayClass)[1])
        #expect(table.resolve("k3j9x-8080.sandbox.nap.acme.com").first?.service == "nap-sandbox")
        #expect(table.resolve("a.k3j9x-8080.sandbox.nap.acme.com").first?.service == "nap-sandbox", "Gateway API wildcards match several labels")
    }

    /// Each Secret reference names a Secret the plan (and so NEXT-STEPS.md and the certificate step) puts
    /// in exactly the namespace the controller reads it from, and whose names cover the host.
    @Test(arguments: ControllerCase.all.filter { $0.options[.gatewayName] == nil })
    func tlsSecretsResolveWhereTheControllerReadsThem(_ c: ControllerCase) throws {
        let table = try table(c)
        for row in Self.expected(c.domain) {
            let routed = try #require(table.resolve(row.host).first)
            let secret = try #require(routed.secret, "\(row.host) has no TLS Secret")
            let requirement = c.plan.tls.first { $0.secretName == secret.name && $0.namespace == secret.namespace }
            #expect(requirement != nil, "\(row.host): \(secret.namespace)/\(secret.name) is not a Secret the plan provides")
            #expect(requirement?.names.contains { HostRule.oneLabel($0, row.host) } == true, "\(secret.name) does not cover \(row.host)")
        }
    }

    @Test func istioSecretsLiveWithTheGatewayWorkload() throws {
        let c = ControllerCase.all.first { $0.controller == .istio && $0.name == "gateway-workload" }!
        #expect(c.plan.tls.allSatisfy { $0.namespace == "istio-ingress" })
        let docs = try Manifests.documents(IstioRenderer().render(c.plan))
        let gateway = try #require(docs.first { $0.kind == "Gateway" })
        #expect(gateway.namespace == "istio-ingress")
        #expect(obj(gateway.spec["selector"]) as? [String: String] == ["istio": "ingress", "app": "edge"])
        let http = try #require(list(gateway.spec["servers"]).first { obj($0["port"])["number"] as? Int == 80 })
        #expect(obj(http["tls"])["httpsRedirect"] as? Bool == true)
        let notes = IstioRenderer().notes(c.plan).cautions.joined()
        #expect(notes.contains("kubectl create secret tls nap-tls-cert -n istio-ingress"))
        #expect(notes.contains("kubectl create secret tls nap-sandbox-tls-cert -n istio-ingress"))
    }

    /// A Gateway reading Secrets across namespaces needs a ReferenceGrant in the Secrets' namespace naming them.
    @Test(arguments: [("gateway-namespace", "gateways"), ("existing-other-namespace", "infra")])
    func crossNamespaceGatewayGetsAReferenceGrant(name: String, gatewayNamespace: String) throws {
        let c = ControllerCase.all.first { $0.controller == .gatewayAPI && $0.name == name }!
        let docs = try Manifests.documents(GatewayAPIRenderer().render(c.plan))
        let grants = docs.filter { $0.kind == "ReferenceGrant" }
        #expect(grants.count == 1)
        let grant = try #require(grants.first)
        #expect(grant.namespace == "nap")
        #expect(list(grant.spec["from"]).map { [str($0["kind"]), str($0["namespace"])] } == [["Gateway", gatewayNamespace]])
        #expect(Set(list(grant.spec["to"]).compactMap { str($0["name"]) }) == [Plan.mainSecret, Plan.sandboxSecret])
        for route in docs.filter({ $0.kind == "HTTPRoute" }) {
            #expect(list(route.spec["parentRefs"]).allSatisfy { str($0["namespace"]) == gatewayNamespace })
        }
    }

    @Test func sameNamespaceGatewayNeedsNoReferenceGrant() throws {
        for c in ControllerCase.all where c.controller == .gatewayAPI && c.options[.gatewayNamespace] == nil {
            let docs = try Manifests.documents(GatewayAPIRenderer().render(c.plan))
            #expect(!docs.contains { $0.kind == "ReferenceGrant" }, "\(c.testDescription)")
        }
    }

    @Test func existingGatewayIsNotRenderedAndRoutesAttachToIt() throws {
        let c = ControllerCase.all.first { $0.controller == .gatewayAPI && $0.name == "existing" }!
        let docs = try Manifests.documents(GatewayAPIRenderer().render(c.plan))
        #expect(!docs.contains { $0.kind == "Gateway" })
        let routes = docs.filter { $0.kind == "HTTPRoute" }
        #expect(routes.count == 5, "five routes and no redirect route")
        for route in routes {
            #expect(list(route.spec["parentRefs"]).map { [str($0["name"]), str($0["namespace"]), str($0["sectionName"])] } == [["shared", nil, nil]])
        }
    }

    @Test func renderedGatewayUsesTheClassAndRedirectsHTTP() throws {
        let c = ControllerCase.apexAndSubdomain(.gatewayAPI, ControllerCase.gatewayClass)[1]
        let docs = try Manifests.documents(GatewayAPIRenderer().render(c.plan))
        let gateway = try #require(docs.first { $0.kind == "Gateway" })
        #expect(str(gateway.spec["gatewayClassName"]) == "eg")
        let listeners = list(gateway.spec["listeners"])
        #expect(listeners.compactMap { str($0["hostname"]) } == c.plan.hosts!.all)
        #expect(listeners.contains { $0["port"] as? Int == 80 && str($0["protocol"]) == "HTTP" })
        let redirect = try #require(docs.first { $0.name == "nap-https-redirect" })
        #expect(list(redirect.spec["parentRefs"]).first?["sectionName"] as? String == "http")
        #expect(str(obj(list(list(redirect.spec["rules"]).first?["filters"]).first?["requestRedirect"])["scheme"]) == "https")
    }

    @Test func traefikVersionDecidesWildcardSyntaxAndClassField() throws {
        let modern = try Manifests.documents(TraefikRenderer().render(ControllerCase.option(.traefik, "c", [.ingressClass: "t"]).plan))
        let old = try Manifests.documents(TraefikRenderer().render(ControllerCase.option(.traefik, "c", [.controllerVersion: "v3.6.4", .ingressClass: "t"]).plan))
        func previewRule(_ docs: [[String: Any]]) -> String? {
            docs.first { $0.name == "nap-sandbox-preview" }.flatMap { str(list($0.spec["routes"]).first?["match"]) }
        }
        #expect(previewRule(modern) == "Host(`*.sandbox.nap.acme.com`)")
        #expect(previewRule(old) == "HostRegexp(`^[a-zA-Z0-9-]+\\.sandbox\\.nap\\.acme\\.com$`)")
        #expect(modern.filter { $0.kind == "IngressRoute" }.allSatisfy { str($0.spec["ingressClassName"]) == "t" && $0.annotations.isEmpty })
        #expect(old.allSatisfy { $0.spec["ingressClassName"] == nil && $0.annotations == ["kubernetes.io/ingress.class": "t"] })
        #expect(ReleaseVersion.parse("3.7") != nil && ControllerOptions.traefikWildcardHost == ReleaseVersion(3, 7))
    }

    @Test func nginxFilesIngressHasNoTimeoutAnnotations() throws {
        for controller in [IngressControllerKind.ingressNginx, .nginxInc] {
            let docs = try Manifests.documents(Renderers.renderer(for: controller).render(ControllerCase.apexAndSubdomain(controller)[1].plan))
            #expect(docs.map(\.name) == ["nap-long-lived", "nap-files"])
            #expect(docs[1].annotations.isEmpty)
            #expect(docs.allSatisfy { str($0.spec["ingressClassName"]) == "nginx" })
        }
    }
}
