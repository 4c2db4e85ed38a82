import Foundation
import TestSupport
import Testing
import Yams
@testable import IngressCore

@Suite struct TLSRendererTests {
    /// Fixed stand-ins: the golden shows the manifest's shape, not real key material.
    static let material = TLSMaterial(secrets: [
        Plan.mainSecret: TLSSecretMaterial(secretName: Plan.mainSecret, certificatePEM: "-----BEGIN CERTIFICATE-----\nTUFJTg==\n-----END CERTIFICATE-----\n",
                                           privateKeyPEM: "-----BEGIN PRIVATE KEY-----\nTUFJTktFWQ==\n-----END PRIVATE KEY-----\n"),
        Plan.sandboxSecret: TLSSecretMaterial(secretName: Plan.sandboxSecret, certificatePEM: "-----BEGIN CERTIFICATE-----\nU0FOREJPWA==\n-----END CERTIFICATE-----\n",
                                              privateKeyPEM: "-----BEGIN EC PRIVATE KEY-----\nU0FOREJPWEtFWQ==\n-----END EC PRIVATE KEY-----\n"),
    ])

    static func certManagerPlan(_ controller: IngressControllerKind = .contour, issuer: String = "ClusterIssuer/letsencrypt-dns") -> Plan {
        Fixtures.plan(Fixtures.config(controller: controller, [.tlsSource: "cert-manager", .tlsIssuer: issuer]))
    }

    @Test func secretManifestShape() throws {
        let plan = Fixtures.plan(Fixtures.config([.tlsSource: "files", .tlsCertFile: "main.pem", .tlsKeyFile: "main-key.pem",
                                                  .sandboxTLSCertFile: "sandbox.pem", .sandboxTLSKeyFile: "sandbox-key.pem"]))
        let (manifests, files) = TLSRenderer.render(plan, material: Self.material)
        #expect(files.isEmpty, "the files source writes only the Secret manifests")
        #expect(manifests.map(\.name) == ["tls-secrets.yaml"] && manifests[0].isSecret)
        let yaml = manifests[0].yaml()
        Golden.assert(yaml, named: "tls/secrets.yaml")
        #expect(!yaml.contains("PRIVATE KEY"), "key material is base64 in data, never plain text")
        let docs = try Yams.load_all(yaml: yaml).map { $0 as! [String: Any] }
        let data = try #require(docs.first?["data"] as? [String: String])
        #expect(Data(base64Encoded: data["tls.key"] ?? "").map { String(decoding: $0, as: UTF8.self) } == Self.material.secrets[Plan.mainSecret]?.privateKeyPEM)
    }

    @Test(arguments: [("contour", IngressControllerKind.contour, "ClusterIssuer/letsencrypt-dns"),
                      ("istio-issuer", IngressControllerKind.istio, "Issuer/acme-dns")])
    func certManagerCertificates(name: String, controller: IngressControllerKind, issuer: String) throws {
        let plan = Self.certManagerPlan(controller, issuer: issuer)
        let (manifests, files) = TLSRenderer.render(plan, material: TLSMaterial())
        #expect(files.isEmpty)
        #expect(manifests.map(\.name) == ["tls-certificates.yaml"] && !manifests[0].isSecret)
        let yaml = manifests[0].yaml()
        Golden.assert(yaml, named: "tls/certificates-\(name).yaml")
        #expect(!yaml.contains("commonName"), "names go in dnsNames only")
        let docs = try Yams.load_all(yaml: yaml).map { $0 as! [String: Any] }
        let namespaces = docs.map { ($0["metadata"] as! [String: Any])["namespace"] as! String }
        #expect(Set(namespaces) == [controller == .istio ? "istio-system" : "nap"], "Certificates live where the Secrets are read")
        let next = NextSteps.markdown(plan, manifests: manifests.map(\.name), notes: ControllerNotes())
        #expect(next.contains("DNS-01"))
        if issuer.hasPrefix("Issuer/") { #expect(next.contains("must exist in namespace `istio-system`")) }
    }

    @Test func renderedFilesPassConformanceAndKeysAre0600() throws {
        let fx = try OpenSSLFixtures()
        for (source, extra) in [("self-signed", [OwnedKey: String]()), ("cert-manager", [.tlsIssuer: "ClusterIssuer/letsencrypt-dns"])] {
            var values = extra
            values[.tlsSource] = source
            let plan = Fixtures.plan(Fixtures.config(values))
            let (material, _) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Date())
            let folder = fx.path("out-\(source)")
            let files = RenderBundle.files(for: plan, tls: material)
            _ = try OutputWriter.write(files, to: folder)
            let kustomization = try #require(files.first { $0.path == "kustomization.yaml" }).text
            #expect(kustomization.contains(source == "self-signed" ? TLSRenderer.secretsFile : TLSRenderer.certificatesFile))
            for file in files {
                let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder + "/" + file.path)[.posixPermissions] as? Int)
                let holdsKey = file.path.hasSuffix(".key") || file.path == TLSRenderer.secretsFile
                #expect(mode == (holdsKey ? 0o600 : 0o644), "\(file.path) mode \(String(mode, radix: 8))")
                if !holdsKey { #expect(!file.text.contains("PRIVATE KEY"), "\(file.path)") }
            }
            let text = try Conformance.check(folder: folder)
            #expect(text.contains(source == "self-signed" ? "Secret/nap-sandbox-tls-cert" : "Certificate/nap-sandbox-tls-cert"), "\(text)")
        }
    }

    @Test func existingSourceRendersNothingAndGivesExactCommands() {
        let plan = Fixtures.plan(Fixtures.config(controller: .istio))
        let (manifests, files) = TLSRenderer.render(plan, material: TLSMaterial())
        #expect(manifests.isEmpty && files.isEmpty)
        let section = TLSNextSteps.section(plan)
        #expect(section.contains("kubectl create secret tls nap-tls-cert -n istio-system --cert=nap-tls-cert.pem --key=nap-tls-cert-key.pem"))
        #expect(section.contains("kubectl create secret tls nap-sandbox-tls-cert -n istio-system --cert="))
        #expect(section.contains("`*.sandbox.nap.acme.com`") && section.contains("`files.nap.acme.com`"))
    }

    @Test func selfSignedNextStepsSayHowToTrustTheCA() {
        let plan = Fixtures.plan(Fixtures.config([.tlsSource: "self-signed"]))
        let section = TLSNextSteps.section(plan)
        #expect(section.contains("update-ca-certificates") && section.contains("nap-ingress-ca.crt"))
        #expect(section.contains("curl --cacert nap-ingress-ca.crt https://nap.acme.com/"))
    }

    @Test func nodePortModeRendersNoTLS() {
        let plan = Fixtures.plan(Fixtures.config([.ingressMode: "nodeport", .tlsSource: "self-signed"]))
        #expect(TLSRenderer.render(plan, material: Self.material).manifests.isEmpty)
    }
}
