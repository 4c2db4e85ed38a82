import Yams

/// One rendered YAML file: typed objects, serialised by Yams as a multi-document stream.
public struct ManifestFile: Sendable {
    public var name: String
    public var objects: [any Encodable & Sendable]
    /// 0600 for files that hold key material.
    public var isSecret: Bool

    public init(name: String, objects: [any Encodable & Sendable], isSecret: Bool = false) {
        self.name = name
        self.objects = objects
        self.isSecret = isSecret
    }

    /// The YAML text (`---` between documents).
    public func yaml() -> String {
        objects.map { object in
            // Encoding typed values with string keys cannot fail; a failure is a programming error.
            // Width -1: long host lists and annotations stay on one line.
            (try? ManifestNodeEncoder.node(object)).flatMap { try? Yams.serialize(node: $0, width: -1) }
                ?? "# nap-ingress: could not encode \(type(of: object))\n"
        }.joined(separator: "---\n")
    }
}
