/// Where DNS sends users: the ingress's address(es) or its load balancer's host name.
public enum IngressEntry: Equatable, Sendable {
    case none
    case addresses([String])
    case hostName(String)

    /// Entries separated by commas or spaces; addresses and a host name are never mixed.
    public static func parse(_ raw: String) -> Result<IngressEntry, EntryError> {
        let items = raw.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map { String($0).lowercased() }
        guard !items.isEmpty else { return .success(.none) }
        let key = OwnedKey.entry
        var addresses: [String] = [], names: [String] = [], found: [Diagnostic] = []
        for item in items {
            if IPAddress.isIPv4(item) || IPAddress.isIPv6(item) {
                addresses.append(item)
            } else if let problem = IPAddress.ipv4Problem(item) {
                // Dotted-decimal text is never a host name: no top-level domain is all digits.
                found.append(.error("entry.invalid-ipv4", key, "\"\(item)\" is not a valid IPv4 address: \(problem).",
                                    hint: "write four numbers from 0 to 255, without leading zeros, e.g. 203.0.113.10; or give the load balancer's DNS name."))
            } else {
                var name = item
                if name.hasSuffix(".") { name.removeLast() }
                let labels = name.split(separator: ".", omittingEmptySubsequences: false)
                let valid = labels.count >= 2 && labels.allSatisfy { KubernetesName.dns1123LabelProblem(String($0)) == nil }
                if valid, let last = labels.last, last.allSatisfy(\.isNumber) {
                    found.append(.error("entry.numeric-tld", key, "\"\(item)\" is not a host name: its last label \"\(last)\" is all digits, which no top-level domain is.",
                                        hint: "give the load balancer's DNS name (e.g. lb-1234.elb.amazonaws.com), or its IPv4/IPv6 address."))
                } else if valid {
                    names.append(name)
                } else {
                    found.append(.error("entry.invalid", key, "\"\(item)\" is neither an IP address nor a host name.",
                                        hint: "give the ingress's IPv4/IPv6 address(es), or its load balancer's DNS name."))
                }
            }
        }
        if !addresses.isEmpty && !names.isEmpty {
            found.append(.error("entry.mixed", key, "mixes addresses and a host name.",
                                hint: "give either addresses (A/AAAA records) or one host name (CNAME records), not both."))
        }
        if names.count > 1 {
            found.append(.error("entry.several-names", key, "gives \(names.count) host names; a CNAME points at exactly one.",
                                hint: "give one load balancer host name."))
        }
        if Set(addresses).count != addresses.count {
            found.append(.warning("entry.duplicate", key, "lists an address twice.", hint: "each address is published once."))
        }
        if !found.isEmpty && found.hasErrors { return .failure(EntryError(diagnostics: found)) }
        if let name = names.first { return .success(.hostName(name)) }
        var unique: [String] = []
        for a in addresses where !unique.contains(a) { unique.append(a) }
        return .success(.addresses(unique))
    }
}

/// Why INGRESS_ENTRY cannot be used.
public struct EntryError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
