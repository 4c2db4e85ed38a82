import Foundation
import Testing
@testable import IngressCore

/// What an earlier render in the output folder created and this one no longer does: named in
/// NEXT-STEPS.md with the commands to delete it, read before the folder is replaced.
@Suite final class RetiredObjectsTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-retired-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static let fixtures = Golden.folder.appendingPathComponent("takeover/fixtures")

    var contour: Plan { Fixtures.plan(Fixtures.config(controller: .contour)) }
    var gatewayAPI: Plan { Fixtures.plan(Fixtures.config(controller: .gatewayAPI, [.ingressClass: "eg"])) }

    /// A render of `plan` into the folder, as `nap-ingress render` writes it.
    func rendered(_ plan: Plan) throws {
        _ = try OutputWriter.write(RenderJob.files(for: plan, out: folder).files ?? [], to: folder)
    }

    func nextSteps(_ plan: Plan) throws -> (text: String, retired: RetiredObjects, findings: [Diagnostic]) {
        let (files, findings, retired) = RenderJob.files(for: plan, out: folder)
        let file = try #require(files?.first { $0.path == "NEXT-STEPS.md" })
        return (file.text, retired, findings)
    }

    /// An output folder an older nap-ingress wrote: its HTTPProxy for browsers was `nap-browsers`.
    @Test func aRenamedObjectIsNamedWithItsDeleteCommand() throws {
        let older = try String(contentsOf: Self.fixtures.appendingPathComponent("older-contour-httpproxy.yaml"), encoding: .utf8)
        _ = try OutputWriter.write([OutputFile(path: "contour-httpproxy.yaml", text: older)], to: folder)
        let (text, retired, findings) = try nextSteps(contour)
        #expect(retired.objects.map(\.displayName) == ["HTTPProxy nap/nap-browsers"])
        #expect(retired.deleteByName == ["kubectl delete httpproxy.projectcontour.io nap-browsers -n nap --ignore-not-found"])
        // The new nap-browser is an HTTPProxy in the same namespace: a selector would delete it too.
        #expect(retired.deleteByLabel.isEmpty)
        #expect(findings.isEmpty)
        Golden.assert(text, named: "takeover/rename.NEXT-STEPS.md")
    }

    @Test func aControllerSwitchNamesTheOldGatewayAndRoutes() throws {
        try rendered(gatewayAPI)
        let (text, retired, _) = try nextSteps(contour)
        #expect(retired.objects.map(\.displayName) == [
            "Gateway nap/nap", "HTTPRoute nap/nap-browser", "HTTPRoute nap/nap-files", "HTTPRoute nap/nap-https-redirect",
            "HTTPRoute nap/nap-main", "HTTPRoute nap/nap-sandbox", "HTTPRoute nap/nap-sandbox-preview",
        ])
        #expect(retired.deleteByName == [
            "kubectl delete gateway.gateway.networking.k8s.io nap -n nap --ignore-not-found",
            "kubectl delete httproute.gateway.networking.k8s.io nap-browser nap-files nap-https-redirect nap-main nap-sandbox nap-sandbox-preview -n nap --ignore-not-found",
        ])
        #expect(retired.deleteByLabel == [
            "kubectl delete gateway.gateway.networking.k8s.io,httproute.gateway.networking.k8s.io -n nap"
                + " -l app.kubernetes.io/managed-by=nap-ingress,app.kubernetes.io/part-of=neutree-agent-platform --ignore-not-found",
        ])
        Golden.assert(text, named: "takeover/switch-gateway-api-to-contour.NEXT-STEPS.md")
    }

    @Test func theSameRenderAgainRetiresNothingAndTheSectionIsAbsent() throws {
        try rendered(contour)
        let (text, retired, findings) = try nextSteps(contour)
        #expect(retired == .none && findings.isEmpty)
        #expect(!text.contains(RetiredObjectsText.title))
        #expect(text == RenderBundle.files(for: contour).first { $0.path == "NEXT-STEPS.md" }?.text)
        Golden.assert(text, named: "takeover/none.NEXT-STEPS.md")
    }

    /// Only the render that stops creating an object names it (the next one compares with it).
    @Test func theRenderAfterTheSwitchNoLongerNamesThem() throws {
        try rendered(gatewayAPI)
        try rendered(contour)
        #expect(try nextSteps(contour).retired == .none)
    }

    @Test func anObjectThatOnlyMovedFileIsNotRetired() throws {
        let files = RenderJob.files(for: contour, out: folder).files ?? []
        let proxies = try #require(files.first { $0.path == "contour-httpproxy.yaml" })
        _ = try OutputWriter.write([OutputFile(path: "routes.yaml", contents: proxies.contents)], to: folder)
        let (text, retired, _) = try nextSteps(contour)
        #expect(retired.isEmpty)
        #expect(!text.contains(RetiredObjectsText.title))
    }

    @Test func aChangedAPIVersionIsTheSameObject() throws {
        let old = "apiVersion: projectcontour.io/v1beta1\nkind: HTTPProxy\nmetadata:\n  name: nap-main\n  namespace: nap\n"
        _ = try OutputWriter.write([OutputFile(path: "contour-httpproxy.yaml", text: old)], to: folder)
        #expect(try nextSteps(contour).retired.isEmpty)
    }

    /// A previous file that cannot be parsed never fails the render: it is named instead.
    @Test func anUnreadablePreviousManifestIsNamedAndTheRenderGoesOn() throws {
        _ = try OutputWriter.write([OutputFile(path: "broken.yaml", text: "kind: [unclosed\n"),
                                    OutputFile(path: "nameless.yaml", text: "apiVersion: v1\nkind: Service\nmetadata: {}\n")], to: folder)
        let (text, retired, findings) = try nextSteps(contour)
        #expect(retired.objects.isEmpty)
        #expect(retired.unreadable.map(\.file) == ["broken.yaml", "nameless.yaml"])
        #expect(findings.map(\.code) == ["output.previous-unreadable", "output.previous-unreadable"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.last?.message.contains("document 1 (Service) has no metadata.name") == true, "\(findings)")
        #expect(text.contains("`broken.yaml` from the previous render cannot be read"))
    }

    /// A FIFO where a recorded manifest was is refused at once, never read (a read would block).
    @Test func aFIFOInPlaceOfAPreviousManifestNeverBlocks() throws {
        try rendered(gatewayAPI)
        unlink(folder + "/gateway-api-httproute.yaml")
        #expect(mkfifo(folder + "/gateway-api-httproute.yaml", 0o644) == 0)
        let (_, retired, findings) = try nextSteps(contour)
        #expect(retired.objects.map(\.displayName) == ["Gateway nap/nap"])
        #expect(retired.unreadable.map(\.file) == ["gateway-api-httproute.yaml"])
        #expect(findings.first?.message.contains("not a regular file") == true, "\(findings)")
    }

    /// A file the operator put in the folder (not recorded) is never taken for an earlier render.
    @Test func filesNapIngressDidNotWriteAreIgnored() throws {
        let older = try String(contentsOf: Self.fixtures.appendingPathComponent("older-contour-httpproxy.yaml"), encoding: .utf8)
        try older.write(toFile: folder + "/hand-made.yaml", atomically: true, encoding: .utf8)
        #expect(try nextSteps(contour).retired.isEmpty)
    }

    /// An update that was interrupted after its point of no return is the previous render: its
    /// staged files are compared, not the files they are about to replace.
    @Test func anInterruptedUpdateIsComparedAsTheNextRunWillFinishIt() throws {
        try rendered(contour)
        let files = RenderJob.files(for: gatewayAPI, out: folder).files ?? []
        var journal = OutputJournal()
        for file in files {
            try Data(file.contents).write(to: URL(fileURLWithPath: folder + "/.staged-" + file.path))
            journal.renames.append((".staged-" + file.path, file.path))
        }
        journal.removals = ["contour-httpproxy.yaml"]
        journal.record = files.map(\.path).sorted()
        try journal.text.write(toFile: folder + "/" + OutputJournal.name, atomically: true, encoding: .utf8)
        let retired = try nextSteps(contour).retired
        #expect(retired.objects.first?.displayName == "Gateway nap/nap", "\(retired.objects.map(\.displayName))")
        #expect(!retired.objects.contains { $0.kind == "HTTPProxy" })
    }

    /// Killed while removing the old files: the journal keeps what that run retired, so the next
    /// run still names the HTTPProxies whose file is already gone, as a clean run would.
    @Test func objectsAnInterruptedUpdateRetiredAreNamedEvenWhenTheirFileIsGone() throws {
        try rendered(contour)
        let files = RenderJob.files(for: gatewayAPI, out: folder).files ?? []
        var journal = OutputJournal()
        journal.removals = ["contour-httpproxy.yaml"]
        journal.record = files.map(\.path).sorted()
        journal.retired = OutputWriter.retired(by: files, in: folder)
        #expect(journal.retired.count == 5)
        // Every file renamed into place, the old one removed, the journal still there.
        for file in files { try Data(file.contents).write(to: URL(fileURLWithPath: folder + "/" + file.path)) }
        unlink(folder + "/contour-httpproxy.yaml")
        try journal.text.write(toFile: folder + "/" + OutputJournal.name, atomically: true, encoding: .utf8)
        let read = try #require(try OutputJournal.read(in: folder))
        #expect(read.retired == journal.retired && read.retired.first?.labels["app.kubernetes.io/managed-by"] == "nap-ingress")
        let retired = try nextSteps(gatewayAPI).retired
        #expect(retired.objects.map(\.displayName) == ["HTTPProxy nap/nap-browser", "HTTPProxy nap/nap-files", "HTTPProxy nap/nap-main",
                                                        "HTTPProxy nap/nap-sandbox", "HTTPProxy nap/nap-sandbox-preview"])
        #expect(retired.deleteByLabel.count == 1, "the labels came through the journal")
    }

    /// From self-signed to existing Secrets: the Secrets keep their names and the routes still
    /// read them, so they are never offered for deletion.
    @Test func aTLSSecretTheRoutesStillReadIsNeverRetired() throws {
        try rendered(Fixtures.plan(Fixtures.config([.tlsSource: "self-signed"])))
        let retired = try nextSteps(contour).retired
        #expect(!retired.objects.contains { $0.kind == "Secret" && $0.name.hasPrefix("nap-") && $0.name.hasSuffix("tls-cert") },
                "\(retired.objects.map(\.displayName))")
        #expect(!retired.deleteByLabel.contains { $0.contains("secret") }, "a selector on Secrets could reach the ones in use")
    }

    /// From cert-manager to existing Secrets: the Certificates go (cert-manager keeps the Secrets they made).
    @Test func aTLSSourceChangeRetiresTheCertificates() throws {
        try rendered(Fixtures.plan(Fixtures.config([.tlsSource: "cert-manager", .tlsIssuer: "ClusterIssuer/letsencrypt-dns"])))
        let retired = try nextSteps(contour).retired
        #expect(retired.objects.map(\.displayName) == ["Certificate nap/nap-sandbox-tls-cert", "Certificate nap/nap-tls-cert"])
        #expect(retired.deleteByName == ["kubectl delete certificate.cert-manager.io nap-sandbox-tls-cert nap-tls-cert -n nap --ignore-not-found"])
    }

    /// Cluster-scoped objects (a ClusterIssuer) are deleted without a namespace.
    @Test func clusterScopedObjectsHaveNoNamespaceFlag() {
        let previous = PreviousRender(objects: [RenderedObject(group: "cert-manager.io", kind: "ClusterIssuer", namespace: nil, name: "nap-selfsigned",
                                                               labels: ["app.kubernetes.io/managed-by": "nap-ingress"], file: "tls-issuer.yaml")])
        let retired = RetiredObjects.between(previous: previous, current: [])
        #expect(retired.deleteByName == ["kubectl delete clusterissuer.cert-manager.io nap-selfsigned --ignore-not-found"])
        #expect(retired.deleteByLabel.first?.hasPrefix("kubectl delete clusterissuer.cert-manager.io -l app.kubernetes.io/managed-by=nap-ingress") == true)
    }
}
