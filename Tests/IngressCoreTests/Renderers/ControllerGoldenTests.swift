import Testing
@testable import IngressCore

@Suite struct ControllerGoldenTests {
    /// All manifest files of a case, each under a `# file:` line, in one golden file.
    @Test(arguments: ControllerCase.all)
    func manifests(_ c: ControllerCase) {
        let files = Renderers.renderer(for: c.controller).render(c.plan)
        #expect(!files.isEmpty)
        let text = files.map { "# file: \($0.name)\n" + $0.yaml() }.joined(separator: "# end of file\n")
        Golden.assert(text, named: "\(c.controller.rawValue)/\(c.name).yaml")
    }

    /// NEXT-STEPS.md per case: the prerequisites, verify commands and cautions are the operator's checklist.
    @Test(arguments: ControllerCase.all)
    func nextSteps(_ c: ControllerCase) throws {
        let file = try #require(RenderBundle.files(for: c.plan).first { $0.path == "NEXT-STEPS.md" })
        Golden.assert(file.text, named: "\(c.controller.rawValue)/\(c.name).NEXT-STEPS.md")
    }

    @Test func rendersAreByteIdentical() {
        for c in ControllerCase.all {
            let render = { Renderers.renderer(for: c.controller).render(c.plan).map { $0.yaml() } }
            #expect(render() == render(), "\(c.testDescription)")
        }
    }

    @Test func everyControllerHasARendererAndEveryObjectIsInTheKustomization() {
        #expect(Renderers.implemented == IngressControllerKind.allCases)
        for c in ControllerCase.all {
            let files = RenderBundle.files(for: c.plan)
            let manifests = files.map(\.path).filter { $0.hasSuffix(".yaml") && $0 != "kustomization.yaml" }
            let kustomization = files.first { $0.path == "kustomization.yaml" }?.text ?? ""
            for name in manifests { #expect(kustomization.contains("- \(name)\n"), "\(c.testDescription): \(name) not listed") }
            #expect(!(files.first { $0.path == "NEXT-STEPS.md" }?.text.contains("does not render") ?? true))
        }
    }

    @Test func everyObjectCarriesTheStandardLabels() throws {
        for c in ControllerCase.all {
            for doc in try Manifests.documents(Renderers.renderer(for: c.controller).render(c.plan)) {
                let labels = (doc["metadata"] as? [String: Any])?["labels"] as? [String: String]
                #expect(labels?["app.kubernetes.io/managed-by"] == "nap-ingress", "\(c.testDescription)")
                #expect(labels?["app.kubernetes.io/part-of"] == "neutree-agent-platform", "\(c.testDescription)")
            }
        }
    }
}
