/// RFC 6125 matching of a reference host name against a certificate's DNS identifiers.
///
/// A wildcard is only honoured as the whole left-most label (`*.example.com`, never `f*.example.com`,
/// which browsers reject) and covers exactly one label; `*.sandbox.<main>` as a reference name is
/// covered only by that same wildcard, because only it covers every preview host.
public enum HostNameMatch {
    /// Whether the presented identifier (a SAN dNSName, or a CN when there are none) covers `reference`.
    public static func covers(_ presented: String, _ reference: String) -> Bool {
        let pattern = normalized(presented), name = normalized(reference)
        guard !pattern.isEmpty, !name.isEmpty else { return false }
        if pattern == name { return true }
        let patternLabels = pattern.split(separator: ".", omittingEmptySubsequences: false)
        let nameLabels = name.split(separator: ".", omittingEmptySubsequences: false)
        // `*.com` is never honoured: a wildcard needs at least two labels after it.
        guard patternLabels.first == "*", patternLabels.count >= 3, patternLabels.count == nameLabels.count else { return false }
        let first = nameLabels[0]
        // The wildcard stands for one real label; a `*` in the reference is only covered by the same pattern.
        guard !first.isEmpty, !first.contains("*") else { return false }
        return patternLabels.dropFirst().elementsEqual(nameLabels.dropFirst())
    }

    /// Lower-cased, without the root's trailing dot.
    static func normalized(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
    }
}
