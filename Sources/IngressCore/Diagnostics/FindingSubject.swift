/// What a finding is about, as identity (never as presentation): each front names it in its
/// own words, the command line as `KEY (--flag)`, the wizard by the field's label.
public enum FindingSubject: Hashable, Sendable {
    /// One or more owned keys; the first is where the wizard shows the finding.
    case keys([OwnedKey])
    /// A file, optionally a line of it, optionally the key that names it (`TLS_CERT_FILE=/path`).
    case file(path: String, line: Int? = nil, key: OwnedKey? = nil)
    /// A Kubernetes Secret.
    case secret(namespace: String, name: String)
    /// One of the platform's routes (by its host name).
    case route(String)
    /// The output folder for manifests, DNS sheets and NEXT-STEPS.md.
    case outputFolder(String)
    /// Something in the cluster as `discover` read it: an object (`Service nap/nap-cp`,
    /// `ClusterIssuer letsencrypt`), a kind (`secrets`), or kubectl itself; `concerns` is the
    /// answer it informs (an issuer: TLS_ISSUER; the platform's Services: the namespace), so a
    /// front can place it without reading the text.
    case cluster(String, concerns: OwnedKey? = nil)

    /// A single key.
    public static func key(_ key: OwnedKey) -> FindingSubject { .keys([key]) }

    /// The keys the finding is about (a file named by a key counts as that key).
    public var keys: [OwnedKey] {
        switch self {
        case .keys(let keys): keys
        case .file(_, _, let key?): [key]
        default: []
        }
    }

    /// The key whose field the finding belongs under, if any.
    public var fieldKey: OwnedKey? { keys.first }

    /// The answer a cluster finding informs (nil for anything else).
    public var clusterConcern: OwnedKey? {
        if case .cluster(_, let key) = self { return key }
        return nil
    }

    /// True when the finding is about `key` itself (not about a file that key names).
    public func isAbout(_ key: OwnedKey) -> Bool {
        if case .keys(let keys) = self { return keys.first == key }
        return false
    }

    /// How the command line names it: `TOS_HOST (--domain)`, `TLS_CERT_FILE=/path`, `values.env:3`.
    public var commandLine: String {
        switch self {
        case .keys(let keys): keys.map(\.fieldName).joined(separator: ", ")
        case .file(let path, let line, let key):
            if let key { "\(key.rawValue)=\(path)" } else if let line { "\(path):\(line)" } else { path }
        case .secret(let namespace, let name): "Secret \(namespace)/\(name)"
        case .route(let host): "route \(host)"
        case .outputFolder(let path): "--out \(path)"
        case .cluster(let what, _): what
        }
    }
}
