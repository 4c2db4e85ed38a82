/// Everything `render` writes for a plan: manifests, kustomization, DNS sheets, NEXT-STEPS.md.
public enum RenderBundle {
    /// The files, in a fixed order; byte-identical for the same plan.
    public static func files(for plan: Plan, tls: TLSMaterial = TLSMaterial(), ttl: Int? = nil) -> [OutputFile] {
        render(plan, tls: tls, ttl: ttl).files
    }

    /// The files, and the objects of `previous` (the render they replace) that they no longer
    /// create, which NEXT-STEPS.md names with the commands to delete them.
    public static func render(_ plan: Plan, tls: TLSMaterial = TLSMaterial(), ttl: Int? = nil,
                              previous: PreviousRender = .none) -> (files: [OutputFile], retired: RetiredObjects) {
        let renderer = Renderers.renderer(for: plan.controller)
        var manifests: [ManifestFile] = []
        if plan.mode == .external {
            manifests += renderer.render(plan)
        }
        let tlsOutput = TLSRenderer.render(plan, material: tls)
        manifests += tlsOutput.manifests
        manifests += TURNRenderer.render(plan)
        var files = manifests.map { OutputFile(path: $0.name, text: $0.yaml(), mode: $0.isSecret ? 0o600 : 0o644) }
        files += tlsOutput.files
        if !manifests.isEmpty {
            let kustomization = ManifestFile(name: "kustomization.yaml", objects: [Kustomization(resources: manifests.map(\.name))])
            files.append(OutputFile(path: kustomization.name, text: kustomization.yaml()))
        }
        if plan.domain != nil {
            for format in DNSSheetFormat.allCases {
                files.append(OutputFile(path: format.fileName, text: format.format(plan, ttl: ttl)))
            }
            // Only after a domain change; a later render without one drops it like any file it no longer writes.
            if let removals = DNSSheetFormat.removalsSheet(plan, ttl: ttl) {
                files.append(OutputFile(path: DNSSheetFormat.removalsFileName, text: removals))
            }
        }
        files += FirewallSheetFormat.renderedFiles(plan)
        // The Secrets the routes read stay, whoever creates them now.
        let secrets = plan.mode == .external
            ? plan.tls.map { RenderedObject(group: "", kind: "Secret", namespace: $0.namespace, name: $0.secretName, file: "") } : []
        let retired = RetiredObjects.between(previous: previous, rendered: manifests, referenced: secrets)
        files.append(OutputFile(path: "NEXT-STEPS.md", text: NextSteps.markdown(plan, manifests: manifests.map(\.name), notes: renderer.notes(plan), retired: retired)))
        return (files, retired)
    }
}
