/// Controller options: the ingress class and annotation syntax.
struct ControllerOptionsRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let ingressClass = config[.ingressClass]
        if !ingressClass.isEmpty, KubernetesName.dns1123LabelProblem(ingressClass) != nil, !Self.isSubdomain(ingressClass) {
            found.append(.error("controller.class-invalid", .ingressClass, "\"\(ingressClass)\" is not a valid class name.",
                                hint: "use the name `kubectl get ingressclass` (or gatewayclass) shows."))
        }
        return found
    }

    static func isSubdomain(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 253 && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
            KubernetesName.dns1123LabelProblem(String($0)) == nil
        }
    }
}
