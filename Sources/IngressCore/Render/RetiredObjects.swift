/// The objects the previous render in the output folder created and this render no longer
/// does (a renamed route, the old controller's objects after a switch, a TURN or TLS change),
/// with the commands that delete them: `kubectl apply -k` never deletes anything.
///
/// Computed once per render, before the folder is replaced; NEXT-STEPS.md, `render`'s output
/// and the wizard only present it (the output writer keeps the objects in its journal too, for
/// the run that finishes an interrupted update). Objects are compared by group, kind, namespace and name, so
/// an object that only moved to another file is not retired.
public struct RetiredObjects: Equatable, Sendable {
    /// The retired objects, sorted.
    public var objects: [RenderedObject]
    /// Manifest files of the previous render that could not be read, each with the reason.
    public var unreadable: [(file: String, reason: String)]
    /// `kubectl delete <kind>.<group> <names> -n <ns> --ignore-not-found`, one per kind and namespace.
    public var deleteByName: [String]
    /// The same by label selector, for the kinds this render no longer has in that namespace
    /// (where a selector could not also catch an object this render still has).
    public var deleteByLabel: [String]

    /// Nothing retired and nothing unreadable.
    public static let none = RetiredObjects(objects: [], unreadable: [], deleteByName: [], deleteByLabel: [])

    public var isEmpty: Bool { objects.isEmpty && unreadable.isEmpty }

    public static func == (a: RetiredObjects, b: RetiredObjects) -> Bool {
        a.objects == b.objects && a.deleteByName == b.deleteByName && a.deleteByLabel == b.deleteByLabel
            && a.unreadable.map(\.file) == b.unreadable.map(\.file) && a.unreadable.map(\.reason) == b.unreadable.map(\.reason)
    }

    /// The labels a selector may use: the ones every object nap-ingress renders carries.
    static let selectorLabels = ["app.kubernetes.io/managed-by", "app.kubernetes.io/part-of", "app.kubernetes.io/component"]

    /// What `previous` had and `current` has not.
    public static func between(previous: PreviousRender, current: [RenderedObject]) -> RetiredObjects {
        let kept = Set(current.map(\.identity))
        var seen = Set<RenderedObject.Identity>()
        let retired = previous.objects.filter { !kept.contains($0.identity) && seen.insert($0.identity).inserted }.sorted()
        // Grouped by namespace, then kind: kubectl takes several names of one kind in one namespace.
        let groups = Dictionary(grouping: retired) { GroupKey(namespace: $0.namespace, resource: $0.resource) }
        let keys = groups.keys.sorted()
        let byName = keys.map { key in
            "kubectl delete \(key.resource) " + groups[key]!.map(\.name).joined(separator: " ") + key.namespaceFlag + " --ignore-not-found"
        }
        // A selector is safe for a kind only when this render has no object of that kind in that
        // namespace, and only with labels every retired object of it carries.
        let remaining = Set(current.map { GroupKey(namespace: $0.namespace, resource: $0.resource) })
        var byLabel: [String] = []
        for namespace in Set(keys.map(\.namespace)).sorted(by: { ($0 ?? "") < ($1 ?? "") }) {
            let kinds = keys.filter { $0.namespace == namespace && !remaining.contains($0) }
            let objects = kinds.flatMap { groups[$0]! }
            guard !kinds.isEmpty else { continue }
            let labels = selectorLabels.compactMap { label -> String? in
                guard let value = objects.first?.labels[label], objects.allSatisfy({ $0.labels[label] == value }) else { return nil }
                return "\(label)=\(value)"
            }
            // Without nap-ingress's own label a selector could reach objects someone else made.
            guard labels.first == ObjectMeta.managedBySelector else { continue }
            byLabel.append("kubectl delete " + kinds.map(\.resource).joined(separator: ",") + (kinds.first?.namespaceFlag ?? "")
                           + " -l " + labels.joined(separator: ",") + " --ignore-not-found")
        }
        return RetiredObjects(objects: retired, unreadable: previous.unreadable, deleteByName: byName, deleteByLabel: byLabel)
    }

    /// Compares the previous render with the manifest files about to be written. `referenced`:
    /// objects the new render does not create but relies on (the TLS Secrets of
    /// `TLS_SOURCE=existing`): a Secret an earlier render created is then the operator's to keep,
    /// never one to delete.
    public static func between(previous: PreviousRender, rendered files: [ManifestFile], referenced: [RenderedObject] = []) -> RetiredObjects {
        // The new files are read back the way the old ones were, so both sides are compared alike.
        let current = files.flatMap { (try? RenderedObject.objects(inManifest: $0.yaml(), file: $0.name)) ?? [] }
        return between(previous: previous, current: current + referenced)
    }

    /// A finding per manifest file of the previous render that could not be read (a warning:
    /// the render goes on, but objects that file created may be left in the cluster unnamed).
    public func findings(folder: String) -> [Diagnostic] {
        unreadable.map { file, reason in
            Diagnostic(.warning, "output.previous-unreadable", .file(path: folder + "/" + file),
                       "was written by an earlier render but cannot be read (\(reason)): objects it created that this render no longer does cannot be named.",
                       hint: "check the objects it created in the cluster (kubectl get -l \(ObjectMeta.managedBySelector) …) and delete the ones this render no longer has.")
        }
    }

    /// One kind in one namespace.
    struct GroupKey: Hashable, Comparable {
        var namespace: String?
        var resource: String

        var namespaceFlag: String { namespace.map { " -n \($0)" } ?? "" }

        static func < (a: GroupKey, b: GroupKey) -> Bool { (a.namespace ?? "", a.resource) < (b.namespace ?? "", b.resource) }
    }
}
