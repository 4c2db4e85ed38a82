import Yams

/// One Kubernetes object of a rendered manifest file, as the cluster identifies it: API group,
/// kind, namespace and name (the version is left out: `v1beta1` and `v1` of a kind are the
/// same object to the API server), with its labels and the file it came from.
public struct RenderedObject: Hashable, Comparable, Codable, Sendable {
    /// The API group (`projectcontour.io`); empty for the core group (`v1` Secrets, Services).
    public var group: String
    public var kind: String
    /// Nil for cluster-scoped objects (a ClusterIssuer).
    public var namespace: String?
    public var name: String
    public var labels: [String: String]
    /// The manifest file that holds it (for the operator's orientation only: an object that
    /// moved to another file is still the same object).
    public var file: String

    public init(group: String, kind: String, namespace: String?, name: String, labels: [String: String] = [:], file: String) {
        self.group = group
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.labels = labels
        self.file = file
    }

    /// What makes two objects one in the cluster.
    public struct Identity: Hashable, Comparable, Sendable {
        public var group: String
        public var kind: String
        public var namespace: String
        public var name: String

        public static func < (a: Identity, b: Identity) -> Bool {
            (a.group, a.kind, a.namespace, a.name) < (b.group, b.kind, b.namespace, b.name)
        }
    }

    public var identity: Identity { Identity(group: group, kind: kind, namespace: namespace ?? "", name: name) }

    /// kubectl's name for the type, qualified by its group so that Istio's and Gateway API's
    /// `Gateway` cannot be confused: `httpproxy.projectcontour.io`, `secret`.
    public var resource: String { group.isEmpty ? kind.lowercased() : kind.lowercased() + "." + group }

    /// `HTTPProxy nap/nap-browsers`, `ClusterIssuer letsencrypt`.
    public var displayName: String { "\(kind) " + (namespace.map { "\($0)/" } ?? "") + name }

    public static func < (a: RenderedObject, b: RenderedObject) -> Bool { a.identity < b.identity }
    public static func == (a: RenderedObject, b: RenderedObject) -> Bool { a.identity == b.identity }
    public func hash(into hasher: inout Hasher) { hasher.combine(identity) }

    /// Why a manifest file could not be read as Kubernetes objects.
    public struct Unreadable: Error, Equatable, Sendable {
        public var reason: String
    }

    /// The objects of a multi-document YAML manifest. Documents that are not cluster objects
    /// (empty ones, a `Kustomization`) are skipped; anything else without a kind or a name
    /// makes the whole file unreadable, since a guess could name the wrong object for deletion.
    public static func objects(inManifest yaml: String, file: String) throws(Unreadable) -> [RenderedObject] {
        var nodes: [Node] = []
        do {
            // The sequence stops quietly at a syntax error and keeps it: a file cut short by it
            // must not pass for a file with fewer objects.
            var documents = try Yams.compose_all(yaml: yaml)
            while let node = documents.next() { nodes.append(node) }
            if let error = documents.error { throw error }
        } catch {
            throw Unreadable(reason: "it is not YAML: " + (String(describing: error).split(separator: "\n").first.map(String.init) ?? ""))
        }
        var objects: [RenderedObject] = []
        for (index, node) in nodes.enumerated() {
            if node.mapping == nil, node.scalar?.string.isEmpty != false, node.sequence == nil { continue }
            let head: ManifestHead
            do {
                head = try YAMLDecoder().decode(ManifestHead.self, from: node)
            } catch {
                throw Unreadable(reason: "document \(index + 1) is not a Kubernetes object")
            }
            guard let apiVersion = head.apiVersion, let kind = head.kind, !kind.isEmpty else {
                throw Unreadable(reason: "document \(index + 1) has no apiVersion or kind")
            }
            if kind == "Kustomization" { continue }
            guard let name = head.metadata?.name, !name.isEmpty else {
                throw Unreadable(reason: "document \(index + 1) (\(kind)) has no metadata.name")
            }
            let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false)
            let group = parts.count == 2 ? String(parts[0]) : ""
            objects.append(RenderedObject(group: group, kind: kind, namespace: head.metadata?.namespace, name: name,
                                          labels: head.metadata?.labels ?? [:], file: file))
        }
        return objects
    }

    /// The parts of an object that identify it; everything else in the document is ignored.
    struct ManifestHead: Decodable {
        var apiVersion: String?
        var kind: String?
        var metadata: Metadata?

        struct Metadata: Decodable {
            var name: String?
            var namespace: String?
            var labels: [String: String]?
        }
    }
}
