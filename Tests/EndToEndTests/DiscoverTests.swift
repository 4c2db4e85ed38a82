import Foundation
import Testing

/// `nap-ingress discover` run as an operator runs it: the real kubectl against the stand-in API
/// server, one scenario per cluster shape; each test reads the JSON and the text an operator sees.
@Suite struct DiscoverTests {
    static let kubectlInstalled = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    /// One run: the server, nap-ingress's result, the JSON report (when --format json).
    struct Run {
        var server: StandInAPIServer
        var result: NapIngressBinary.Result
        var json: [String: Any]
        func list(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }
        var findingCodes: [String] { list("findings").compactMap { $0["code"] as? String } }
        func finding(_ code: String) -> [String: Any]? { list("findings").first { $0["code"] as? String == code } }
        var proposal: [String: Any] { json["proposal"] as? [String: Any] ?? [:] }
        /// The message of the finding `code`, empty when there is none.
        func message(_ code: String) -> String { finding(code)?["message"] as? String ?? "" }
    }

    /// Runs discover against `scenario` with `values` as values.env; the server is stopped before returning.
    func discover(_ scenario: String, values: String? = nil, certificates: [String: String] = [:],
                  arguments: [String] = [], format: String = "json") throws -> Run {
        let dir = try NapIngressBinary.temporaryFolder()
        if let values { try values.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8) }
        let server = try StandInAPIServer(scenario: scenario, certificates: certificates, in: dir)
        defer { server.stop() }
        let result = try NapIngressBinary.run(["discover", "--format", format] + arguments, in: dir, environment: server.environment)
        var json: [String: Any] = [:]
        if format == "json", result.status == 0 {
            json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        }
        return Run(server: server, result: result, json: json)
    }

    /// A self-signed certificate for `names` made by openssl, valid for `days`.
    func certificate(_ names: [String], days: Int = 90) throws -> String {
        let dir = try NapIngressBinary.temporaryFolder()
        let san = names.map { "DNS:\($0)" }.joined(separator: ",")
        let result = try NapIngressBinary.run(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                               "-keyout", "key.pem", "-out", "cert.pem", "-days", "\(days)",
                                               "-subj", "/CN=\(names[0])", "-addext", "subjectAltName=\(san)"],
                                              in: dir, executable: "/usr/bin/openssl")
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: dir.appendingPathComponent("cert.pem"), encoding: .utf8)
    }

    static let externalValues = "INGRESS_MODE=external\nTOS_HOST=nap.acme.com\nSANDBOX_DOMAIN=sandbox.nap.acme.com\n"

    @Test(.enabled(if: kubectlInstalled)) func k3sWithTraefikProposesTheControllerClassAndEntry() throws {
        let run = try discover("k3s-traefik", certificates: ["nap-tls-cert": try certificate(["nap.acme.com"])])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let controllers = run.list("controllers")
        #expect(controllers.map { $0["controller"] as? String } == ["traefik"])
        let evidence = (controllers.first?["evidence"] as? [String] ?? []).joined(separator: "\n")
        #expect(evidence.contains("IngressClass traefik (spec.controller traefik.io/ingress-controller, the cluster's default)"))
        #expect(evidence.contains("CRD ingressroutes.traefik.io installed"))
        #expect(controllers.first?["ingressClass"] as? String == "traefik")
        let entries = run.list("entries")
        #expect(entries.count == 1)
        #expect(entries.first?["address"] as? String == "192.0.2.10")
        #expect(entries.first?["kind"] as? String == "ip")
        #expect(entries.first?["source"] as? String == "Service kube-system/traefik (LoadBalancer)")
        #expect(run.proposal["configure"] as? String == "nap-ingress configure --mode external --controller traefik --ingress-class traefik --entry 192.0.2.10")
        let platform = try #require(run.json["platform"] as? [String: Any])
        #expect((platform["services"] as? [[String: Any]] ?? []).map { $0["state"] as? String } == ["ok", "ok", "ok"])
        #expect((platform["turnPods"] as? [[String: Any]])?.first?["hostPorts"] as? [Int] == [3478, 3478])
        #expect(run.findingCodes.filter { $0.hasPrefix("discover.") }.isEmpty, "\(run.findingCodes)")
    }

    @Test(.enabled(if: kubectlInstalled)) func theTextTableSaysTheSame() throws {
        let run = try discover("k3s-traefik", certificates: ["nap-tls-cert": try certificate(["nap.acme.com"])], format: "text")
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let text = run.result.stdout
        #expect(text.contains("Cluster: Kubernetes v1.31.0"))
        #expect(text.contains("traefik  Traefik v3 (IngressRoute)  class traefik"))
        #expect(text.contains("192.0.2.10  IP, A/AAAA records  from Service kube-system/traefik (LoadBalancer)"))
        #expect(text.contains("nap/nap-tls-cert  found  covers nap.acme.com  89 days left"))
        #expect(text.contains("nap-cp:3000  ok"))
        #expect(text.contains("TURN pod nap-coturn-0: hostPort 3478, 3478"))
        #expect(text.contains("nap-ingress configure --mode external --controller traefik --ingress-class traefik --entry 192.0.2.10"))
    }

    @Test(.enabled(if: kubectlInstalled)) func ingressNginxOnEKSOffersTheHostNameForCNAMEs() throws {
        let run = try discover("eks-ingress-nginx")
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["ingress-nginx"])
        let host = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-1234567890.us-east-1.elb.amazonaws.com"
        #expect(run.list("entries").first?["address"] as? String == host)
        #expect(run.list("entries").first?["kind"] as? String == "hostname")
        #expect(run.message("discover.entry-hostname").contains("CNAMEs"))
        #expect(run.proposal["entry"] as? String == host)
        #expect(run.proposal["ingressClass"] as? String == "nginx")
        #expect(run.json["serverVersion"] as? String == "v1.30.4-eks-a737599")
    }

    @Test(.enabled(if: kubectlInstalled)) func contourWithAnHTTP01OnlyIssuerCannotIssueTheWildcard() throws {
        let run = try discover("contour-cert-manager", values: Self.externalValues,
                               certificates: ["nap-tls-cert": try certificate(["nap.acme.com", "files.nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"])])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let contour = try #require(run.list("controllers").first)
        #expect(contour["controller"] as? String == "contour")
        #expect((contour["evidence"] as? [String] ?? []).contains("IngressClass contour (class name contour, which the controller matches by name)"))
        let finding = try #require(run.finding("discover.issuer-no-wildcard"))
        #expect(finding["subject"] as? String == "ClusterIssuer letsencrypt-http")
        #expect(String(describing: finding["message"] ?? "").contains("*.sandbox.nap.acme.com only through DNS-01"))
        let issuers = run.list("issuers")
        #expect(issuers.map { "\($0["name"] as? String ?? ""):\($0["wildcard"] as? Bool ?? false)" }.sorted() == ["letsencrypt-dns:true", "letsencrypt-http:false"])
        #expect(run.proposal["issuer"] as? String == "Issuer/letsencrypt-dns")
        let main = try #require(run.list("secrets").first { $0["name"] as? String == "nap-tls-cert" })
        #expect(main["certificate"] as? String == "nap/nap-main")
        #expect(main["namesCovered"] as? [String] == ["nap.acme.com", "files.nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"])
        // nap-sandbox-tls-cert does not exist and TLS_SOURCE defaults to existing.
        #expect(run.findingCodes.contains("discover.secret-missing"))
    }

    @Test(.enabled(if: kubectlInstalled)) func istioReadsTheSecretsFromTheGatewayNamespace() throws {
        let values = Self.externalValues + "INGRESS_CONTROLLER=istio\n"
        let names = ["nap.acme.com", "files.nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"]
        let run = try discover("istio", values: values, certificates: ["nap-tls-cert": try certificate(names)])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["istio"])
        #expect(run.list("entries").first?["source"] as? String == "Service istio-system/istio-ingressgateway (LoadBalancer)")
        let rows = run.list("secrets").map { "\($0["namespace"] as? String ?? "")/\($0["name"] as? String ?? ""):\($0["state"] as? String ?? "")" }
        #expect(rows == ["nap/nap-tls-cert:missing", "nap/nap-sandbox-tls-cert:missing",
                         "istio-system/nap-tls-cert:found", "istio-system/nap-sandbox-tls-cert:missing"])
        #expect(!run.list("findings").contains { ($0["code"] as? String)?.hasPrefix("tls.name") == true })
    }

    @Test(.enabled(if: kubectlInstalled)) func envoyGatewayOffersItsGatewayClassForUDPRoutes() throws {
        let run = try discover("envoy-gateway")
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["gateway-api"])
        let eg = try #require(run.list("gatewayClasses").first)
        #expect(eg["name"] as? String == "eg")
        #expect(eg["implementation"] as? String == "Envoy Gateway")
        #expect(eg["accepted"] as? Bool == true)
        #expect(eg["udpRoute"] as? Bool == true)
        let bundle = try #require(run.json["gatewayAPI"] as? [String: Any])
        #expect(bundle["version"] as? String == "v1.3.0")
        #expect(bundle["channel"] as? String == "experimental")
        #expect(run.list("entries").first?["address"] as? String == "192.0.2.50")
        #expect(run.list("entries").first?["source"] as? String == "Gateway nap/nap (class eg)")
    }

    @Test(.enabled(if: kubectlInstalled)) func twoControllersAreListedNotGuessedBetween() throws {
        let run = try discover("two-controllers")
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["ingress-nginx", "traefik"])
        #expect(run.findingCodes.contains("discover.several-controllers"))
        #expect(run.proposal["controller"] == nil)
        #expect(Set(run.list("entries").compactMap { $0["address"] as? String }) == ["192.0.2.10", "192.0.2.60"])
    }

    @Test(.enabled(if: kubectlInstalled)) func aPendingLoadBalancerIsSaidAndNotProposed() throws {
        let run = try discover("pending-lb")
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.list("entries").first?["kind"] as? String == "pending")
        #expect(run.message("discover.lb-pending").contains("Service kube-system/traefik (LoadBalancer) has no load-balancer address yet"))
        #expect(run.proposal["controller"] as? String == "traefik")
        #expect(run.proposal["entry"] == nil)
    }

    @Test(.enabled(if: kubectlInstalled)) func forbiddenSecretsSayNotAllowedAndTheRestGoesOn() throws {
        let run = try discover("forbidden-secrets", certificates: ["nap-tls-cert": try certificate(["nap.acme.com"])])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.json["notAllowed"] as? [String] == ["secrets"])
        #expect(run.list("secrets").allSatisfy { $0["state"] as? String == "not allowed" })
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["traefik"])
        #expect(run.findingCodes.contains("discover.not-allowed"))
        let text = try discover("forbidden-secrets", format: "text").result.stdout
        #expect(text.contains("nap/nap-tls-cert  not allowed"))
    }

    @Test(.enabled(if: kubectlInstalled)) func aClusterWithoutCRDsIsReadWithoutAskingForThem() throws {
        let run = try discover("no-crds")
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.list("controllers").map { $0["controller"] as? String } == ["ingress-nginx"])
        #expect(run.list("gatewayClasses").isEmpty)
        #expect(run.json["gatewayAPI"] == nil)
        // Asking for a type the server lacks would fail the whole batched call.
        #expect(!run.server.requests.contains { $0.contains("gateway.networking.k8s.io") || $0.contains("cert-manager.io") })
        #expect(!run.result.stderr.contains("doesn't have a resource type"))
    }

    @Test(.enabled(if: kubectlInstalled)) func aSecretThatMissesTheFilesHostIsAFinding() throws {
        let run = try discover("k3s-traefik", values: Self.externalValues,
                               certificates: ["nap-tls-cert": try certificate(["nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"], days: 30)])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let finding = try #require(run.finding("tls.name-not-covered"))
        #expect(finding["subject"] as? String == "Secret nap/nap-tls-cert")
        #expect(String(describing: finding["message"] ?? "").contains("does not cover files.nap.acme.com"))
        #expect(finding["severity"] as? String == "error")
        let row = try #require(run.list("secrets").first)
        #expect(row["daysLeft"] as? Int == 29)
        #expect(row["namesCovered"] as? [String] == ["nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com"])
    }

    @Test(.enabled(if: kubectlInstalled)) func aMissingNamespaceIsAFinding() throws {
        let run = try discover("k3s-traefik", arguments: ["--namespace", "nap-prod"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.message("discover.namespace-missing").contains("namespaces \"nap-prod\" not found"))
        let platform = try #require(run.json["platform"] as? [String: Any])
        #expect(platform["namespaceExists"] as? Bool == false)
    }

    @Test(.enabled(if: kubectlInstalled)) func theKeyIsNeverAskedForPrintedOrWritten() throws {
        let run = try discover("k3s-traefik", certificates: ["nap-tls-cert": try certificate(["nap.acme.com"])])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        // nap-ingress asks kubectl for tls.crt only, never for a Secret as JSON or YAML.
        let secretCalls = run.server.kubectlCalls.filter { $0.contains("secrets") || $0.contains("secret") }
        #expect(secretCalls.count == 1)
        for call in secretCalls {
            #expect(call.contains { $0.hasPrefix("jsonpath=") && $0.contains(#"{.data.tls\.crt}"#) && !$0.contains("tls.key") }, "\(call)")
            #expect(!call.contains("json") && !call.contains("yaml") && !call.contains { $0.hasPrefix("-o=json") || $0.hasPrefix("--output") })
        }
        // On the wire: named GETs of the two Secrets only, never a list of every Secret in a namespace.
        let secretRequests = run.server.requests.filter { $0.contains("/secrets") }
        #expect(secretRequests.map { $0.split(separator: "?")[0] }.sorted() == ["GET /api/v1/namespaces/nap/secrets/nap-sandbox-tls-cert",
                                                                                "GET /api/v1/namespaces/nap/secrets/nap-tls-cert"])
        // Read-only: every request is a GET.
        #expect(run.server.requests.allSatisfy { $0.hasPrefix("GET ") })
        #expect(!run.result.stdout.contains(StandInAPIServer.keyMarker) && !run.result.stderr.contains(StandInAPIServer.keyMarker))
        #expect(!run.result.stdout.contains(Data(StandInAPIServer.keyMarker.utf8).base64EncodedString()))
    }

    @Test(.enabled(if: kubectlInstalled)) func aSilentServerIsUnreachableWithinSecondsNotAHang() throws {
        let run = try discover("silent")
        #expect(run.result.status == 1)
        #expect(run.result.stderr.contains("error[discover.unreachable] kubectl: cannot reach the Kubernetes API server"), "\(run.result.stderr)")
        // Stopped at the first connection failure: only the probe was tried.
        #expect(run.server.kubectlCalls.count == 1)
        #expect(run.server.kubectlCalls.first?.contains("/version") == true)
    }

    @Test(.enabled(if: kubectlInstalled)) func aRefusedConnectionAndAMissingKubectlExitOne() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let server = try StandInAPIServer(scenario: "no-crds", in: dir)
        server.stop()
        // Nothing listens on the stopped server's port any more.
        let refused = try NapIngressBinary.run(["discover"], in: dir, environment: server.environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot reach the Kubernetes API server"), "\(refused.stderr)")
        let empty = dir.appendingPathComponent("empty-bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let missing = try NapIngressBinary.run(["discover"], in: dir, environment: ["PATH": empty.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("kubectl is not on PATH"), "\(missing.stderr)")
    }

    @Test(.enabled(if: kubectlInstalled)) func contextAndKubeconfigFlagsReachKubectl() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let server = try StandInAPIServer(scenario: "no-crds", in: dir)
        defer { server.stop() }
        try server.writeKubeconfig(server: "http://127.0.0.1:\(server.port)", name: "other-kubeconfig")
        var environment = server.environment
        environment["KUBECONFIG"] = dir.appendingPathComponent("missing-kubeconfig").path
        let run = try NapIngressBinary.run(["discover", "--context", "standin", "--kubeconfig", dir.appendingPathComponent("other-kubeconfig").path],
                                           in: dir, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(server.kubectlCalls.allSatisfy { $0.contains("--context") && $0.contains("standin") && $0.contains("--kubeconfig") })
        let usage = try NapIngressBinary.run(["discover", "--format", "yaml"], in: dir, environment: environment)
        #expect(usage.status == 64)
    }
}
