/// Kubernetes object metadata, with the labels that let `kubectl delete -l` undo an install.
public struct ObjectMeta: Encodable, Equatable, Sendable {
    public var name: String
    public var namespace: String?
    public var labels: StringMap
    public var annotations: StringMap?

    /// Every rendered object carries these (DESIGN.md).
    public static let standardLabels: StringMap = [
        "app.kubernetes.io/managed-by": "nap-ingress",
        "app.kubernetes.io/part-of": "neutree-agent-platform",
    ]

    /// The label selector that finds everything nap-ingress rendered.
    public static let managedBySelector = "app.kubernetes.io/managed-by=nap-ingress"

    public init(name: String, namespace: String?, component: String? = nil, annotations: StringMap? = nil) {
        self.name = name
        self.namespace = namespace
        var labels = Self.standardLabels
        if let component { labels["app.kubernetes.io/component"] = component }
        self.labels = labels
        self.annotations = annotations.flatMap { $0.isEmpty ? nil : $0 }
    }
}
