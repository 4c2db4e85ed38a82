/// Any Ingress controller: plain Ingress objects with the operator's class and annotations.
public struct GenericIngressRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.ingress

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        let annotations = StringMap(plan.options.annotations)
        // Same split as the NGINX controllers, so an operator can raise timeouts on the long-lived
        // Ingress alone; nap-ingress cannot know this controller's annotations, so both get the operator's.
        let objects = Ingress.split(plan, ingressClass: plan.options.ingressClass, longLived: annotations, others: annotations)
        return [ManifestFile(name: "ingress.yaml", objects: objects)]
    }

    /// Timeouts are the operator's: say so, naming the timeout annotations they gave, if any.
    func timeoutCaution(_ plan: Plan) -> String {
        let given = plan.options.annotations.map(\.key).filter { $0.lowercased().contains("timeout") }
        if !given.isEmpty {
            return "Timeouts come from your annotations (" + given.map { "`\($0)`" }.joined(separator: ", ")
                + "): check in your controller's documentation that they let SSE streams and WebSockets stay open for an hour or more. They go on every rendered Ingress, `nap-files` included."
        }
        return "Timeouts are yours to set: nap-ingress does not know this controller's annotations. Most proxies cut idle connections after about 60 s, which breaks the UI's live updates, remote browsers and sandbox sessions on every host except `files.`. Add your controller's timeout annotations with `nap-ingress configure --ingress-annotation KEY=VALUE` (repeatable; they go on every rendered Ingress, `nap-files` included), or use a controller nap-ingress knows."
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        var prerequisites = ["An Ingress controller that supports `networking.k8s.io/v1` Ingress with wildcard hosts (`\(plan.hosts?.previewWildcard ?? "*.sandbox.<main>")`)."]
        if let ingressClass = plan.options.ingressClass {
            prerequisites.append("The IngressClass `\(ingressClass)` must exist (`kubectl get ingressclass \(ingressClass)`).")
        } else {
            prerequisites.append("No ingress class is set: the cluster's default IngressClass must exist (`kubectl get ingressclass` shows one marked `(default)`), or set one with `nap-ingress configure --ingress-class NAME`.")
        }
        return ControllerNotes(
            prerequisites: prerequisites,
            verify: ["kubectl get ingress -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)   # ADDRESS must show the controller's address"],
            cautions: [timeoutCaution(plan)])
    }
}
